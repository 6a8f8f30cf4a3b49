import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OAuthTestBrowser, problemOf } from './testing/oauth-test-browser';
import {
  serverWithOktaEnv,
  startMockOidcProvider,
  type MockOidcProvider,
} from './testing/oauth-test-providers';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`connecting a provider to a signed-in account (${dialect})`, () => {
    let idp: MockOidcProvider;
    let env: Started;
    let base: string;

    beforeAll(async () => {
      idp = await startMockOidcProvider();
      env = await startServerWithDatabase(dialect, await serverWithOktaEnv(idp.issuer));
      base = env.server.url;
    });
    afterAll(async () => {
      await env?.destroy();
      await idp?.stop();
    });

    /** Signs up by magic link (development mode returns the token); the session's JWT. */
    async function signUpByLink(email: string): Promise<string> {
      const signup = await postJson(`${base}/v1/auth/signup`, {
        email,
        name: 'Kim',
        business_name: `${email.split('@')[0]} Shop`,
      });
      const verified = await postJson(`${base}/v1/auth/verify`, { token: signup.body.token });
      return String(verified.body.jwt);
    }

    async function connect(browser: OAuthTestBrowser, jwt: string) {
      const started = await browser.post(
        '/v1/auth/okta/connect',
        {},
        { authorization: `Bearer ${jwt}` },
      );
      expect(started.status).toBe(200);
      const atProvider = await browser.get(String(started.body.authorize_url));
      return browser.get(atProvider.location);
    }

    it('links the provider only for the signed-in owner of the email, who can then sign in with it', async () => {
      const jwt = await signUpByLink('kim@example.com');
      idp.signInAs({ sub: 'okta-kim', email: 'kim@example.com', email_verified: true });

      // Before: the same verified email is refused, never linked.
      const before = new OAuthTestBrowser(base);
      expect(problemOf((await before.get(await before.toCallback('okta'))).location)).toBe(
        'OAUTH_ACCOUNT_EXISTS',
      );

      const browser = new OAuthTestBrowser(base);
      const back = await connect(browser, jwt);
      expect(back.location).toBe(`${base}/settings`);
      const identities = await getJson(`${base}/v1/auth/identities`, {
        authorization: `Bearer ${jwt}`,
      });
      expect(identities.body.items).toEqual([
        expect.objectContaining({ provider: 'okta', email: 'kim@example.com' }),
      ]);

      const after = new OAuthTestBrowser(base);
      expect((await after.get(await after.toCallback('okta'))).location).toBe(
        `${base}/signin/complete?next=%2Fhome`,
      );
      const session = await postJson(
        `${base}/v1/auth/refresh`,
        {},
        { cookie: after.cookieHeader() },
      );
      expect((session.body.user as { email: string }).email).toBe('kim@example.com');

      const audit = await getJson(`${base}/v1/tenants/me/audit-log`, {
        authorization: `Bearer ${jwt}`,
      });
      const items = audit.body.items as { type: string; detail: string | null }[];
      expect(items.filter((item) => item.type.startsWith('provider_'))).toEqual([
        expect.objectContaining({ type: 'provider_signin', detail: 'okta' }),
        expect.objectContaining({ type: 'provider_connected', detail: 'okta' }),
      ]);
    });

    it('keeps an identity linked to another account with that account', async () => {
      idp.signInAs({ sub: 'okta-shared', email: 'first@example.com', email_verified: true });
      const first = await signUpByLink('first@example.com');
      const second = await signUpByLink('second@example.com');
      expect((await connect(new OAuthTestBrowser(base), first)).location).toBe(`${base}/settings`);

      const taken = await connect(new OAuthTestBrowser(base), second);
      expect(problemOf(taken.location)).toBe('OAUTH_IDENTITY_IN_USE');
      const identities = await getJson(`${base}/v1/auth/identities`, {
        authorization: `Bearer ${second}`,
      });
      expect(identities.body.items).toEqual([]);
    });

    it('refuses to connect without a session, and an unknown provider', async () => {
      const browser = new OAuthTestBrowser(base);
      const anonymous = await browser.post('/v1/auth/okta/connect', {});
      expect(anonymous.status).toBe(401);
      expect(browser.cookies.has('dyocense_oauth')).toBe(false);

      const jwt = await signUpByLink('nobody@example.com');
      const unknown = await browser.post(
        '/v1/auth/nobody/connect',
        {},
        { authorization: `Bearer ${jwt}` },
      );
      expect(unknown.status).toBe(404);
      expect(unknown.body.data).toEqual({ reason: 'OAUTH_PROVIDER_UNKNOWN' });
    });
  });
}
