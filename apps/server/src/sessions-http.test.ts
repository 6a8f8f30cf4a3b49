import { createPublicKey } from 'node:crypto';
import { generatePrivateKeyPem } from '@dyocense/api';
import { createTestDatabase, describeFor, DIALECTS } from '@dyocense/db/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer } from './testing/spawn-server';
import { getJson, postJson, startServerWithDatabase, startTestServer } from './testing/test-server';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Signs up and verifies through REST; returns the verify response and its Set-Cookie header. */
async function signUp(base: string, email: string, delivery: 'body' | 'cookie' = 'body') {
  const { body } = await postJson(`${base}/v1/auth/signup`, {
    email,
    name: 'Sol',
    business_name: 'Session Shop',
  });
  const verified = await postJson(`${base}/v1/auth/verify`, {
    token: body.token,
    refresh_token_delivery: delivery,
  });
  return { body: verified.body, setCookie: verified.headers.get('set-cookie') };
}

function cookieValue(setCookie: string | null): string {
  return setCookie?.split(';', 1)[0] ?? '';
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sessions over HTTP (${dialect})`, () => {
    it('keeps a browser’s refresh token in an HttpOnly cookie scoped to the refresh path', async () => {
      const env = await startServerWithDatabase(dialect, { REFRESH_REUSE_GRACE_SECONDS: '0' });
      cleanups.push(() => env.destroy());
      const base = env.server.url;
      const { body, setCookie } = await signUp(base, 'cookie@example.com', 'cookie');

      expect(body).not.toHaveProperty('refresh_token');
      expect(setCookie).toMatch(
        /^dyocense_refresh=[\w-]{43}; Max-Age=\d+; Path=\/v1\/auth\/refresh; HttpOnly; SameSite=Strict$/,
      );

      const refreshed = await postJson(
        `${base}/v1/auth/refresh`,
        {},
        { cookie: cookieValue(setCookie) },
      );
      expect(refreshed.status).toBe(200);
      expect(refreshed.body).not.toHaveProperty('refresh_token');
      const rotatedCookie = refreshed.headers.get('set-cookie');
      expect(cookieValue(rotatedCookie)).not.toBe(cookieValue(setCookie));
      const me = await getJson(`${base}/v1/auth/me`, {
        authorization: `Bearer ${refreshed.body.jwt}`,
      });
      expect(me.status).toBe(200);

      const replayed = await postJson(
        `${base}/v1/auth/refresh`,
        {},
        { cookie: cookieValue(setCookie) },
      );
      expect(replayed.status).toBe(401);
      expect(replayed.body).toMatchObject({ data: { reason: 'REFRESH_TOKEN_REUSED' } });
      const afterTheft = await getJson(`${base}/v1/auth/me`, {
        authorization: `Bearer ${refreshed.body.jwt}`,
      });
      expect(afterTheft.status).toBe(401);
    });

    it('sets the cookie through tRPC too, and signing out clears it and ends the session', async () => {
      const env = await startServerWithDatabase(dialect);
      cleanups.push(() => env.destroy());
      const base = env.server.url;
      const { body } = await postJson(`${base}/v1/auth/signup`, {
        email: 'trpc-cookie@example.com',
        name: 'Tim',
        business_name: 'Tee',
      });
      const response = await fetch(`${base}/trpc/auth.verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { token: body.token, refresh_token_delivery: 'cookie' } }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toMatch(/^dyocense_refresh=[\w-]{43};.*HttpOnly/);
      const { result } = (await response.json()) as { result: { data: { json: { jwt: string } } } };
      const auth = { authorization: `Bearer ${result.data.json.jwt}` };

      const signout = await postJson(`${base}/v1/auth/signout`, {}, auth);
      expect(signout.status).toBe(200);
      expect(signout.headers.get('set-cookie')).toMatch(
        /^dyocense_refresh=; Max-Age=0; Path=\/v1\/auth\/refresh/,
      );
      expect((await getJson(`${base}/v1/auth/me`, auth)).status).toBe(401);
    });

    it('lists and revokes sessions through the REST paths', async () => {
      const env = await startServerWithDatabase(dialect);
      cleanups.push(() => env.destroy());
      const base = env.server.url;
      const { body: first } = await signUp(base, 'two-devices@example.com');
      const { body: signin } = await postJson(`${base}/v1/auth/signin`, {
        email: 'two-devices@example.com',
      });
      const { body: second } = await postJson(`${base}/v1/auth/verify`, { token: signin.token });

      const listed = await getJson(`${base}/v1/auth/sessions`, {
        authorization: `Bearer ${second.jwt}`,
      });
      expect(listed.body.count).toBe(2);
      const revoke = await fetch(`${base}/v1/auth/sessions/${String(first.session_id)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${second.jwt}` },
      });
      expect(revoke.status).toBe(200);
      expect(
        (await getJson(`${base}/v1/auth/me`, { authorization: `Bearer ${first.jwt}` })).status,
      ).toBe(401);
      expect(
        (await getJson(`${base}/v1/auth/me`, { authorization: `Bearer ${second.jwt}` })).status,
      ).toBe(200);
    });
  });
}

describe('signing keys', () => {
  it('publishes a JWKS that another process can verify the JWTs with, and nothing for HS256', async () => {
    const database = await createTestDatabase('sqlite', { migrate: false });
    cleanups.push(() => database.destroy());
    // Nothing about signing configured: the default algorithm, with a development key.
    const server = spawnServer({
      DATABASE_URL: database.url,
      DATA_DIR: `${database.url}.data`,
      LOG_LEVEL: 'info',
    });
    cleanups.push(() => server.stop());
    const base = await server.listening();
    expect(server.output()).toContain('ACCOUNTS_JWT_PRIVATE_KEY is not set');

    const { body } = await signUp(base, 'jwks@example.com');
    const jwks = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
    const { payload, protectedHeader } = await jwtVerify(String(body.jwt), jwks, {
      algorithms: ['EdDSA'],
      issuer: 'dyocense-accounts',
      audience: 'dyocense',
      typ: 'at+jwt',
    });
    expect(payload).toMatchObject({ sub: (body.user as { id: string }).id, sid: body.session_id });
    expect(protectedHeader.kid).toEqual(expect.any(String));

    const hs256 = await startServerWithDatabase('sqlite', {
      ACCOUNTS_JWT_ALG: 'HS256',
      ACCOUNTS_JWT_SECRET: 'hs256-test-secret-of-at-least-32-chars',
    });
    cleanups.push(() => hs256.destroy());
    expect((await getJson(`${hs256.server.url}/.well-known/jwks.json`)).body).toEqual({ keys: [] });
  });

  it('keeps accepting JWTs of the previous key during a rotation, until it is removed', async () => {
    const database = await createTestDatabase('sqlite');
    cleanups.push(() => database.destroy());
    const oldKey = generatePrivateKeyPem('ES256');
    const oldPublic = createPublicKey(oldKey).export({ format: 'pem', type: 'spki' }).toString();
    const env = (privateKey: string, previous?: string) => ({
      ACCOUNTS_JWT_ALG: 'ES256',
      ACCOUNTS_JWT_PRIVATE_KEY: privateKey,
      ...(previous && { ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: previous }),
    });

    const before = await startTestServer(database.url, env(oldKey));
    const { body } = await signUp(before.url, 'rotation@example.com');
    await before.stop();

    const during = await startTestServer(
      database.url,
      env(generatePrivateKeyPem('ES256'), oldPublic),
    );
    const auth = { authorization: `Bearer ${String(body.jwt)}` };
    expect((await getJson(`${during.url}/v1/auth/me`, auth)).status).toBe(200);
    expect(
      ((await getJson(`${during.url}/.well-known/jwks.json`)).body.keys as unknown[]).length,
    ).toBe(2);
    await during.stop();

    const after = await startTestServer(database.url, env(generatePrivateKeyPem('ES256')));
    expect((await getJson(`${after.url}/v1/auth/me`, auth)).status).toBe(401);
    await after.stop();
  });
});
