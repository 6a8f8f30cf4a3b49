import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OAuthTestBrowser as Browser } from './testing/oauth-test-browser';
import {
  serverWithOktaEnv,
  startMockGitHub,
  startMockOidcProvider,
  type MockGitHub,
  type MockOidcProvider,
} from './testing/oauth-test-providers';
import { postJson, startServerWithDatabase } from './testing/test-server';

type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

// Each would take the browser to another site once a router or `location` resolves it.
const OFF_SITE = [
  '/.//evil.com',
  '/a/..//evil.com',
  '/\\evil.com',
  '/%2F%2Fevil.com',
  '//evil.com',
  'https://evil.com',
  '/\t/evil.com',
];

for (const dialect of DIALECTS) {
  describeFor(dialect)(`?next= of a provider sign-in over HTTP (${dialect})`, () => {
    let idp: MockOidcProvider;
    let github: MockGitHub;
    let env: Started;
    let base: string;

    beforeAll(async () => {
      [idp, github] = await Promise.all([startMockOidcProvider(), startMockGitHub()]);
      env = await startServerWithDatabase(dialect, {
        ...(await serverWithOktaEnv(idp.issuer)),
        OAUTH_GITHUB_CLIENT_ID: 'github-client',
        OAUTH_GITHUB_CLIENT_SECRET: 'github-secret',
        OAUTH_GITHUB_URL: github.webUrl,
        OAUTH_GITHUB_API_URL: github.apiUrl,
      });
      base = env.server.url;
      github.signInAs({
        id: 7,
        login: 'nia',
        name: 'Nia',
        company: 'Nia Tiles',
        emails: [{ email: 'nia@example.com', primary: true, verified: true }],
      });
    });
    afterAll(async () => {
      await env?.destroy();
      await Promise.all([idp?.stop(), github?.stop()]);
    });

    /** Signs in with GitHub from a fresh browser: the `next` the web app is handed. */
    async function nextAfterSignIn(next: string): Promise<string | null> {
      const browser = new Browser(base);
      const back = await browser.get(await browser.toCallback('github', encodeURIComponent(next)));
      const url = new URL(back.location);
      expect(url.origin + url.pathname).toBe(`${base}/signin/complete`);
      return url.searchParams.get('next');
    }

    it('returns to a normalised path on this site', async () => {
      expect(await nextAfterSignIn('/settings?tab=plans')).toBe('/settings?tab=plans');
      expect(await nextAfterSignIn('/a/../settings')).toBe('/settings');
    });

    it.each(OFF_SITE)('sends %j to /home instead', async (next) => {
      expect(await nextAfterSignIn(next)).toBe('/home');
    });

    it('answers /home to a sign-up that names its business after starting with /.//evil.com', async () => {
      idp.signInAs({ sub: 'okta-next', email: 'next@example.com', email_verified: true });
      const browser = new Browser(base);
      const back = await browser.get(
        await browser.toCallback('okta', encodeURIComponent('/.//evil.com')),
      );
      expect(back.location).toBe(`${base}/signup/business`);
      const named = await postJson(
        `${base}/v1/auth/providers/signup`,
        { business_name: 'Next Bakery' },
        { cookie: browser.cookieHeader() },
      );
      expect(named.status).toBe(200);
      expect(named.body).toEqual({ next: '/home' });
    });
  });
}
