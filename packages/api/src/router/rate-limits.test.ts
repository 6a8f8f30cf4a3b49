import { describeFor, DIALECTS, findEmailsTo } from '@dyocense/db/testing';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createRateLimits, DEFAULT_RATE_LIMIT_RULES } from '../rate-limits';
import { createTestApi, signupFixture, trpcErrorOf, type TestApi } from '../testing/test-api';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`rate limits (${dialect})`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await createTestApi(dialect);
    });
    afterAll(async () => {
      await api.destroy();
    });

    /** A caller from `ip` with fresh in-memory limits, recording the headers it would send. */
    function limitedCaller(ip: string, headers: Record<string, string> = {}) {
      return api.callerWith({
        clientIp: ip,
        rateLimits,
        setResponseHeader: (name, value) => (headers[name] = value),
      });
    }
    // Fresh limits for every test: counts left by another test would change what is refused.
    let rateLimits: ReturnType<typeof createRateLimits>;
    beforeEach(() => {
      rateLimits = createRateLimits({ kind: 'memory' }, DEFAULT_RATE_LIMIT_RULES);
    });

    it('allows 5 emails to one address an hour, then refuses with Retry-After and sends nothing', async () => {
      const account = await api.createAccount();
      for (const email of [account.user.email, 'unknown-limited@example.com']) {
        const ips = ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5', '10.0.0.6'];
        for (const ip of ips.slice(0, 5)) await limitedCaller(ip).auth.signin({ email });
        const before = (await findEmailsTo(api.database.db, email)).length;

        const headers: Record<string, string> = {};
        const error = await trpcErrorOf(
          limitedCaller(ips[5] ?? '', headers).auth.signin({ email }),
        );
        expect(error.code).toBe('TOO_MANY_REQUESTS');
        expect(error.message).toMatch(
          /^Too many emails were requested for this address; try again in (\d+ minutes|1 hour|60 minutes)$/,
        );
        expect(Number(headers['retry-after'])).toBeGreaterThan(3500);
        expect((await findEmailsTo(api.database.db, email)).length).toBe(before);
      }
    });

    it('counts sign-up, sign-in and resend together, per address', async () => {
      const input = signupFixture();
      await limitedCaller('10.1.0.1').auth.signup(input);
      await limitedCaller('10.1.0.2').auth.resend({ email: input.email });
      await limitedCaller('10.1.0.3').auth.signin({ email: input.email });
      await limitedCaller('10.1.0.4').auth.signup(input);
      await limitedCaller('10.1.0.5').auth.resend({ email: input.email });
      expect((await trpcErrorOf(limitedCaller('10.1.0.6').auth.signup(input))).code).toBe(
        'TOO_MANY_REQUESTS',
      );
    });

    it('allows 20 link requests from one IP in 10 minutes, whatever the addresses', async () => {
      for (let index = 0; index < 20; index++) {
        await limitedCaller('10.2.0.1').auth.signin({ email: `ip-limit-${index}@example.com` });
      }
      const error = await trpcErrorOf(
        limitedCaller('10.2.0.1').auth.signin({ email: 'one-more@example.com' }),
      );
      expect(error.code).toBe('TOO_MANY_REQUESTS');
      expect(error.message).toMatch(/^Too many attempts; try again in \d+ minutes$/);
      await expect(
        limitedCaller('10.2.0.2').auth.signin({ email: 'other-ip@example.com' }),
      ).resolves.toBeDefined();
    });

    it('refuses a token after 5 failed attempts with it, even from other addresses', async () => {
      const { token = '' } = await api
        .caller()
        .auth.signup(signupFixture({ nonce: 'browser-nonce-0123456789abcdef' }));
      for (let attempt = 0; attempt < 5; attempt++) {
        const error = await trpcErrorOf(
          limitedCaller(`10.3.0.${attempt}`).auth.verify({
            token,
            nonce: 'wrong-nonce-0123456789abcdef',
          }),
        );
        expect(error.code).toBe('PRECONDITION_REQUIRED');
      }
      const blocked = await trpcErrorOf(limitedCaller('10.3.1.1').auth.verify({ token }));
      expect(blocked.code).toBe('TOO_MANY_REQUESTS');
      expect((await api.caller().auth.inspectLink({ token })).status).toBe('valid');
    });

    it('limits refreshes per IP', async () => {
      rateLimits = createRateLimits(
        { kind: 'memory' },
        { ...DEFAULT_RATE_LIMIT_RULES, refreshPerIp: { points: 2, durationSeconds: 600 } },
      );
      await trpcErrorOf(limitedCaller('10.4.0.1').auth.refresh({ refresh_token: 'x' }));
      await trpcErrorOf(limitedCaller('10.4.0.1').auth.refresh({ refresh_token: 'x' }));
      expect(
        (await trpcErrorOf(limitedCaller('10.4.0.1').auth.refresh({ refresh_token: 'x' }))).code,
      ).toBe('TOO_MANY_REQUESTS');
    });
  });
}
