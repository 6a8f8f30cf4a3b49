import { formatEmailCode } from '../email-code';
import type { EmailContent } from './email-content';
import { renderHtml } from './html-layout';
import { renderText } from './text-layout';

/** Every email the service sends, rendered from a template name and its parameters. */

export type EmailTemplate = 'verify_signup' | 'signin' | 'no_account' | 'invitation';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export interface TemplateParams {
  name?: string;
  business_name?: string;
  /** How long the link lasts, in seconds. */
  ttl_seconds?: number;
  /** How long the code beside the link works, in seconds (only when there is one). */
  code_ttl_seconds?: number;
  /** Where a person without an account can sign up (no secret in it). */
  signup_url?: string;
  /** An invitation's business, the name of the person who invited (none for a service) and role. */
  tenant_name?: string;
  inviter?: string;
  role?: string;
}

const IGNORE_LINE =
  'If you did not ask for this, you can ignore this email: nothing happens until the link is used.';
const IGNORE_LINE_WITH_CODE =
  'If you did not ask for this, you can ignore this email: nothing happens until the link or the code is used.';
const SIGNIN_REASON =
  'You got this email because someone asked to sign in to Dyocense with this address.';

/** "7 days", "24 hours", "15 minutes". */
export function describeDuration(seconds: number): string {
  // A day stays "24 hours", as sign-up emails always said.
  if (seconds % 86_400 === 0 && seconds > 86_400) return `${seconds / 86_400} days`;
  if (seconds % 3600 === 0) {
    const hours = seconds / 3600;
    return hours === 1 ? '1 hour' : `${hours} hours`;
  }
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

function render(content: EmailContent): RenderedEmail {
  return { subject: content.subject, text: renderText(content), html: renderHtml(content) };
}

function greet(name: string | undefined): string {
  return name ? `Hi ${name},` : 'Hi,';
}

/** "an admin", "a member": the role an invitation gives, as a sentence says it. */
function withArticle(role: string | undefined): string {
  if (!role) return 'a member';
  return /^[aeiou]/i.test(role) ? `an ${role}` : `a ${role}`;
}

/** The code part of a link's email, and the closing line that goes with it. */
function withCode(
  params: TemplateParams,
  code: string | null,
): Pick<EmailContent, 'code' | 'closing'> {
  if (!code) return { closing: IGNORE_LINE };
  return {
    code: {
      shown: formatEmailCode(code),
      lifetime: describeDuration(params.code_ttl_seconds ?? 600),
    },
    closing: IGNORE_LINE_WITH_CODE,
  };
}

// Each email names things as the screens do: the button says what the page it opens does.

function verifySignup(params: TemplateParams, lifetime: string, link: string, code: string | null) {
  const business = params.business_name ?? 'your business';
  return render({
    subject: `Finish setting up ${business} on Dyocense`,
    heading: `Finish setting up ${business}`,
    greeting: greet(params.name),
    paragraphs: [
      `Open this link to finish setting up your Dyocense account for ${business}. It works once and expires in ${lifetime}.`,
    ],
    button: { label: 'Finish setting up your account', url: link },
    ...withCode(params, code),
    reason: 'You got this email because someone signed up for Dyocense with this address.',
  });
}

function signin(params: TemplateParams, lifetime: string, link: string, code: string | null) {
  return render({
    subject: 'Your Dyocense sign-in link',
    heading: 'Sign in to Dyocense',
    greeting: greet(params.name),
    paragraphs: [
      `Here is the sign-in link you asked for. It works once and expires in ${lifetime}.`,
    ],
    button: { label: 'Sign in to Dyocense', url: link },
    ...withCode(params, code),
    reason: SIGNIN_REASON,
  });
}

function noAccount(params: TemplateParams) {
  return render({
    subject: 'Sign-in attempt on Dyocense',
    heading: 'No account for this address',
    greeting: greet(undefined),
    paragraphs: [
      'Someone asked to sign in to Dyocense with this email address, but there is no account for it.',
      'If that was you, you can create an account in a minute.',
    ],
    button: { label: 'Create your account', url: params.signup_url ?? '' },
    closing: IGNORE_LINE,
    reason: SIGNIN_REASON,
  });
}

function invitation(params: TemplateParams, lifetime: string, link: string) {
  const business = params.tenant_name || 'a business';
  const who = params.inviter ? `${params.inviter} invited you` : 'You are invited';
  return render({
    subject: `Join ${business} on Dyocense`,
    heading: `Join ${business}`,
    greeting: greet(undefined),
    paragraphs: [
      `${who} to join ${business} on Dyocense as ${withArticle(params.role)}.`,
      `The invitation expires in ${lifetime}. Opening the link changes nothing until you choose to join.`,
    ],
    button: { label: `Join ${business}`, url: link },
    closing: 'If you do not expect this invitation, you can ignore this email.',
    reason: `You got this email because this address was invited to join ${business} on Dyocense.`,
  });
}

/**
 * Renders a template. `link` carries the one-time token and `code` the one-time code; they are
 * the only places those appear, and they are passed separately so the stored message never holds
 * them after sending.
 */
export function renderEmail(
  template: EmailTemplate,
  params: TemplateParams,
  link: string | null,
  code: string | null = null,
): RenderedEmail {
  const lifetime = describeDuration(params.ttl_seconds ?? 86_400);
  switch (template) {
    case 'verify_signup':
      return verifySignup(params, lifetime, link ?? '', code);
    case 'signin':
      return signin(params, lifetime, link ?? '', code);
    case 'no_account':
      return noAccount(params);
    case 'invitation':
      return invitation(params, lifetime, link ?? '');
  }
}
