import { randomUUID } from 'node:crypto';
import {
  enqueueEmail,
  pendingEmail,
  insertVerificationToken,
  supersedeUnusedTokens,
  type DB,
  type TokenPurpose,
  type User,
} from '@dyocense/db';
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

export async function queueEmail(
  trx: DB,
  deps: Pick<LinkDeps, 'now' | 'events'>,
  email: {
    template: EmailTemplate;
    recipient: string;
    params: TemplateParams;
    link: string | null;
    tenantId?: string | undefined;
    /** The event of the request that sends it: written with `email_queued`, in one statement. */
    cause?: AuthEventInput | undefined;
  },
): Promise<void> {
  const now = deps.now();
  const message = {
    id: `msg-${randomUUID()}`,
    template: email.template,
    recipient: email.recipient,
    params: JSON.stringify(email.params),
    link: email.link,
  };
  await enqueueEmail(trx, pendingEmail(message, now));
  const queued = {
    type: 'email_queued',
    email: email.recipient,
    tenantId: email.tenantId,
    detail: email.template,
  } as const;
  await deps.events.recordAll(trx, email.cause ? [email.cause, queued] : [queued]);
}

/**
 * Stores a new one-time token (its hash) for `purpose`, retiring the email's older unused ones of
 * the same purpose, and returns the token. Call inside a transaction with the email that carries it.
 */
async function issueToken(
  trx: DB,
  deps: LinkDeps,
  link: {
    purpose: TokenPurpose;
    email: string;
    details: SignupDetails;
    nonce?: string | undefined;
  },
): Promise<{ token: string; ttlSeconds: number }> {
  const now = deps.now();
  const ttlSeconds =
    link.purpose === 'signin' ? deps.signinTokenTtlSeconds : deps.verificationTokenTtlSeconds;
  await supersedeUnusedTokens(trx, link.email, link.purpose, now);
  const token = generateToken();
  await insertVerificationToken(trx, {
    token_hash: hashToken(token),
    purpose: link.purpose,
    nonce_hash: link.nonce ? hashToken(link.nonce) : null,
    email: link.email,
    ...link.details,
    metadata: JSON.stringify({ source: link.purpose }),
    expires_at: new Date(now.getTime() + ttlSeconds * 1000),
    created_at: now,
    used_at: null,
  });
  return { token, ttlSeconds };
}

export async function sendSignupLink(
  trx: DB,
  deps: LinkDeps,
  request: {
    email: string;
    details: SignupDetails;
    nonce?: string | undefined;
    cause?: AuthEventInput | undefined;
  },
): Promise<string> {
  const { cause, ...link } = request;
  const { token, ttlSeconds } = await issueToken(trx, deps, { purpose: 'signup', ...link });
  await queueEmail(trx, deps, {
    template: 'verify_signup',
    recipient: request.email,
    params: {
      name: request.details.full_name,
      business_name: request.details.business_name,
      ttl_seconds: ttlSeconds,
    },
    link: verifyUrl(deps.frontendUrl, token),
    cause,
  });
  return token;
}

export async function sendSigninLink(
  trx: DB,
  deps: LinkDeps,
  user: User,
  nonce: string | undefined,
  cause?: AuthEventInput,
): Promise<string> {
  const { token, ttlSeconds } = await issueToken(trx, deps, {
    purpose: 'signin',
    email: user.email,
    details: { full_name: user.full_name, business_name: '', intent: null, use_case: null },
    nonce,
  });
  await queueEmail(trx, deps, {
    template: 'signin',
    recipient: user.email,
    params: { name: user.full_name, ttl_seconds: ttlSeconds },
    link: verifyUrl(deps.frontendUrl, token),
    tenantId: user.tenant_id,
    cause,
  });
  return token;
}

export async function sendNoAccountNotice(trx: DB, deps: LinkDeps, email: string): Promise<void> {
  await queueEmail(trx, deps, {
    template: 'no_account',
    recipient: email,
    params: { signup_url: `${deps.frontendUrl}/signup` },
    link: null,
  });
}

/** Commits `send` (token and email together), wakes the outbox, and builds the response. */
export async function requestLink(
  deps: LinkDeps,
  email: string,
  message: string,
  send: (trx: DB) => Promise<string | undefined>,
): Promise<LinkResponse> {
  const token = await deps.db.transaction().execute(send);
  deps.onEmailQueued();
  return linkResponse(email, message, deps.devMode ? token : undefined);
}
