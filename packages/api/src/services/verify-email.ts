import {
  consumeVerificationToken,
  findDefaultWorkspace,
  findUserByEmail,
  findVerificationToken,
  type DB,
  type User,
  type VerificationToken,
} from '@dyocense/db';
import { AccountsError } from '../errors';
import { linkInspection } from '../responses';
import { hashToken } from '../tokens';
import type { AuthEvents } from './auth-events';
import { provisionAccount } from './provision-account';
import { startSession, type SessionDeps, type StartedSession } from './sessions';
import { inTransactionWithRetry } from './transactions';

export interface VerifiedAccount {
  user: User;
  workspaceId: string;
  /** False when the email already had an account and the token signed in to it. */
  created: boolean;
}

export interface SignedInAccount extends VerifiedAccount {
  session: StartedSession;
}

export type LinkStatus = 'valid' | 'unknown' | 'used' | 'superseded' | 'expired';

export function linkStatus(token: VerificationToken | undefined, now: Date): LinkStatus {
  if (!token) return 'unknown';
  if (token.used_at) return 'used';
  if (token.superseded_at) return 'superseded';
  if (token.expires_at <= now) return 'expired';
  return 'valid';
}

const REFUSAL_BY_STATUS = {
  unknown: 'TOKEN_NOT_FOUND',
  used: 'TOKEN_USED',
  superseded: 'TOKEN_SUPERSEDED',
  expired: 'TOKEN_EXPIRED',
  // Still valid, so the only condition that failed was the browser nonce.
  valid: 'CONFIRMATION_REQUIRED',
} as const;

/** A refusal, with the token it was about (when there is one) for the event that records it. */
class RefusedLink extends Error {
  constructor(
    readonly refusal: AccountsError,
    readonly token: VerificationToken | undefined,
  ) {
    super(refusal.message);
  }
}

async function explainUnusableToken(db: DB, tokenHash: string, now: Date): Promise<RefusedLink> {
  const token = await findVerificationToken(db, tokenHash);
  return new RefusedLink(new AccountsError(REFUSAL_BY_STATUS[linkStatus(token, now)]), token);
}

/**
 * A refused link leaves the database as it was; only its event is written. A link opened by a
 * browser that did not ask for it (a mail scanner, another device) is `scanner_blocked`.
 */
function recordRefusal(deps: VerifyDeps, refused: RefusedLink): Promise<void> {
  const reason = refused.refusal.reason;
  const token = refused.token;
  return deps.events.record(deps.db, {
    type: reason === 'CONFIRMATION_REQUIRED' ? 'scanner_blocked' : 'verify_failed',
    email: token?.email ?? null,
    intent: token?.intent ?? null,
    useCase: token?.use_case ?? null,
    detail: reason === 'CONFIRMATION_REQUIRED' ? token?.purpose : FAILURE_DETAIL[reason],
  });
}

const FAILURE_DETAIL: Partial<Record<AccountsError['reason'], string>> = {
  TOKEN_NOT_FOUND: 'unknown',
  TOKEN_USED: 'used',
  TOKEN_EXPIRED: 'expired',
  TOKEN_SUPERSEDED: 'superseded',
};

export interface VerifyDeps extends SessionDeps {
  events: AuthEvents;
}

async function existingAccount(db: DB, email: string): Promise<VerifiedAccount | undefined> {
  const user = await findUserByEmail(db, email);
  if (!user) return undefined;
  return { user, workspaceId: '', created: false };
}

/** The default workspace of the tenant a sign-in opened. */
async function workspaceOf(db: DB, account: VerifiedAccount, tenantId: string): Promise<string> {
  if (account.created) return account.workspaceId;
  return (await findDefaultWorkspace(db, tenantId))?.id ?? '';
}

/** The account a token opens; none for a sign-in token whose account no longer exists. */
async function accountFor(
  trx: DB,
  token: VerificationToken,
  now: Date,
): Promise<VerifiedAccount | undefined> {
  const existing = await existingAccount(trx, token.email);
  if (existing) return existing;
  if (token.purpose === 'signin') return undefined;
  return { ...(await provisionAccount(trx, token, now)), created: true };
}

/**
 * What follows a token consumed in `trx`, by its link or by its code: provisions the account (or
 * finds the one the email has), starts a session and records `verify_succeeded`, whose detail is
 * the purpose (`signup`, `signin`), with `_code` when a code was used. Undefined when the token
 * was a sign-in for an account that no longer exists: the caller refuses, rolling it all back.
 */
export async function signInWithConsumedToken(
  trx: DB,
  deps: VerifyDeps,
  consumed: VerificationToken,
  via: { method: 'link' | 'code'; userAgent: string | null },
): Promise<SignedInAccount | undefined> {
  const now = deps.now();
  const account = await accountFor(trx, consumed, now);
  if (!account) return undefined;
  const session = await startSession(trx, deps, { user: account.user, userAgent: via.userAgent });
  await deps.events.record(trx, {
    type: 'verify_succeeded',
    email: consumed.email,
    tenantId: session.tenantId,
    intent: consumed.intent,
    useCase: consumed.use_case,
    detail: via.method === 'code' ? `${consumed.purpose}_code` : consumed.purpose,
  });
  return {
    ...account,
    workspaceId: await workspaceOf(trx, account, session.tenantId),
    session,
  };
}

/**
 * Consumes a one-time token and, in the same transaction, provisions the account (or signs in to
 * the one the email already has). Nothing is consumed or created unless all of it commits. With a
 * `nonce`, a token that another browser asked for is not consumed (CONFIRMATION_REQUIRED).
 */
export async function verifyEmailToken(
  deps: VerifyDeps,
  link: { token: string; nonce?: string | undefined },
  userAgent: string | null = null,
): Promise<SignedInAccount> {
  const tokenHash = hashToken(link.token);
  const nonceHash = link.nonce === undefined ? undefined : hashToken(link.nonce);
  try {
    // A unique violation means a concurrent verify created the same account (or tenant id)
    // first; the retry then finds it and signs in.
    return await inTransactionWithRetry(deps, async (trx) => {
      const now = deps.now();
      const consumed = await consumeVerificationToken(trx, tokenHash, now, nonceHash);
      if (!consumed) throw await explainUnusableToken(trx, tokenHash, now);
      const signedIn = await signInWithConsumedToken(trx, deps, consumed, {
        method: 'link',
        userAgent,
      });
      // A sign-in link for an account that no longer exists.
      if (!signedIn) throw new RefusedLink(new AccountsError('TOKEN_NOT_FOUND'), consumed);
      return signedIn;
    });
  } catch (error) {
    if (!(error instanceof RefusedLink)) throw error;
    await recordRefusal(deps, error);
    throw error.refusal;
  }
}

/** What a link is for and whether it still works, without consuming it. */
export async function inspectLink(deps: Pick<SessionDeps, 'db' | 'now'>, token: string) {
  const found = await findVerificationToken(deps.db, hashToken(token));
  return linkInspection(linkStatus(found, deps.now()), found);
}
