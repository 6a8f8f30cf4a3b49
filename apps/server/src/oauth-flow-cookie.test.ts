import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OAuthTestBrowser as Browser } from './testing/oauth-test-browser';
import {
  serverWithOktaEnv,
  startMockOidcProvider,
  type MockOidcProvider,
} from './testing/oauth-test-providers';
import { postJson, startServerWithDatabase } from './testing/test-server';

type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

const PLANTED_KEY = 'p'.repeat(43);
const SECURE_COOKIE = '__Host-dyocense_oauth';

/** The flow cookies the response set, whole `Set-Cookie` lines. */
async function flowCookiesOf(url: string, cookie = ''): Promise<string[]> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie } });
  await response.body?.cancel();
  return response.headers.getSetCookie().filter((line) => line.includes('dyocense_oauth='));
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the provider flow cookie (${dialect})`, () => {
    let idp: MockOidcProvider;
    const servers: Started[] = [];
    let local: Started;
    let production: Started;

    beforeAll(async () => {
      idp = await startMockOidcProvider();
      [local, production] = await Promise.all([
        startServerWithDatabase(dialect, {
          ...(await serverWithOktaEnv(idp.issuer)),
          RATE_LIMIT_PROVIDER_SIGNUP_PER_IP: '6',
        }),
        startServerWithDatabase(dialect, {
          ...(await serverWithOktaEnv(idp.issuer)),
          // Production's default (env.test.ts); production itself would need an https issuer.
          COOKIE_SECURE: 'true',
        }),
      ]);
      servers.push(local, production);
    });
    afterAll(async () => {
      await Promise.all(servers.map((started) => started.destroy()));
      await idp?.stop();
    });

    const signup = (base: string, cookie: string) =>
      postJson(`${base}/v1/auth/providers/signup`, { business_name: 'Victim Shop' }, { cookie });

    it('a flow key planted in the browser never lets the planter finish the victim’s sign-up', async () => {
      const base = local.server.url;
      idp.signInAs({ sub: 'okta-victim', email: 'victim@example.com', email_verified: true });
      const victim = new Browser(base);
      // Planted from a sibling subdomain or over plain http: the attacker knows its value.
      victim.cookies.set('dyocense_oauth', PLANTED_KEY);
      const callback = await victim.toCallback('okta');
      const authorizeKey = victim.cookies.get('dyocense_oauth');
      expect(authorizeKey).toMatch(/^[\w-]{43}$/);
      expect(authorizeKey).not.toBe(PLANTED_KEY);
      expect((await victim.get(callback)).location).toBe(`${base}/signup/business`);
      // The naming step has a key of its own, minted when the provider vouched for the person.
      expect(victim.cookies.get('dyocense_oauth')).not.toBe(authorizeKey);

      for (const key of [PLANTED_KEY, authorizeKey]) {
        const attacker = await signup(base, `dyocense_oauth=${key}`);
        expect(attacker.status).toBe(412);
        expect(attacker.body.data).toEqual({ reason: 'OAUTH_SIGNUP_EXPIRED' });
        expect(attacker.headers.getSetCookie().join()).not.toMatch(/dyocense_refresh=[^;]/);
      }
      const named = await signup(base, victim.cookieHeader());
      expect(named.status).toBe(200);
      // Used up: the browser's flow cookie is cleared with it.
      expect(named.headers.getSetCookie().find((c) => c.startsWith('dyocense_oauth='))).toMatch(
        /Max-Age=0/,
      );
      expect((await signup(base, victim.cookieHeader())).status).toBe(412);
    });

    it('with Secure cookies, as in production, the flow cookie is __Host-, and an unprefixed one is ignored', async () => {
      const base = production.server.url;
      const [line] = await flowCookiesOf(
        `${base}/v1/auth/okta/authorize`,
        `${SECURE_COOKIE}=${PLANTED_KEY}`,
      );
      expect(line).toMatch(
        /^__Host-dyocense_oauth=[\w-]{43}; Max-Age=900; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
      );
      expect(line).not.toContain(PLANTED_KEY);

      idp.signInAs({ sub: 'okta-prod', email: 'prod@example.com', email_verified: true });
      const browser = new Browser(base);
      expect((await browser.get(await browser.toCallback('okta'))).location).toBe(
        `${base}/signup/business`,
      );
      const namingKey = browser.cookies.get(SECURE_COOKIE);
      expect(namingKey).toMatch(/^[\w-]{43}$/);
      expect(browser.cookies.has('dyocense_oauth')).toBe(false);
      // The unprefixed name carries no weight here, even with the right value.
      expect((await signup(base, `dyocense_oauth=${namingKey}`)).status).toBe(412);
      const named = await signup(base, `${SECURE_COOKIE}=${namingKey}`);
      expect(named.status).toBe(200);
      expect(named.body).toEqual({ next: '/home' });
    });

    it('limits completions per client address: 429 with Retry-After', async () => {
      const base = local.server.url;
      // Six per address (the first test spent some); guesses count like any other attempt.
      const cookie = `dyocense_oauth=${'g'.repeat(43)}`;
      const statuses: number[] = [];
      let refused: Awaited<ReturnType<typeof signup>> | undefined;
      for (let attempt = 0; attempt < 7 && !refused; attempt++) {
        const answer = await signup(base, cookie);
        statuses.push(answer.status);
        if (answer.status === 429) refused = answer;
      }
      expect(statuses.slice(0, -1).every((status) => status === 412)).toBe(true);
      expect(refused?.status).toBe(429);
      expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused?.body).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: expect.stringMatching(/try again in/),
      });
    });
  });
}
