import { formatEmailCode } from '../email-code';

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

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

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

interface Content {
  subject: string;
  greeting: string;
  paragraphs: string[];
  button?: { label: string; url: string };
  /** A one-time code, after the button: the code as shown ("1234 5678") and how long it works. */
  code?: { shown: string; lifetime: string } | undefined;
  /** The closing line, in a lighter colour. @default IGNORE_LINE */
  closing?: string;
}

const codeIntro = 'Or enter this code on the screen where you asked:';
const codeLifetime = (lifetime: string) => `It works for ${lifetime}, in that browser only.`;

function codeHtml(code: NonNullable<Content['code']>): string {
  return [
    `<p>${escapeHtml(codeIntro)}</p>`,
    `<p style="font-size:24px;font-weight:600;letter-spacing:3px;font-family:ui-monospace,monospace">${escapeHtml(code.shown)}</p>`,
    `<p>${escapeHtml(codeLifetime(code.lifetime))}</p>`,
  ].join('\n');
}

function render(content: Content): RenderedEmail {
  const { subject, greeting, paragraphs, button, code, closing = IGNORE_LINE } = content;
  const text = [
    greeting,
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(button ? [`${button.label}: ${button.url}`, ''] : []),
    ...(code ? [`${codeIntro} ${code.shown}. ${codeLifetime(code.lifetime)}`, ''] : []),
    closing,
    '',
    '— Dyocense',
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">',
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    button
      ? `<p><a href="${escapeHtml(button.url)}" style="display:inline-block;padding:10px 18px;background:#2457c5;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(button.label)}</a></p>`
      : '',
    code ? codeHtml(code) : '',
    `<p style="color:#52606d;font-size:14px">${escapeHtml(closing)}</p>`,
    '<p>— Dyocense</p>',
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

function greet(name: string | undefined): string {
  return name ? `Hi ${name},` : 'Hi,';
}

/** "an admin", "a member": the role an invitation gives, as a sentence says it. */
function withArticle(role: string | undefined): string {
  if (!role) return 'a member';
  return /^[aeiou]/i.test(role) ? `an ${role}` : `a ${role}`;
}

function renderInvitation(params: TemplateParams, lifetime: string, link: string | null) {
  const business = params.tenant_name || 'a business';
  const who = params.inviter ? `${params.inviter} invited you` : 'You are invited';
  return render({
    subject: `Join ${business} on Dyocense`,
    greeting: greet(undefined),
    paragraphs: [
      `${who} to join ${business} on Dyocense as ${withArticle(params.role)}.`,
      `The invitation expires in ${lifetime}; opening the link changes nothing until you accept.`,
    ],
    button: { label: `Join ${business}`, url: link ?? '' },
    closing: 'If you do not expect this invitation, you can ignore this email.',
  });
}

/** The code part of a link's email, and the closing line that goes with it. */
function withCode(params: TemplateParams, code: string | null): Pick<Content, 'code' | 'closing'> {
  if (!code) return {};
  return {
    code: {
      shown: formatEmailCode(code),
      lifetime: describeDuration(params.code_ttl_seconds ?? 600),
    },
    closing: IGNORE_LINE_WITH_CODE,
  };
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
      return render({
        subject: `Finish setting up ${params.business_name ?? 'your business'} on Dyocense`,
        greeting: greet(params.name),
        paragraphs: [
          `Confirm your email to create the Dyocense account for ${params.business_name ?? 'your business'}.`,
          `The link works once and expires in ${lifetime}.`,
        ],
        button: { label: 'Confirm your email', url: link ?? '' },
        ...withCode(params, code),
      });
    case 'signin':
      return render({
        subject: 'Your Dyocense sign-in link',
        greeting: greet(params.name),
        paragraphs: [
          'Use this link to sign in to Dyocense.',
          `The link works once and expires in ${lifetime}.`,
        ],
        button: { label: 'Sign in to Dyocense', url: link ?? '' },
        ...withCode(params, code),
      });
    case 'no_account':
      return render({
        subject: 'Sign-in attempt on Dyocense',
        greeting: greet(undefined),
        paragraphs: [
          'Someone asked to sign in to Dyocense with this email address, but there is no account for it.',
          'If that was you, you can create an account in a minute.',
        ],
        button: { label: 'Create an account', url: params.signup_url ?? '' },
      });
    case 'invitation':
      return renderInvitation(params, lifetime, link);
  }
}
