import {
  findTenantById,
  findUserById,
  listOAuthIdentities,
  type DB,
  type MemberRole,
} from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import type { OAuthProviders } from '../oauth/providers';
import { serializeIdentity, serializeProvider, serializeTenant, serializeUser } from '../responses';

/**
 * The signed-in user, the tenant of their session and their role in it; a session whose user or
 * tenant is gone is refused.
 */
export async function currentAccount(
  deps: { db: DB },
  caller: { session: VerifiedSession; role: MemberRole | null },
) {
  const { session } = caller;
  const user = await findUserById(deps.db, session.userId);
  const tenant = user && (await findTenantById(deps.db, session.tenantId));
  if (!user || !tenant || caller.role === null) throw new AccountsError('SESSION_INVALID');
  return {
    user: serializeUser(user, tenant.id),
    tenant: serializeTenant(tenant),
    role: caller.role,
  };
}

/** The providers connected to the signed-in user. */
export async function connectedIdentities(deps: { db: DB }, session: VerifiedSession) {
  const identities = await listOAuthIdentities(deps.db, session.userId);
  return { items: identities.map(serializeIdentity) };
}

/** The sign-in providers configured, each with where the browser goes to use it. */
export function signInProviders(deps: { oauthProviders: OAuthProviders }) {
  const providers = deps.oauthProviders;
  return {
    items: providers
      .list()
      .map((provider) => serializeProvider(provider, providers.authorizeUrl(provider.id))),
  };
}
