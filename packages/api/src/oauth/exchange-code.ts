import {
  ArcticFetchError,
  CodeChallengeMethod,
  OAuth2Client,
  OAuth2RequestError,
  type OAuth2Tokens,
} from 'arctic';
import { OAuthFailure } from './oauth-failure';
import type { FlowSecrets } from './provider';

/** arctic's generic client: any endpoints, with PKCE (S256) on every flow. */
export function oauthClient(
  config: { clientId: string; clientSecret: string },
  redirectUri: string,
) {
  return new OAuth2Client(config.clientId, config.clientSecret, redirectUri);
}

export function authorizationUrlWithPkce(
  client: OAuth2Client,
  endpoint: string,
  flow: FlowSecrets,
  scopes: string[],
): URL {
  return client.createAuthorizationURLWithPKCE(
    endpoint,
    flow.state,
    CodeChallengeMethod.S256,
    flow.codeVerifier,
    scopes,
  );
}

/** The token request; the provider refusing the code or verifier is OAUTH_CODE_REJECTED. */
export async function exchangeCode(
  client: OAuth2Client,
  tokenEndpoint: string,
  code: string,
  codeVerifier: string,
): Promise<OAuth2Tokens> {
  try {
    return await client.validateAuthorizationCode(tokenEndpoint, code, codeVerifier);
  } catch (error) {
    if (error instanceof OAuth2RequestError) {
      throw new OAuthFailure('OAUTH_CODE_REJECTED', error.code);
    }
    if (error instanceof ArcticFetchError) {
      throw new OAuthFailure('OAUTH_PROVIDER_UNAVAILABLE', 'token endpoint unreachable');
    }
    throw new OAuthFailure('OAUTH_CODE_REJECTED', (error as Error).message);
  }
}

/** A JSON GET with the access token; a failure is the provider's, not the person's. */
export async function fetchJson(url: string, accessToken: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: {
      authorization: `Bearer ${accessToken}`,
      accept: 'application/json',
      'user-agent': 'dyocense-accounts',
    },
    signal: AbortSignal.timeout(10_000),
  }).catch(() => {
    throw new OAuthFailure('OAUTH_PROVIDER_UNAVAILABLE', `${new URL(url).pathname} unreachable`);
  });
  if (!response.ok) {
    throw new OAuthFailure('OAUTH_PROVIDER_ERROR', `${new URL(url).pathname}: ${response.status}`);
  }
  return response.json();
}
