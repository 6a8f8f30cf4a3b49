import { randomBytes } from 'node:crypto';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  insertVerificationToken,
  postJson,
  startServerWithDatabase,
  smtpEnv,
} from './testing/test-server';

type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

/** The refresh cookie's attributes on a real response: name → value (`true` for flags). */
function refreshCookieOf(headers: Headers): Map<string, string | true> {
  const line = headers.getSetCookie().find((cookie) => cookie.startsWith('dyocense_refresh='));
  expect(line, 'a dyocense_refresh Set-Cookie header').toBeDefined();
  const attributes = new Map<string, string | true>();
  for (const part of (line ?? '').split(';').slice(1)) {
    const [name = '', value] = part.trim().split('=');
    attributes.set(name.toLowerCase(), value ?? true);
  }
  return attributes;
}

function expectProductionCookie(headers: Headers): void {
  const cookie = refreshCookieOf(headers);
  expect(cookie.get('secure')).toBe(true);
  expect(cookie.get('httponly')).toBe(true);
  expect(cookie.get('samesite')).toBe('Strict');
  expect(cookie.get('path')).toBe('/v1/auth/refresh');
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the refresh cookie of a production server (${dialect})`, () => {
    let smtp: TestSmtpServer;
    let env: Started;
    let base: string;

    beforeAll(async () => {
      smtp = await startSmtpServer();
      env = await startServerWithDatabase(dialect, {
        NODE_ENV: 'production',
        ...smtpEnv(smtp),
      });
      base = env.server.url;
    });
    afterAll(async () => {
      await env?.destroy();
      await smtp?.stop();
    });

    it('is Secure when set by verify, rotated by refresh and cleared by sign-out', async () => {
      const token = randomBytes(32).toString('base64url');
      await insertVerificationToken(env.database.db, token, new Date(Date.now() + 60_000));
      const verified = await postJson(`${base}/v1/auth/verify`, {
        token,
        refresh_token_delivery: 'cookie',
      });
      expect(verified.status).toBe(200);
      expectProductionCookie(verified.headers);

      const cookie = verified.headers
        .getSetCookie()
        .find((line) => line.startsWith('dyocense_refresh='))
        ?.split(';', 1)[0];
      const refreshed = await postJson(`${base}/v1/auth/refresh`, {}, { cookie: cookie ?? '' });
      expect(refreshed.status).toBe(200);
      expectProductionCookie(refreshed.headers);

      const signedOut = await postJson(
        `${base}/v1/auth/signout`,
        {},
        { authorization: `Bearer ${String(refreshed.body.jwt)}` },
      );
      expect(signedOut.status).toBe(200);
      expectProductionCookie(signedOut.headers);
      expect(refreshCookieOf(signedOut.headers).get('max-age')).toBe('0');
    });
  });
}
