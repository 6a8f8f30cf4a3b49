import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

const signup = { email: 'owner@example.com', name: 'Olive', business_name: 'Control Shop' };
const FORBIDDEN: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['a C0 escape', 'a\u001bb'],
  ['a C1 control', 'a\u0085b'],
  ['a lone surrogate', 'a\ud800b'],
];

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');
const BAD_CURSORS: [string, string][] = [
  ['an out-of-range date', cursorOf('-271821-04-20T00:00:00.000Z|x')],
  ['a far-future date', cursorOf('+275760-09-13T00:00:00.000Z|x')],
  ['a NUL in the id', cursorOf('2026-01-01T00:00:00.000Z|a\u0000b')],
  ['garbage', '!!not-base64!!'],
  ['an impossible day', cursorOf('2026-02-31T00:00:00.000Z|x')],
];

async function trpcCall(base: string, path: string, input: unknown, headers = {}) {
  return postJson(`${base}/trpc/${path}`, { json: input }, headers);
}

async function trpcQuery(base: string, path: string, input: unknown, headers = {}) {
  const query = encodeURIComponent(JSON.stringify({ json: input }));
  return getJson(`${base}/trpc/${path}?input=${query}`, headers);
}

/** The tRPC error's field map, e.g. `{name: 'Use only …'}`. */
const trpcFields = (body: Record<string, unknown>) =>
  (body as { error: { json: { data: { fields?: Record<string, string> } } } }).error.json.data
    .fields;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`control characters and cursors (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let base: string;
    let auth: Record<string, string>;

    beforeAll(async () => {
      env = await startServerWithDatabase(dialect, { RATE_LIMITS_ENABLED: 'false' });
      base = env.server.url;
      const started = await postJson(`${base}/v1/auth/signup`, signup);
      const verified = await postJson(`${base}/v1/auth/verify`, { token: started.body.token });
      expect(verified.status).toBe(200);
      // A second sign-in: two events, so the audit log has a second page.
      const again = await postJson(`${base}/v1/auth/signin`, { email: signup.email });
      expect((await postJson(`${base}/v1/auth/verify`, { token: again.body.token })).status).toBe(
        200,
      );
      auth = { authorization: `Bearer ${String(verified.body.jwt)}` };
    });
    afterAll(() => env.destroy());

    describe.each(['name', 'business_name', 'use_case'])('sign-up field %s', (field) => {
      it.each(FORBIDDEN)('refuses %s over REST with a 400 naming it', async (_, value) => {
        const response = await postJson(`${base}/v1/auth/signup`, { ...signup, [field]: value });
        expect(response.status).toBe(400);
        expect(response.body.data).toMatchObject({ fields: { [field]: expect.any(String) } });
      });

      it.each(FORBIDDEN)('refuses %s over tRPC with a 400 naming it', async (_, value) => {
        const response = await trpcCall(base, 'auth.signup', { ...signup, [field]: value });
        expect(response.status).toBe(400);
        expect(trpcFields(response.body)).toHaveProperty(field);
      });
    });

    it('keeps ordinary Unicode letters, marks and emoji working', async () => {
      const unicode = { name: 'Zoë Ñandú 李小龍', business_name: 'Café Ωmega 👩‍💻' };
      const rest = await postJson(`${base}/v1/auth/signup`, {
        ...unicode,
        email: 'unicode@example.com',
        use_case: 'Línea uno\nLínea dos\tcon tab',
      });
      expect(rest.status).toBe(200);
      const trpc = await trpcCall(base, 'auth.signup', { ...unicode, email: 'u2@example.com' });
      expect(trpc.status).toBe(200);
    });

    // The REST path is matched as written (never percent-decoded), so %00 stays three characters.
    it.each(['a%00b', 'a%1Bb', 'a%C2%85b', 'a%ED%A0%80b'])(
      'answers the session path %s without a server error',
      async (id) => {
        const response = await fetch(`${base}/v1/auth/sessions/${id}`, {
          method: 'DELETE',
          headers: auth,
        });
        expect([400, 404]).toContain(response.status);
      },
    );

    it.each(FORBIDDEN)('refuses %s in a session id over tRPC', async (_, value) => {
      const response = await trpcCall(base, 'auth.revokeSession', { id: value }, auth);
      expect(response.status).toBe(400);
      expect(trpcFields(response.body)).toHaveProperty('id');
    });

    it.each(BAD_CURSORS)('answers CURSOR_INVALID to %s over REST', async (_, cursor) => {
      const response = await getJson(
        `${base}/v1/tenants/me/audit-log?cursor=${encodeURIComponent(cursor)}`,
        auth,
      );
      expect(response.status).toBe(400);
      expect(response.body.data).toMatchObject({ reason: 'CURSOR_INVALID' });
    });

    it.each(BAD_CURSORS)('answers CURSOR_INVALID to %s over tRPC', async (_, cursor) => {
      const response = await trpcQuery(base, 'tenants.auditLog', { cursor }, auth);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain('CURSOR_INVALID');
    });

    it('still pages the audit log with the cursors it gives out', async () => {
      const first = await getJson(`${base}/v1/tenants/me/audit-log?limit=1`, auth);
      expect(first.status).toBe(200);
      const cursor = first.body.next_cursor;
      expect(cursor).toEqual(expect.any(String));
      const second = await getJson(
        `${base}/v1/tenants/me/audit-log?limit=1&cursor=${String(cursor)}`,
        auth,
      );
      expect(second.status).toBe(200);
      expect(second.body.items).not.toEqual(first.body.items);
    });
  });
}
