import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import type { SetRefreshCookie } from '../context';
import { describeRefusal, trpcErrorOf, useTestApi, type TestApi } from '../testing/test-api';

const reasonOf = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));

const CHROME_MAC =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const DAY_MS = 86_400_000;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sessions (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** Another sign-in of the same account, from another device. */
    async function signInAgain(email: string, userAgent: string) {
      const { token = '' } = await api.caller().auth.signin({ email });
      return api.callerWith({ userAgent }).auth.verify({ token });
    }

    it('rotates the refresh token, returning a new JWT and a new refresh token', async () => {
      const account = await api.createAccount();
      api.clock.advance(60_000);
      const refreshed = await api.caller().auth.refresh({ refresh_token: account.refresh_token });

      expect(refreshed.session_id).toBe(account.session_id);
      expect(refreshed.refresh_token).toMatch(/^[\w-]{43}$/);
      expect(refreshed.refresh_token).not.toBe(account.refresh_token);
      expect(refreshed.jwt).not.toBe(account.jwt);
      expect(await api.caller(refreshed.jwt).auth.me()).toMatchObject({ user: account.user });
      const again = await api.caller().auth.refresh({ refresh_token: refreshed.refresh_token });
      expect(again.refresh_token).not.toBe(refreshed.refresh_token);
    });

    it('takes a rotated refresh token presented again for theft and ends the whole session', async () => {
      const account = await api.createAccount();
      const refreshed = await api.caller().auth.refresh({ refresh_token: account.refresh_token });
      api.clock.advance(11_000);

      expect(
        await reasonOf(api.caller().auth.refresh({ refresh_token: account.refresh_token })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_REUSED');
      expect(
        await reasonOf(api.caller().auth.refresh({ refresh_token: refreshed.refresh_token })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_INVALID');
      expect(await reasonOf(api.caller(refreshed.jwt).auth.me())).toBe(
        'UNAUTHORIZED SESSION_INVALID',
      );
    });

    it('lets one of two concurrent refreshes win without ending the session', async () => {
      const account = await api.createAccount();
      const results = await Promise.allSettled([
        api.caller().auth.refresh({ refresh_token: account.refresh_token }),
        api.caller().auth.refresh({ refresh_token: account.refresh_token }),
      ]);
      const won = results.flatMap((result) =>
        result.status === 'fulfilled' ? [result.value] : [],
      );
      const lost = results.flatMap((result) =>
        result.status === 'rejected' ? [result.reason] : [],
      );
      expect(won).toHaveLength(1);
      expect(await reasonOf(Promise.reject(lost[0]))).toBe('CONFLICT REFRESH_TOKEN_ROTATED');

      const next = await api.caller().auth.refresh({ refresh_token: won[0]?.refresh_token });
      expect(await api.caller(next.jwt).auth.me()).toMatchObject({ user: account.user });
    });

    it('ends a session after 30 days without a refresh, and a refresh pushes that back', async () => {
      const account = await api.createAccount();
      api.clock.advance(20 * DAY_MS);
      const refreshed = await api.caller().auth.refresh({ refresh_token: account.refresh_token });
      expect(new Date(refreshed.refresh_expires_at).getTime()).toBe(
        api.clock.now().getTime() + 30 * DAY_MS,
      );
      api.clock.advance(29 * DAY_MS);
      const later = await api.caller().auth.refresh({ refresh_token: refreshed.refresh_token });
      api.clock.advance(30 * DAY_MS);
      expect(
        await reasonOf(api.caller().auth.refresh({ refresh_token: later.refresh_token })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_INVALID');
    });

    it('signs out this session only, from the next request on', async () => {
      const account = await api.createAccount();
      const other = await signInAgain(account.user.email, FIREFOX_LINUX);
      await api.caller(account.jwt).auth.signout();

      expect(await reasonOf(api.caller(account.jwt).tenants.projects())).toBe(
        'UNAUTHORIZED SESSION_INVALID',
      );
      expect(
        await reasonOf(api.caller().auth.refresh({ refresh_token: account.refresh_token })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_INVALID');
      expect((await api.caller(other.jwt).tenants.projects()).count).toBe(1);
    });

    it('signs out every session of the user, and no one else’s', async () => {
      const account = await api.createAccount();
      const other = await signInAgain(account.user.email, FIREFOX_LINUX);
      const stranger = await api.createAccount();
      expect(await api.caller(other.jwt).auth.signoutAll()).toEqual({ revoked: 2 });

      for (const jwt of [account.jwt, other.jwt]) {
        expect(await reasonOf(api.caller(jwt).auth.me())).toBe('UNAUTHORIZED SESSION_INVALID');
      }
      expect((await api.caller(stranger.jwt).auth.me()).user).toEqual(stranger.user);
    });

    it('lists the user’s sessions with device and last use, marking the current one', async () => {
      const { token = '' } = await api.caller().auth.signup({
        email: `devices-${Date.now()}@example.com`,
        name: 'Dev',
        business_name: 'Devices',
      });
      const first = await api.callerWith({ userAgent: CHROME_MAC }).auth.verify({ token });
      api.clock.advance(60_000);
      const second = await signInAgain(first.user.email, FIREFOX_LINUX);

      const sessions = await api.caller(second.jwt).auth.sessions();
      expect(sessions.count).toBe(2);
      expect(sessions.items.map(({ id, device, current }) => ({ id, device, current }))).toEqual([
        { id: second.session_id, device: 'Firefox 128 on Linux', current: true },
        { id: first.session_id, device: 'Chrome 131 on macOS', current: false },
      ]);
    });

    it('revokes one of the user’s own sessions, and refuses anyone else’s', async () => {
      const account = await api.createAccount();
      const other = await signInAgain(account.user.email, FIREFOX_LINUX);
      const stranger = await api.createAccount();

      expect(
        await reasonOf(api.caller(stranger.jwt).auth.revokeSession({ id: other.session_id })),
      ).toBe('NOT_FOUND SESSION_NOT_FOUND');
      expect((await api.caller(other.jwt).auth.me()).user).toEqual(account.user);

      await api.caller(account.jwt).auth.revokeSession({ id: other.session_id });
      expect(await reasonOf(api.caller(other.jwt).auth.me())).toBe('UNAUTHORIZED SESSION_INVALID');
      expect((await api.caller(account.jwt).auth.me()).user).toEqual(account.user);
    });

    it('refuses the JWT of a user who was deleted', async () => {
      const account = await api.createAccount();
      await api.database.db.deleteFrom('users').where('id', '=', account.user.id).execute();
      expect(await reasonOf(api.caller(account.jwt).tenants.projects())).toBe(
        'UNAUTHORIZED SESSION_INVALID',
      );
    });

    it('hands the refresh token to a browser only as a cookie', async () => {
      const cookies: Parameters<SetRefreshCookie>[0][] = [];
      const browser = api.callerWith({ setRefreshCookie: (cookie) => cookies.push(cookie) });
      const { token = '' } = await api.caller().auth.signup({
        email: `cookie-${Date.now()}@example.com`,
        name: 'Cook',
        business_name: 'Cookies',
      });
      const session = await browser.auth.verify({ token, refresh_token_delivery: 'cookie' });
      expect(session).not.toHaveProperty('refresh_token');
      expect(cookies).toHaveLength(1);
      expect(cookies[0]?.expiresAt.toISOString()).toBe(session.refresh_expires_at);

      const refreshed = await api
        .callerWith({
          refreshCookie: cookies[0]?.token ?? null,
          setRefreshCookie: (cookie) => cookies.push(cookie),
        })
        .auth.refresh({});
      expect(refreshed).not.toHaveProperty('refresh_token');
      expect(cookies[1]?.token).not.toBe(cookies[0]?.token);

      await api
        .callerWith({
          authorization: `Bearer ${refreshed.jwt}`,
          setRefreshCookie: (cookie) => cookies.push(cookie),
        })
        .auth.signout();
      expect(cookies[2]).toBeNull();
    });

    it('refuses a refresh with no refresh token at all', async () => {
      expect(await reasonOf(api.caller().auth.refresh({}))).toBe(
        'UNAUTHORIZED REFRESH_TOKEN_INVALID',
      );
    });
  });
}
