import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Server } from 'oauth2-mock-server';

/** A port free on the loopback interface now, so a server's PUBLIC_URL can name it before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * PORT and PUBLIC_URL of a server about to start, and one OpenID Connect provider `OKTA` at
 * `issuer` whose client is `dyocense-client`: the redirect URI must name the real port.
 */
export async function serverWithOktaEnv(issuer: string): Promise<Record<string, string>> {
  const port = String(await freePort());
  return {
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    OAUTH_OKTA_CLIENT_ID: 'dyocense-client',
    OAUTH_OKTA_CLIENT_SECRET: 'okta-secret',
    OAUTH_OKTA_ISSUER: issuer,
  };
}

export interface IdTokenClaims {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** A real OpenID Connect provider (oauth2-mock-server) on a loopback port. */
export interface MockOidcProvider {
  issuer: string;
  /** Who signs in next: the claims of every ID token from now on. */
  signInAs(claims: IdTokenClaims): void;
  /** Changes the next ID token's payload after the provider built it (wrong iss, aud, nonce…). */
  tamperNextIdToken(change: (payload: Record<string, unknown>) => void): void;
  /** Answers the next token request with this ID token instead of the one it built. */
  replaceNextIdToken(idToken: string): void;
  /** An ID token signed with this provider's key, with the claims given. */
  signIdToken(claims: Record<string, unknown>): Promise<string>;
  /** Answers the next authorization request with `?error=` instead of a code. */
  refuseNextAuthorization(error: string): void;
  stop(): Promise<void>;
}

export async function startMockOidcProvider(
  options: ConstructorParameters<typeof OAuth2Server>[2] = {},
): Promise<MockOidcProvider> {
  const server = new OAuth2Server(undefined, undefined, options);
  await server.issuer.keys.generate('RS256');
  await server.start(0, '127.0.0.1');
  let claims: IdTokenClaims = { sub: 'johndoe' };
  let tamper: ((payload: Record<string, unknown>) => void) | undefined;
  server.service.on('beforeTokenSigning', (token: { payload: Record<string, unknown> }) => {
    Object.assign(token.payload, claims);
    // The ID token is the one with an audience (the client id); the access token has none.
    if ('aud' in token.payload && tamper) {
      tamper(token.payload);
      tamper = undefined;
    }
  });
  server.service.on('beforeUserinfo', (response: { body: unknown }) => {
    response.body = claims;
  });
  return {
    issuer: server.issuer.url ?? '',
    signInAs(next) {
      claims = next;
    },
    tamperNextIdToken(change) {
      tamper = change;
    },
    replaceNextIdToken(idToken) {
      server.service.once('beforeResponse', (response: { body: Record<string, unknown> }) => {
        response.body.id_token = idToken;
      });
    },
    signIdToken: (extra) =>
      server.issuer.buildToken({
        scopesOrTransform: (_header, payload) => Object.assign(payload, extra),
      }),
    refuseNextAuthorization(error) {
      server.service.once('beforeAuthorizeRedirect', (redirect: { url: URL }) => {
        redirect.url.searchParams.delete('code');
        redirect.url.searchParams.set('error', error);
      });
    },
    stop: () => server.stop(),
  };
}

export interface GitHubUser {
  id: number;
  login: string;
  name?: string | null;
  company?: string | null;
  emails: { email: string; primary: boolean; verified: boolean }[];
}

/**
 * A GitHub-like provider: OAuth 2.0 with PKCE at GitHub's paths (oauth2-mock-server) and the two
 * API reads GitHub sign-in needs, on loopback ports; point OAUTH_GITHUB_URL and …_API_URL at it.
 */
export interface MockGitHub {
  webUrl: string;
  apiUrl: string;
  signInAs(user: GitHubUser): void;
  stop(): Promise<void>;
}

export async function startMockGitHub(): Promise<MockGitHub> {
  const oauth = await startMockOidcProvider({
    endpoints: { authorize: '/login/oauth/authorize', token: '/login/oauth/access_token' },
  });
  let user: GitHubUser = { id: 1, login: 'octocat', emails: [] };
  const api: Server = createServer((request, response) => {
    const authorized = /^Bearer \S+$/.test(request.headers.authorization ?? '');
    const body =
      request.url === '/user'
        ? { id: user.id, login: user.login, name: user.name ?? null, company: user.company ?? null }
        : request.url === '/user/emails'
          ? user.emails
          : undefined;
    response.statusCode = !authorized ? 401 : body ? 200 : 404;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body ?? { message: 'Not Found' }));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const { port } = api.address() as AddressInfo;
  return {
    webUrl: oauth.issuer,
    apiUrl: `http://127.0.0.1:${port}`,
    signInAs(next) {
      user = next;
    },
    async stop() {
      await oauth.stop();
      await new Promise<void>((resolve) => api.close(() => resolve()));
    },
  };
}
