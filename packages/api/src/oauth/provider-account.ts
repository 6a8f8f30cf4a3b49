import {
  findOAuthIdentity,
  findUserByEmail,
  findUserById,
  insertOAuthIdentity,
  touchOAuthIdentity,
  type DB,
  type User,
} from '@dyocense/db';
import type { Intent } from '../schemas';
import { provisionAccount } from '../services/provision-account';
import { startSession, type SessionDeps, type StartedSession } from '../services/sessions';
import { OAuthFailure } from './oauth-failure';
import type { ProviderIdentity } from './provider';

export type AccountOutcome =
  | { kind: 'signed-in'; user: User; session: StartedSession; created: boolean }
  | { kind: 'needs-business-name' };

// A concurrent sign-in may create the same account or link first: the retry then finds it.
export { inTransactionWithRetry } from '../services/transactions';

/**
 * Signs in the user linked to this (provider, subject), or provisions a new account exactly as a
 * verified sign-up does, linked to it. Never links by email alone: a verified address that an
 * account already uses is refused (OAUTH_ACCOUNT_EXISTS), and an unverified one never makes an
 * account. `trx` must be a transaction.
 */
export async function settleProviderAccount(
  trx: DB,
  deps: SessionDeps,
  sign: {
    provider: string;
    identity: ProviderIdentity;
    businessName: string | null;
    intent?: Intent | undefined;
    userAgent: string | null;
  },
): Promise<AccountOutcome> {
  const { identity } = sign;
  const now = deps.now();
  const linked = await findOAuthIdentity(trx, sign.provider, identity.subject);
  const linkedUser = linked && (await findUserById(trx, linked.user_id));
  if (linkedUser) {
    await touchOAuthIdentity(trx, sign.provider, identity.subject, now);
    await deps.events.record(trx, {
      type: 'provider_signin',
      email: linkedUser.email,
      tenantId: linkedUser.tenant_id,
      detail: sign.provider,
    });
    const session = await startSession(trx, deps, { user: linkedUser, userAgent: sign.userAgent });
    return { kind: 'signed-in', user: linkedUser, session, created: false };
  }
  if (!identity.email) throw new OAuthFailure('OAUTH_EMAIL_MISSING');
  if (!identity.emailVerified) throw new OAuthFailure('OAUTH_EMAIL_UNVERIFIED');
  if (await findUserByEmail(trx, identity.email)) throw new OAuthFailure('OAUTH_ACCOUNT_EXISTS');
  if (!sign.businessName) return { kind: 'needs-business-name' };

  const { user } = await provisionAccount(
    trx,
    {
      email: identity.email,
      full_name: identity.name ?? identity.email.split('@')[0] ?? identity.email,
      business_name: sign.businessName,
      intent: sign.intent ?? null,
      use_case: null,
    },
    now,
  );
  await insertOAuthIdentity(trx, {
    provider: sign.provider,
    subject: identity.subject,
    user_id: user.id,
    email: identity.email,
    now,
  });
  await deps.events.record(trx, {
    type: 'provider_signup',
    email: user.email,
    tenantId: user.tenant_id,
    intent: sign.intent ?? null,
    detail: sign.provider,
  });
  const session = await startSession(trx, deps, { user, userAgent: sign.userAgent });
  return { kind: 'signed-in', user, session, created: true };
}
