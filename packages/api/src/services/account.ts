import { findTenantById, findUserById, listOAuthIdentities, type DB } from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import type { OAuthProviders } from '../oauth/providers';
import { serializeIdentity, serializeProvider, serializeTenant, serializeUser } from '../responses';

/** The signed-in user and their tenant; a session whose user or tenant is gone is refused. */
export async function currentAccount(deps: { db: DB }, session: VerifiedSession) {
  const user = await findUserById(deps.db, session.userId);
  const tenant = user && (await findTenantById(deps.db, user.tenant_id));
  if (!user || !tenant || tenant.id !== session.tenantId) {
    throw new AccountsError('SESSION_INVALID');
  }
  return { user: serializeUser(user), tenant: serializeTenant(tenant) };
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
