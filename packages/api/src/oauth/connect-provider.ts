import { findOAuthIdentity, findUserById, insertOAuthIdentity, type DB } from '@dyocense/db';
import type { AuthEvents } from '../services/auth-events';
import { OAuthFailure } from './oauth-failure';
import type { ProviderIdentity } from './provider';

/**
 * Links the provider's identity to the signed-in user who asked for it: the one way an identity
 * joins an existing account. An identity already linked to someone else stays theirs.
 */
export async function connectIdentity(
  trx: DB,
  events: AuthEvents,
  link: { provider: string; identity: ProviderIdentity; userId: string; now: Date },
): Promise<void> {
  const linked = await findOAuthIdentity(trx, link.provider, link.identity.subject);
  if (linked?.user_id === link.userId) return;
  if (linked) throw new OAuthFailure('OAUTH_IDENTITY_IN_USE');
  const user = await findUserById(trx, link.userId);
  if (!user) throw new OAuthFailure('OAUTH_FAILED', 'the account is gone');
  await events.record(trx, {
    type: 'provider_connected',
    email: user.email,
    tenantId: user.tenant_id,
    detail: link.provider,
  });
  await insertOAuthIdentity(trx, {
    provider: link.provider,
    subject: link.identity.subject,
    user_id: link.userId,
    email: link.identity.email,
    now: link.now,
  });
}
