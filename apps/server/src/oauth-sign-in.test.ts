import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  serverWithOktaEnv,
  startMockGitHub,
  startMockOidcProvider,
  type MockGitHub,
  type MockOidcProvider,
} from './testing/oauth-test-providers';
import { OAuthTestBrowser as Browser, problemOf } from './testing/oauth-test-browser';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sign-in with a provider over HTTP (${dialect})`, () => {
    let idp: MockOidcProvider;
    let otherIdp: MockOidcProvider;
    let github: MockGitHub;
    let env: Started;
    let base: string;

    beforeAll(async () => {
      [idp, otherIdp, github] = await Promise.all([
        startMockOidcProvider(),
        startMockOidcProvider(),
        startMockGitHub(),
      ]);
      env = await startServerWithDatabase(dialect, {
        ...(await serverWithOktaEnv(idp.issuer)),
        OAUTH_OKTA_NAME: 'Okta',
        OAUTH_OTHER_CLIENT_ID: 'other-client',
        OAUTH_OTHER_CLIENT_SECRET: 'other-secret',
        OAUTH_OTHER_ISSUER: otherIdp.issuer,
        OAUTH_GITHUB_CLIENT_ID: 'github-client',
        OAUTH_GITHUB_CLIENT_SECRET: 'github-secret',
        OAUTH_GITHUB_URL: github.webUrl,
        OAUTH_GITHUB_API_URL: github.apiUrl,
      });
      base = env.server.url;
    });
    afterAll(async () => {
      await env?.destroy();
      await Promise.all([idp?.stop(), otherIdp?.stop(), github?.stop()]);
    });

    const countRows = async (table: 'users' | 'tenants' | 'oauth_identities') =>
      Number(
        (
          await env.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('count'))
            .executeTakeFirstOrThrow()
        ).count,
      );

    /** The provider events of a tenant, oldest first. */
    const providerEvents = async (tenantId: string) =>
      env.database.db
        .selectFrom('auth_events')
        .select(['type', 'detail', 'intent'])
        .where('tenant_id', '=', tenantId)
        .where('type', 'in', ['provider_signup', 'provider_signin', 'provider_connected'])
        .orderBy('occurred_at')
        .execute();

    async function refresh(browser: Browser) {
      const refreshed = await postJson(
        `${base}/v1/auth/refresh`,
        {},
        { cookie: browser.cookieHeader() },
      );
      expect(refreshed.status).toBe(200);
      return refreshed.body as { jwt: string; tenant_id: string; user: { email: string } };
    }

    it('lists the configured providers through REST and tRPC', async () => {
      const rest = await getJson(`${base}/v1/auth/providers`);
      expect(rest.body.items).toEqual([
        { id: 'github', name: 'GitHub', authorize_url: `${base}/v1/auth/github/authorize` },
        { id: 'okta', name: 'Okta', authorize_url: `${base}/v1/auth/okta/authorize` },
        { id: 'other', name: 'Other', authorize_url: `${base}/v1/auth/other/authorize` },
      ]);
      const trpc = await getJson(`${base}/trpc/auth.providers`);
      expect((trpc.body.result as { data: { json: unknown } }).data.json).toEqual(rest.body);
    });

    it('sends the browser to the provider with state, an S256 challenge and a nonce', async () => {
      const browser = new Browser(base);
      const started = await browser.get(`${base}/v1/auth/okta/authorize?next=/settings`);
      const url = new URL(started.location);
      expect(url.origin + url.pathname).toBe(`${idp.issuer}/authorize`);
      expect(url.searchParams.get('client_id')).toBe('dyocense-client');
      expect(url.searchParams.get('redirect_uri')).toBe(`${base}/v1/auth/okta/callback`);
      expect(url.searchParams.get('code_challenge_method')).toBe('S256');
      expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
      expect(url.searchParams.get('scope')).toBe('openid email profile');
      expect(browser.cookies.get('dyocense_oauth')).toMatch(/^[\w-]{43}$/);
    });

    it('signs up a new person: asks the business name, provisions as verify does, then signs in again', async () => {
      idp.signInAs({
        sub: 'okta-ada',
        email: 'Ada@Example.com',
        email_verified: true,
        name: 'Ada',
      });
      const browser = new Browser(base);
      const back = await browser.get(await browser.toCallback('okta', '/settings'));
      expect(back.location).toBe(`${base}/signup/business`);
      expect(browser.cookies.has('dyocense_refresh')).toBe(false);

      const named = await postJson(
        `${base}/v1/auth/providers/signup`,
        { business_name: 'Ada Bakery', intent: 'grow' },
        { cookie: browser.cookieHeader() },
      );
      expect(named.status).toBe(200);
      expect(named.body).toEqual({ next: '/settings' });
      const refreshCookie = named.headers
        .getSetCookie()
        .find((c) => c.startsWith('dyocense_refresh='));
      expect(refreshCookie).toMatch(/HttpOnly; SameSite=Strict$/);
      browser.cookies.set('dyocense_refresh', refreshCookie?.split(';', 1)[0]?.split('=')[1] ?? '');

      const session = await refresh(browser);
      expect(session.user.email).toBe('ada@example.com');
      const plans = await getJson(`${base}/v1/tenants/me/plans`, {
        authorization: `Bearer ${session.jwt}`,
      });
      expect(plans.status).toBe(200);
      const tenant = await env.database.db
        .selectFrom('tenants')
        .selectAll()
        .where('id', '=', session.tenant_id)
        .executeTakeFirstOrThrow();
      expect(tenant.name).toBe('Ada Bakery');
      const planRows = await env.database.db
        .selectFrom('plans')
        .select('intent')
        .where('tenant_id', '=', session.tenant_id)
        .execute();
      expect(planRows).toEqual([{ intent: 'grow' }]);

      // The second time, the (provider, subject) link signs in at once.
      const users = await countRows('users');
      const again = new Browser(base);
      const signedIn = await again.get(await again.toCallback('okta'));
      expect(signedIn.location).toBe(`${base}/signin/complete?next=%2Fhome`);
      expect((await refresh(again)).tenant_id).toBe(session.tenant_id);
      expect(await countRows('users')).toBe(users);
      expect(await providerEvents(session.tenant_id)).toEqual([
        { type: 'provider_signup', detail: 'okta', intent: 'grow' },
        { type: 'provider_signin', detail: 'okta', intent: null },
      ]);

      // The waiting sign-up was used once.
      const twice = await postJson(
        `${base}/v1/auth/providers/signup`,
        { business_name: 'Ada Bakery' },
        { cookie: browser.cookieHeader() },
      );
      expect(twice.status).toBe(412);
      expect(twice.body.data).toEqual({ reason: 'OAUTH_SIGNUP_EXPIRED' });
    });

    it('provisions at once when GitHub names the business, from the verified primary address', async () => {
      github.signInAs({
        id: 4242,
        login: 'grace',
        name: 'Grace',
        company: '@hopper-labs',
        emails: [
          { email: 'other@example.com', primary: false, verified: false },
          { email: 'grace@example.com', primary: true, verified: true },
        ],
      });
      const browser = new Browser(base);
      const back = await browser.get(await browser.toCallback('github'));
      expect(back.location).toBe(`${base}/signin/complete?next=%2Fhome`);
      const session = await refresh(browser);
      expect(session.user).toMatchObject({ email: 'grace@example.com', name: 'Grace' });
      const identity = await env.database.db
        .selectFrom('oauth_identities')
        .selectAll()
        .where('provider', '=', 'github')
        .executeTakeFirstOrThrow();
      expect(identity).toMatchObject({ subject: '4242', email: 'grace@example.com' });
    });

    it('refuses a replayed callback, and never puts the code or state in the error address', async () => {
      idp.signInAs({ sub: 'okta-replay', email: 'replay@example.com', email_verified: true });
      const browser = new Browser(base);
      const callback = await browser.toCallback('okta');
      expect((await browser.get(callback)).location).toBe(`${base}/signup/business`);
      const replayed = await browser.get(callback);
      expect(replayed.status).toBe(302);
      expect(replayed.location).toBe(
        `${base}/signin/problem?reason=OAUTH_STATE_USED&provider=okta`,
      );
    });

    it('refuses a wrong state, and a callback from a browser that did not start the flow', async () => {
      const browser = new Browser(base);
      const callback = new URL(await browser.toCallback('okta'));
      const wrong = new URL(callback);
      wrong.searchParams.set('state', 'x'.repeat(43));
      expect(problemOf((await browser.get(wrong.href)).location)).toBe('OAUTH_STATE_INVALID');

      const elsewhere = new Browser(base);
      elsewhere.cookies.set('dyocense_oauth', 'y'.repeat(43));
      expect(problemOf((await elsewhere.get(callback.href)).location)).toBe('OAUTH_STATE_INVALID');
    });

    it('refuses a callback without the PKCE verifier (no flow cookie) and creates nothing', async () => {
      idp.signInAs({ sub: 'okta-nocookie', email: 'nocookie@example.com', email_verified: true });
      const users = await countRows('users');
      const browser = new Browser(base);
      const callback = await browser.toCallback('okta');
      browser.cookies.delete('dyocense_oauth');
      expect(problemOf((await browser.get(callback)).location)).toBe('OAUTH_VERIFIER_MISSING');
      expect(await countRows('users')).toBe(users);
    });

    it.each([
      ['a wrong nonce', { nonce: 'not-the-nonce' }, 'OAUTH_NONCE_MISMATCH'],
      ['another issuer', { iss: 'https://login.attacker.test' }, 'OAUTH_ID_TOKEN_ISSUER'],
      ['another audience', { aud: 'someone-else' }, 'OAUTH_ID_TOKEN_AUDIENCE'],
      ['no nonce', { nonce: undefined }, 'OAUTH_NONCE_MISMATCH'],
    ])('refuses an ID token with %s', async (_case, change, reason) => {
      idp.signInAs({ sub: `okta-${reason}`, email: 'tampered@example.com', email_verified: true });
      idp.tamperNextIdToken((payload) => Object.assign(payload, change));
      const identities = await countRows('oauth_identities');
      const browser = new Browser(base);
      expect(problemOf((await browser.get(await browser.toCallback('okta'))).location)).toBe(
        reason,
      );
      expect(await countRows('oauth_identities')).toBe(identities);
    });

    it('refuses an ID token signed by another provider’s key', async () => {
      // Every claim fits; only the signature is not from the issuer's published keys.
      const forged = await otherIdp.signIdToken({
        iss: idp.issuer,
        aud: 'dyocense-client',
        sub: 'okta-forged',
        email: 'forged@example.com',
        email_verified: true,
      });
      idp.replaceNextIdToken(forged);
      const browser = new Browser(base);
      expect(problemOf((await browser.get(await browser.toCallback('okta'))).location)).toBe(
        'OAUTH_ID_TOKEN_INVALID',
      );
    });

    it('passes on the provider’s refusal as a reason code', async () => {
      idp.refuseNextAuthorization('access_denied');
      const browser = new Browser(base);
      expect(problemOf((await browser.get(await browser.toCallback('okta'))).location)).toBe(
        'OAUTH_DENIED',
      );
    });

    it('answers an unknown provider 404 (oauth-unknown-provider.test.ts tries every route)', async () => {
      const browser = new Browser(base);
      const started = await browser.get(`${base}/v1/auth/nobody/authorize`);
      expect(started.status).toBe(404);
      expect(browser.cookies.has('dyocense_oauth')).toBe(false);
    });

    it('never lets a second provider with the same email take over the account', async () => {
      // Ada signed up by magic link; GitHub and another OIDC provider both say they are her.
      const signup = await postJson(`${base}/v1/auth/signup`, {
        email: 'owner@example.com',
        name: 'Owner',
        business_name: 'Owner Shop',
      });
      await postJson(`${base}/v1/auth/verify`, { token: signup.body.token });
      const users = await countRows('users');
      const identities = await countRows('oauth_identities');

      github.signInAs({
        id: 777,
        login: 'impostor',
        company: 'Impostor Inc',
        emails: [{ email: 'owner@example.com', primary: true, verified: true }],
      });
      const viaGitHub = new Browser(base);
      expect(problemOf((await viaGitHub.get(await viaGitHub.toCallback('github'))).location)).toBe(
        'OAUTH_ACCOUNT_EXISTS',
      );

      idp.signInAs({ sub: 'okta-owner', email: 'owner@example.com', email_verified: false });
      const unverified = new Browser(base);
      expect(problemOf((await unverified.get(await unverified.toCallback('okta'))).location)).toBe(
        'OAUTH_EMAIL_UNVERIFIED',
      );

      expect(await countRows('users')).toBe(users);
      expect(await countRows('oauth_identities')).toBe(identities);
      expect(viaGitHub.cookies.has('dyocense_refresh')).toBe(false);
      expect(unverified.cookies.has('dyocense_refresh')).toBe(false);
    });

    it('refuses an invalid business name with the field named, and changes nothing', async () => {
      idp.signInAs({ sub: 'okta-blank', email: 'blank@example.com', email_verified: true });
      const browser = new Browser(base);
      await browser.get(await browser.toCallback('okta'));
      const tenants = await countRows('tenants');
      const refused = await postJson(
        `${base}/v1/auth/providers/signup`,
        { business_name: '  ' },
        { cookie: browser.cookieHeader() },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.data).toEqual({ fields: { business_name: 'Enter your business name' } });
      expect(await countRows('tenants')).toBe(tenants);
    });
  });
}
