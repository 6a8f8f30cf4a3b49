import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OAuth2Server } from 'oauth2-mock-server';
import { onTestFinished, TestRunner } from 'vitest';

/**
 * Runs `undo` when the running test finishes, so what a test set up on a provider (who signs in,
 * a one-shot change it never used) cannot reach the next test, whatever the order. Outside a
 * test (in a `beforeAll`) there is nothing to undo: that is the suite's own setting.
 */
function untilTestEnds(undo: () => void): boolean {
  if (!TestRunner.getCurrentTest()) return false;
  onTestFinished(undo);
  return true;
}

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
  /** Who signs in next: the claims of every ID token until the test ends (for good in a `beforeAll`). */
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
  let suiteClaims: IdTokenClaims = { sub: 'johndoe' };
  let claims = suiteClaims;
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
      if (!untilTestEnds(() => (claims = suiteClaims))) suiteClaims = next;
    },
    tamperNextIdToken(change) {
      tamper = change;
      untilTestEnds(() => (tamper = undefined));
    },
    replaceNextIdToken(idToken) {
      const replace = (response: { body: Record<string, unknown> }) => {
        response.body.id_token = idToken;
      };
      server.service.once('beforeResponse', replace);
      untilTestEnds(() => server.service.removeListener('beforeResponse', replace));
    },
    signIdToken: (extra) =>
      server.issuer.buildToken({
        scopesOrTransform: (_header, payload) => Object.assign(payload, extra),
      }),
    refuseNextAuthorization(error) {
      const refuse = (redirect: { url: URL }) => {
        redirect.url.searchParams.delete('code');
        redirect.url.searchParams.set('error', error);
      };
      server.service.once('beforeAuthorizeRedirect', refuse);
      untilTestEnds(() => server.service.removeListener('beforeAuthorizeRedirect', refuse));
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
  /** Who signs in next, until the test ends (for good in a `beforeAll`). */
  signInAs(user: GitHubUser): void;
  stop(): Promise<void>;
}

export async function startMockGitHub(): Promise<MockGitHub> {
  const oauth = await startMockOidcProvider({
    endpoints: { authorize: '/login/oauth/authorize', token: '/login/oauth/access_token' },
  });
  let suiteUser: GitHubUser = { id: 1, login: 'octocat', emails: [] };
  let user = suiteUser;
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
      if (!untilTestEnds(() => (user = suiteUser))) suiteUser = next;
    },
    async stop() {
      await oauth.stop();
      await new Promise<void>((resolve) => api.close(() => resolve()));
    },
  };
}
