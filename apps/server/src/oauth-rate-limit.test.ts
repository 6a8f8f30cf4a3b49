import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterEach, expect, it } from 'vitest';
import { OAuthTestBrowser, problemOf } from './testing/oauth-test-browser';
import { serverWithOktaEnv, startMockOidcProvider } from './testing/oauth-test-providers';
import { startServerWithDatabase } from './testing/test-server';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`starting sign-ins with a provider (${dialect})`, () => {
    it('is limited per client address, like verification', async () => {
      const idp = await startMockOidcProvider();
      cleanups.push(() => idp.stop());
      const env = await startServerWithDatabase(dialect, {
        ...(await serverWithOktaEnv(idp.issuer)),
        RATE_LIMIT_VERIFY_PER_IP: '2',
      });
      cleanups.push(() => env.destroy());
      const browser = new OAuthTestBrowser(env.server.url);
      const authorize = `${env.server.url}/v1/auth/okta/authorize`;

      expect(new URL((await browser.get(authorize)).location).origin).toBe(
        new URL(idp.issuer).origin,
      );
      await browser.get(authorize);
      const refused = await browser.get(authorize);
      expect(problemOf(refused.location)).toBe('OAUTH_RATE_LIMITED');
      // The page says the real wait: the rule's window, 600 seconds by default.
      const wait = Number(new URL(refused.location).searchParams.get('retry_after'));
      expect(wait).toBeGreaterThan(590);
      expect(wait).toBeLessThanOrEqual(600);
    });
  });
}
