import { createGitHubProvider } from './github-provider';
import { createOidcProvider } from './oidc-provider';
import type { OAuthProvider, OAuthProviderConfig } from './provider';

export interface OAuthProviders {
  list(): OAuthProvider[];
  get(id: string): OAuthProvider | undefined;
  /** Where the browser starts a sign-in with the provider (this service's authorize path). */
  authorizeUrl(id: string): string;
  /** The redirect URI registered with the provider. */
  callbackUrl(id: string): string;
}

/** The configured providers; `publicUrl` is this service's address, for the redirect URIs. */
export function createOAuthProviders(
  configs: OAuthProviderConfig[],
  publicUrl: string,
): OAuthProviders {
  const base = `${publicUrl.replace(/\/+$/, '')}/v1/auth`;
  const callbackUrl = (id: string) => `${base}/${id}/callback`;
  const providers = new Map(
    configs.map((config): [string, OAuthProvider] => [
      config.id,
      config.kind === 'github'
        ? createGitHubProvider(config, callbackUrl(config.id))
        : createOidcProvider(config, callbackUrl(config.id)),
    ]),
  );
  return {
    list: () => [...providers.values()],
    get: (id) => providers.get(id),
    authorizeUrl: (id) => `${base}/${id}/authorize`,
    callbackUrl,
  };
}
