import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import {
  describeRefusal,
  signupFixture,
  trpcErrorOf,
  useTestApi,
  type TestApi,
} from '../testing/test-api';

const ADMIN_KEY = 'operator-key-0123456789abcdef';
const reasonOf = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));

for (const dialect of DIALECTS) {
  describeFor(dialect)(`analytics.funnel (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));
    const admin = (authorization: string | null, adminApiKey: string | null = ADMIN_KEY) =>
      api.callerWith({ authorization, adminApiKey: adminApiKey ?? undefined });
    const range = { from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' };

    it('is off without an operator key, and refuses any other key', async () => {
      expect(await reasonOf(admin(`Bearer ${ADMIN_KEY}`, null).analytics.funnel(range))).toBe(
        'FORBIDDEN ADMIN_API_DISABLED',
      );
      expect(await reasonOf(admin('Bearer not-the-key').analytics.funnel(range))).toBe(
        'UNAUTHORIZED ADMIN_KEY_INVALID',
      );
      expect(await reasonOf(admin(null).analytics.funnel(range))).toBe(
        'UNAUTHORIZED ADMIN_KEY_INVALID',
      );
      const account = await api.createAccount();
      expect(await reasonOf(admin(`Bearer ${account.jwt}`).analytics.funnel(range))).toBe(
        'UNAUTHORIZED ADMIN_KEY_INVALID',
      );
    });

    it('refuses a range that ends before it starts', async () => {
      const error = await trpcErrorOf(
        admin(`Bearer ${ADMIN_KEY}`).analytics.funnel({ ...range, to: range.from }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toContain('from must be before to');
    });

    it('follows the sign-ups made through the API, by intent', async () => {
      // A day of its own, apart from the other tests' sign-ups.
      api.clock.advance(2 * 86_400_000);
      const day = { from: '2026-03-03T00:00:00Z', to: '2026-03-04T00:00:00Z' };
      const grow = signupFixture({ intent: 'grow' });
      await api.caller().auth.signup(grow);
      const { token = '' } = await api.caller().auth.signup(signupFixture({ intent: 'launch' }));
      api.clock.advance(90_000);
      await api.caller().auth.verify({ token });

      const funnel = await admin(`Bearer ${ADMIN_KEY}`).analytics.funnel({
        ...day,
        by: 'intent',
      });
      expect(funnel.totals).toMatchObject({
        signups: 2,
        verified: 1,
        conversion_rate: 0.5,
        median_verify_seconds: 90,
        p90_verify_seconds: 90,
      });
      expect(funnel.groups.map((group) => [group.group, group.signups, group.verified])).toEqual([
        ['grow', 1, 0],
        ['launch', 1, 1],
      ]);
    });
  });

  describeFor(dialect)(`tenants.auditLog (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    it('shows an owner the events of their own tenant only, newest first, page by page', async () => {
      const mine = await api.createAccount();
      const theirs = await api.createAccount();
      await api.caller().auth.signin({ email: mine.user.email });
      await api.caller().auth.refresh({ refresh_token: theirs.refresh_token });

      const log = await api.caller(mine.jwt).tenants.auditLog({});
      expect(log.items.map((event) => event.type).sort()).toEqual([
        'email_queued',
        'signin_requested',
        'verify_succeeded',
      ]);
      expect(log.next_cursor).toBeNull();
      const other = await api.caller(theirs.jwt).tenants.auditLog({});
      expect(other.items.map((event) => event.type).sort()).toEqual([
        'session_refreshed',
        'verify_succeeded',
      ]);

      const first = await api.caller(mine.jwt).tenants.auditLog({ limit: 2 });
      expect(first.items).toHaveLength(2);
      const rest = await api
        .caller(mine.jwt)
        .tenants.auditLog({ limit: 2, cursor: first.next_cursor ?? '' });
      expect([...first.items, ...rest.items]).toEqual(log.items);
      expect(rest.next_cursor).toBeNull();
    });

    it('refuses a cursor it did not give out, and a caller without a session', async () => {
      const account = await api.createAccount();
      expect(await reasonOf(api.caller(account.jwt).tenants.auditLog({ cursor: 'bogus' }))).toBe(
        'BAD_REQUEST CURSOR_INVALID',
      );
      expect(await reasonOf(api.caller().tenants.auditLog({}))).toBe(
        'UNAUTHORIZED UNAUTHENTICATED',
      );
    });
  });
}
