import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';
import { authorizationUrlWithPkce, exchangeCode, fetchJson, oauthClient } from './exchange-code';
import { OAuthFailure } from './oauth-failure';
import type { FlowSecrets, OAuthProvider, OAuthProviderConfig, ProviderIdentity } from './provider';

/** Asymmetric algorithms only: never `none`, never an HMAC keyed with the client secret. */
const ACCEPTED_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];
const CLOCK_TOLERANCE_SECONDS = 5;

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});

const claimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.union([z.boolean(), z.enum(['true', 'false'])]).optional(),
  name: z.string().optional(),
});

interface Discovered {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  userinfoEndpoint?: string;
  algorithms: string[];
  keys: ReturnType<typeof createRemoteJWKSet>;
}

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

async function discover(issuer: string): Promise<Discovered> {
  const address = `${withoutTrailingSlash(issuer)}/.well-known/openid-configuration`;
  const response = await fetch(address, { signal: AbortSignal.timeout(10_000) }).catch(() => {
    throw new OAuthFailure('OAUTH_PROVIDER_UNAVAILABLE', 'discovery unreachable');
  });
  const parsed = response.ok
    ? discoverySchema.safeParse(await response.json().catch(() => undefined))
    : undefined;
  if (!parsed?.success) {
    throw new OAuthFailure('OAUTH_PROVIDER_UNAVAILABLE', `discovery answered ${response.status}`);
  }
  const document = parsed.data;
  // OpenID Connect Discovery: the document must name the issuer it was fetched for.
  if (withoutTrailingSlash(document.issuer) !== withoutTrailingSlash(issuer)) {
    throw new OAuthFailure('OAUTH_PROVIDER_UNAVAILABLE', 'discovery names another issuer');
  }
  const offered = document.id_token_signing_alg_values_supported ?? ['RS256'];
  return {
    issuer: document.issuer,
    authorizationEndpoint: document.authorization_endpoint,
    tokenEndpoint: document.token_endpoint,
    ...(document.userinfo_endpoint && { userinfoEndpoint: document.userinfo_endpoint }),
    algorithms: offered.filter((alg) => ACCEPTED_ALGORITHMS.includes(alg)),
    keys: createRemoteJWKSet(new URL(document.jwks_uri)),
  };
}

function claimFailure(error: unknown): OAuthFailure {
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return new OAuthFailure('OAUTH_ID_TOKEN_ISSUER');
    if (error.claim === 'aud') return new OAuthFailure('OAUTH_ID_TOKEN_AUDIENCE');
  }
  return new OAuthFailure('OAUTH_ID_TOKEN_INVALID', (error as Error).message);
}

async function verifyIdToken(
  idToken: string,
  provider: Discovered,
  clientId: string,
  nonce: string,
): Promise<JWTPayload> {
  const { payload } = await jwtVerify(idToken, provider.keys, {
    issuer: provider.issuer,
    audience: clientId,
    algorithms: provider.algorithms,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['sub', 'iat', 'exp'],
  }).catch((error: unknown) => {
    throw claimFailure(error);
  });
  // With several audiences, the token must have been issued to this client (OIDC Core 3.1.3.7).
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== clientId) {
    throw new OAuthFailure('OAUTH_ID_TOKEN_AUDIENCE', 'azp');
  }
  if (payload.nonce !== nonce) throw new OAuthFailure('OAUTH_NONCE_MISMATCH');
  return payload;
}

/** The ID token's claims, completed from the userinfo endpoint when it has no email. */
async function identityClaims(
  payload: JWTPayload,
  provider: Discovered,
  accessToken: string,
): Promise<z.infer<typeof claimsSchema>> {
  const fromToken = claimsSchema.safeParse(payload);
  if (!fromToken.success) throw new OAuthFailure('OAUTH_ID_TOKEN_INVALID', 'claims');
  if (fromToken.data.email || !provider.userinfoEndpoint) return fromToken.data;
  const userinfo = claimsSchema.safeParse(await fetchJson(provider.userinfoEndpoint, accessToken));
  // Userinfo about anyone else than the ID token's subject is not to be trusted (OIDC Core 5.3.2).
  if (!userinfo.success || userinfo.data.sub !== fromToken.data.sub) return fromToken.data;
  return { ...userinfo.data, ...fromToken.data, email: userinfo.data.email };
}

/** Any OpenID Connect provider found by discovery; Google is one with a preset issuer. */
export function createOidcProvider(
  config: Extract<OAuthProviderConfig, { kind: 'oidc' }>,
  redirectUri: string,
): OAuthProvider {
  const client = oauthClient(config, redirectUri);
  let discovered: Promise<Discovered> | undefined;
  const provider = () => {
    // Discovered once; a failed attempt is forgotten, so the next sign-in tries again.
    discovered ??= discover(config.issuer).catch((error: unknown) => {
      discovered = undefined;
      throw error;
    });
    return discovered;
  };

  return {
    id: config.id,
    name: config.name,
    async authorizationUrl(flow: FlowSecrets) {
      const { authorizationEndpoint } = await provider();
      const url = authorizationUrlWithPkce(client, authorizationEndpoint, flow, [
        'openid',
        'email',
        'profile',
      ]);
      url.searchParams.set('nonce', flow.nonce);
      return url;
    },
    async identify(code: string, flow: FlowSecrets): Promise<ProviderIdentity> {
      const discoveredProvider = await provider();
      const tokens = await exchangeCode(
        client,
        discoveredProvider.tokenEndpoint,
        code,
        flow.codeVerifier,
      );
      const idToken = tokens.data as { id_token?: unknown };
      if (typeof idToken.id_token !== 'string') {
        throw new OAuthFailure('OAUTH_ID_TOKEN_INVALID', 'no id_token');
      }
      const payload = await verifyIdToken(
        idToken.id_token,
        discoveredProvider,
        config.clientId,
        flow.nonce,
      );
      const claims = await identityClaims(payload, discoveredProvider, tokens.accessToken());
      return {
        subject: claims.sub,
        email: claims.email?.trim().toLowerCase() || null,
        emailVerified: claims.email_verified === true || claims.email_verified === 'true',
        name: claims.name?.trim() || null,
        businessName: null,
      };
    },
  };
}
