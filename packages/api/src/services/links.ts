import {
  pendingEmail,
  storeLinkRequest,
  timeOrderedId,
  type DB,
  type LinkRequestRows,
  type TokenPurpose,
  type User,
} from '@dyocense/db';
import { emailCodeHash, generateEmailCode } from '../email-code';
import type { EmailTemplate, TemplateParams } from '../email/templates';
import { linkResponse } from '../responses';
import { generateToken, hashToken } from '../tokens';
import type { AuthEventInput, AuthEvents } from './auth-events';

export interface LinkDeps {
  db: DB;
  now: () => Date;
  devMode: boolean;
  verificationTokenTtlSeconds: number;
  signinTokenTtlSeconds: number;
  /** How long the code in a link's email works (never longer than the link). */
  emailCodeTtlSeconds: number;
  /** The web app's address; links in emails point at its /verify page. */
  frontendUrl: string;
  /** Called after a message is committed to the outbox, so it can be sent at once. */
  onEmailQueued: () => void;
  events: AuthEvents;
}

/** What every link request answers; identical whether or not the email has an account. */
export interface LinkResponse {
  message: string;
  email: string;
  /** Development without email delivery only. */
  token?: string;
}

export interface SignupDetails {
  full_name: string;
  business_name: string;
  intent: string | null;
  use_case: string | null;
}

export function verifyUrl(frontendUrl: string, token: string): string {
  return `${frontendUrl}/verify?token=${encodeURIComponent(token)}&next=/home`;
}

/** What a link request stores, all or nothing: the new token (if any), its email and events. */
export interface PlannedLink {
  /** `value` is absent for a decoy: a token nobody is sent. */
  token?: { value?: string; row: NonNullable<LinkRequestRows['token']> } | undefined;
  email: LinkRequestRows['email'];
  events: AuthEventInput[];
}

/** A message due now, and its `email_queued` event after the request's own (`cause`). */
export function plannedEmail(
  deps: Pick<LinkDeps, 'now'>,
  email: {
    template: EmailTemplate;
    recipient: string;
    params: TemplateParams;
    link: string | null;
    /** The one-time code beside the link, when the request came from a browser (a nonce). */
    code?: string | undefined;
    tenantId?: string | undefined;
    cause?: AuthEventInput | undefined;
  },
): Pick<PlannedLink, 'email' | 'events'> {
  const message = {
    id: `msg-${timeOrderedId()}`,
    template: email.template,
    recipient: email.recipient,
    params: JSON.stringify(email.params),
    link: email.link,
    code: email.code ?? null,
  };
  const queued = {
    type: 'email_queued',
    email: email.recipient,
    tenantId: email.tenantId,
    detail: email.template,
  } as const;
  return {
    email: pendingEmail(message, deps.now()),
    events: email.cause ? [email.cause, queued] : [queued],
  };
}

interface PlannedToken {
  token: { value: string; row: NonNullable<LinkRequestRows['token']> };
  ttlSeconds: number;
  /** With a nonce only: the code beside the link, and how long it works. */
  code?: { value: string; ttlSeconds: number } | undefined;
}

/**
 * A new one-time token for `purpose` (stored as its hash); the older unused ones retire with it.
 * With the browser's nonce it also gets a code, bound to that nonce (stored as a hash of both).
 */
function plannedToken(
  deps: LinkDeps,
  link: {
    purpose: TokenPurpose;
    email: string;
    details: SignupDetails;
    nonce?: string | undefined;
  },
): PlannedToken {
  const now = deps.now();
  const ttlSeconds =
    link.purpose === 'signin' ? deps.signinTokenTtlSeconds : deps.verificationTokenTtlSeconds;
  const codeTtlSeconds = Math.min(ttlSeconds, deps.emailCodeTtlSeconds);
  const value = generateToken();
  const code = link.nonce ? generateEmailCode() : undefined;
  const row = {
    token_hash: hashToken(value),
    purpose: link.purpose,
    nonce_hash: link.nonce ? hashToken(link.nonce) : null,
    email: link.email,
    ...link.details,
    metadata: JSON.stringify({ source: link.purpose }),
    expires_at: new Date(now.getTime() + ttlSeconds * 1000),
    created_at: now,
    used_at: null,
    code_hash: link.nonce && code ? emailCodeHash(link.nonce, code) : null,
    code_expires_at: code ? new Date(now.getTime() + codeTtlSeconds * 1000) : null,
  };
  return {
    token: { value, row },
    ttlSeconds,
    code: code ? { value: code, ttlSeconds: codeTtlSeconds } : undefined,
  };
}

/** The code's part of an email's parameters: how long it works (the code itself is kept apart). */
function codeParams(code: PlannedToken['code']): Pick<TemplateParams, 'code_ttl_seconds'> {
  return code ? { code_ttl_seconds: code.ttlSeconds } : {};
}

export function signupLink(
  deps: LinkDeps,
  request: {
    email: string;
    details: SignupDetails;
    nonce?: string | undefined;
    cause?: AuthEventInput | undefined;
  },
): PlannedLink {
  const { cause, ...link } = request;
  const { token, ttlSeconds, code } = plannedToken(deps, { purpose: 'signup', ...link });
  const email = plannedEmail(deps, {
    template: 'verify_signup',
    recipient: request.email,
    params: {
      name: request.details.full_name,
      business_name: request.details.business_name,
      ttl_seconds: ttlSeconds,
      ...codeParams(code),
    },
    link: verifyUrl(deps.frontendUrl, token.value),
    code: code?.value,
    cause,
  });
  return { token, ...email };
}

export function signinLink(
  deps: LinkDeps,
  user: User,
  nonce: string | undefined,
  cause?: AuthEventInput,
): PlannedLink {
  const { token, ttlSeconds, code } = plannedToken(deps, {
    purpose: 'signin',
    email: user.email,
    details: { full_name: user.full_name, business_name: '', intent: null, use_case: null },
    nonce,
  });
  const email = plannedEmail(deps, {
    template: 'signin',
    recipient: user.email,
    params: { name: user.full_name, ttl_seconds: ttlSeconds, ...codeParams(code) },
    link: verifyUrl(deps.frontendUrl, token.value),
    code: code?.value,
    tenantId: user.tenant_id,
    cause,
  });
  return { token, ...email };
}

/**
 * The note that an address has no account. Asked from a browser (a nonce), it also stores a
 * decoy: a sign-in token with a code, as an account's sign-in would, whose token and code are
 * thrown away, never emailed nor answered. A code typed for this address then meets a real row,
 * so its wrong tries, their limit, its expiry and its retirement by a newer request answer
 * exactly as they do for an address with an account: the same by construction, not by imitation.
 */
export function noAccountNotice(
  deps: LinkDeps,
  email: string,
  cause?: AuthEventInput,
  nonce?: string,
): PlannedLink {
  const notice = plannedEmail(deps, {
    template: 'no_account',
    recipient: email,
    params: { signup_url: `${deps.frontendUrl}/signup` },
    link: null,
    cause,
  });
  if (!nonce) return notice;
  const decoy = plannedToken(deps, {
    purpose: 'signin',
    email,
    details: { full_name: '', business_name: '', intent: null, use_case: null },
    nonce,
  });
  return { token: { row: decoy.token.row }, ...notice };
}

/**
 * Plans the link from what `plan` reads, stores it in one write (token, email and events: all or
 * nothing), wakes the outbox, and builds the response. The reads need no transaction: an account
 * created between them and the write is met by the link, as if the request had come first.
 */
export async function requestLink(
  deps: LinkDeps,
  email: string,
  message: string,
  plan: (db: DB) => Promise<PlannedLink>,
): Promise<LinkResponse> {
  const planned = await plan(deps.db);
  await storeLinkRequest(deps.db, {
    token: planned.token?.row,
    email: planned.email,
    events: deps.events.rowsOf(planned.events),
  });
  for (const event of planned.events) deps.events.observe(event);
  deps.onEmailQueued();
  return linkResponse(email, message, deps.devMode ? planned.token?.value : undefined);
}
