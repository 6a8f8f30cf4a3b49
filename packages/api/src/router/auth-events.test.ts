import { describeFor, DIALECTS, failOnInsertInto } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { createRateLimits, DEFAULT_RATE_LIMIT_RULES } from '../rate-limits';
import { eventNamesOf, eventsOf } from '../testing/auth-events';
import { signupFixture, trpcErrorOf, useTestApi, type TestApi } from '../testing/test-api';

const NONCE = 'browser-nonce-0123456789abcdef';
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`auth events (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));
    const namesOf = (email: string) => eventNamesOf(api.database.db, { email });

    it('records a sign-up request and its queued email, with no address in clear', async () => {
      const input = signupFixture({ intent: 'grow', use_case: 'bakery' });
      await api.callerWith({ clientIp: '203.0.113.77', userAgent: FIREFOX }).auth.signup(input);

      const events = await eventsOf(api.database.db, { email: input.email });
      expect(events.map((event) => [event.type, event.detail])).toEqual([
        ['email_queued', 'verify_signup'],
        ['signup_requested', null],
      ]);
      expect(events[1]).toMatchObject({
        intent: 'grow',
        use_case: 'bakery',
        ip_prefix: '203.0.113.0/24',
        user_agent_family: 'Firefox',
        tenant_id: null,
      });
      expect(JSON.stringify(events)).not.toContain(input.email);
      expect(JSON.stringify(events)).not.toContain('203.0.113.77');
    });

    it('records a successful verification with the new tenant', async () => {
      const input = signupFixture();
      const account = await api.createAccount(input);
      expect(await namesOf(input.email)).toEqual([
        'email_queued:verify_signup',
        'signup_requested',
        'verify_succeeded:signup',
      ]);
      const [succeeded] = await eventsOf(api.database.db, { tenantId: account.user.tenant_id });
      expect(succeeded).toMatchObject({ type: 'verify_succeeded', intent: 'launch' });
    });

    it('leaves no event when the action rolls back', async () => {
      const input = signupFixture();
      const failingSignup = api.database.db.withPlugin(failOnInsertInto('email_outbox'));
      await trpcErrorOf(api.caller(undefined, failingSignup).auth.signup(input));
      expect(await namesOf(input.email)).toEqual([]);

      const { token = '' } = await api.caller().auth.signup(input);
      const failingVerify = api.database.db.withPlugin(failOnInsertInto('plans'));
      await trpcErrorOf(api.caller(undefined, failingVerify).auth.verify({ token }));
      expect(await namesOf(input.email)).toEqual([
        'email_queued:verify_signup',
        'signup_requested',
      ]);
    });

    it('records refused links by reason, and a link opened in another browser as a scanner', async () => {
      const input = signupFixture({ nonce: NONCE });
      const { token = '' } = await api.caller().auth.signup(input);
      await trpcErrorOf(api.caller().auth.verify({ token, nonce: 'another-browser-nonce-0123' }));
      await api.caller().auth.verify({ token, nonce: NONCE });
      await trpcErrorOf(api.caller().auth.verify({ token }));
      expect(await namesOf(input.email)).toEqual([
        'email_queued:verify_signup',
        'scanner_blocked:signup',
        'signup_requested',
        'verify_failed:used',
        'verify_succeeded:signup',
      ]);

      const expiring = signupFixture();
      const { token: late = '' } = await api.caller().auth.signup(expiring);
      api.clock.advance(86_400_000 + 1);
      await trpcErrorOf(api.caller().auth.verify({ token: late }));
      expect(await namesOf(expiring.email)).toContain('verify_failed:expired');

      const before = await api.database.db.selectFrom('auth_events').select('id').execute();
      await trpcErrorOf(api.caller().auth.verify({ token: 'x'.repeat(43) }));
      const unknown = await api.database.db
        .selectFrom('auth_events')
        .selectAll()
        .where(
          'id',
          'not in',
          before.map((row) => row.id),
        )
        .execute();
      expect(unknown.map((event) => [event.type, event.detail, event.email_hash])).toEqual([
        ['verify_failed', 'unknown', null],
      ]);
    });

    it('records sign-in requests, resends, refreshes and revocations under the tenant', async () => {
      const input = signupFixture();
      const account = await api.createAccount(input);
      await api.caller().auth.signin({ email: input.email });
      await api.caller().auth.resend({ email: input.email });
      await api.caller().auth.signup(input);
      const refreshed = await api.caller().auth.refresh({ refresh_token: account.refresh_token });
      await api.caller(refreshed.jwt).auth.signout();

      expect(await eventNamesOf(api.database.db, { tenantId: account.user.tenant_id })).toEqual([
        'email_queued:signin',
        'email_queued:signin',
        'email_queued:signin',
        'session_refreshed',
        'session_revoked:signout',
        'signin_requested',
        'signin_requested:resend',
        'signup_requested:existing_account',
        'verify_succeeded:signup',
      ]);
    });

    it('records a resent sign-up link and a request for an address without an account', async () => {
      const input = signupFixture();
      await api.caller().auth.signup(input);
      await api.caller().auth.resend({ email: input.email });
      expect(await namesOf(input.email)).toEqual([
        'email_queued:verify_signup',
        'email_queued:verify_signup',
        'signup_requested',
        'signup_requested:resend',
      ]);

      const stranger = signupFixture().email;
      await api.caller().auth.signin({ email: stranger });
      expect(await namesOf(stranger)).toEqual([
        'email_queued:no_account',
        'signin_requested:no_account',
      ]);
    });

    it('records a rate-limited call with the rule that refused it', async () => {
      const rateLimits = createRateLimits(
        { kind: 'memory' },
        { ...DEFAULT_RATE_LIMIT_RULES, emailsPerAddress: { points: 1, durationSeconds: 60 } },
      );
      const input = signupFixture();
      const limited = api.callerWith({ rateLimits, clientIp: '2001:db8:abcd:12::1' });
      await limited.auth.signup(input);
      const error = await trpcErrorOf(limited.auth.signup(input));
      expect(error.code).toBe('TOO_MANY_REQUESTS');

      const events = await eventsOf(api.database.db, { email: input.email });
      const refused = events.find((event) => event.type === 'rate_limited');
      expect(refused).toMatchObject({
        detail: 'emailsPerAddress',
        ip_prefix: '2001:db8:abcd::/48',
      });
      expect(events.filter((event) => event.type === 'signup_requested')).toHaveLength(1);
    });
  });
}
