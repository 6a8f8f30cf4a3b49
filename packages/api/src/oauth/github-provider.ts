import { z } from 'zod';
import { authorizationUrlWithPkce, exchangeCode, fetchJson, oauthClient } from './exchange-code';
import { OAuthFailure } from './oauth-failure';
import type { FlowSecrets, OAuthProvider, OAuthProviderConfig, ProviderIdentity } from './provider';

const userSchema = z.object({
  id: z.number().int(),
  login: z.string(),
  name: z.string().nullish(),
  company: z.string().nullish(),
});

const emailsSchema = z.array(
  z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }),
);

/** "@acme-inc" in a GitHub profile names an organisation; the business name is "acme-inc". */
function businessNameFrom(company: string | null | undefined): string | null {
  const name = company?.trim().replace(/^@/, '').trim().slice(0, 200);
  return name || null;
}

/**
 * GitHub is OAuth 2.0 without OpenID Connect: no ID token, so who signed in comes from its API
 * (`/user` and `/user/emails`, which says whether each address is verified), asked with the token
 * just issued for this flow's code and PKCE verifier.
 */
export function createGitHubProvider(
  config: Extract<OAuthProviderConfig, { kind: 'github' }>,
  redirectUri: string,
): OAuthProvider {
  const client = oauthClient(config, redirectUri);
  const web = config.webUrl.replace(/\/+$/, '');
  const api = config.apiUrl.replace(/\/+$/, '');

  return {
    id: config.id,
    name: config.name,
    async authorizationUrl(flow: FlowSecrets) {
      return authorizationUrlWithPkce(client, `${web}/login/oauth/authorize`, flow, [
        'read:user',
        'user:email',
      ]);
    },
    async identify(code: string, flow: FlowSecrets): Promise<ProviderIdentity> {
      const tokens = await exchangeCode(
        client,
        `${web}/login/oauth/access_token`,
        code,
        flow.codeVerifier,
      );
      const accessToken = tokens.accessToken();
      const user = userSchema.safeParse(await fetchJson(`${api}/user`, accessToken));
      const emails = emailsSchema.safeParse(await fetchJson(`${api}/user/emails`, accessToken));
      if (!user.success || !emails.success) {
        throw new OAuthFailure('OAUTH_PROVIDER_ERROR', 'unexpected GitHub API answer');
      }
      const primary = emails.data.find((entry) => entry.primary);
      return {
        subject: String(user.data.id),
        email: primary?.email.trim().toLowerCase() || null,
        emailVerified: primary?.verified ?? false,
        name: user.data.name?.trim() || user.data.login,
        businessName: businessNameFrom(user.data.company),
      };
    },
  };
}
