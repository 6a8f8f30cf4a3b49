import { generatePrivateKeyPem } from '@dyocense/api';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jwtFor } from './testing/test-fixtures';
import {
  getJson,
  insertVerificationToken,
  postJson,
  startServerWithDatabase,
  smtpEnv,
} from './testing/test-server';

const signup = { email: 'errors@example.com', name: 'Eve', business_name: 'Error Shop' };
const VALID_TOKEN = 'valid-token-valid-token-valid-token-valid-t';
const EXPIRED_TOKEN = 'expired-token-expired-token-expired-token-e';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`HTTP errors (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let smtp: TestSmtpServer;
    let base: string;
    let session: Record<string, unknown> & {
      jwt: string;
      tenant_id: string;
      session_id: string;
      user: { id: string };
    };

    beforeAll(async () => {
      smtp = await startSmtpServer();
      env = await startServerWithDatabase(dialect, {
        NODE_ENV: 'production',
        BODY_LIMIT: '2048',
        ...smtpEnv(smtp),
      });
      base = env.server.url;
      // Production answers sign-ups without the token, so these tests store their own.
      await insertVerificationToken(env.database.db, VALID_TOKEN, new Date(Date.now() + 3_600_000));
      await insertVerificationToken(env.database.db, EXPIRED_TOKEN, new Date(Date.now() - 1000));
      const verified = await postJson(`${base}/v1/auth/verify`, { token: VALID_TOKEN });
      expect(verified.status).toBe(200);
      session = verified.body as typeof session;
    });
    afterAll(async () => {
      await env.destroy();
      await smtp.stop();
    });

    /** The real session's claims, signed as a test chooses. */
    async function sessionJwtHeader(options: Parameters<typeof jwtFor>[1]) {
      const claims = {
        sub: session.user.id,
        tenant_id: session.tenant_id,
        email: 'e@example.com',
        sid: session.session_id,
      };
      return { authorization: `Bearer ${await jwtFor(claims, options)}` };
    }

    it('answers a production sign-up without the token', async () => {
      const response = await postJson(`${base}/v1/auth/signup`, {
        ...signup,
        email: 'p@example.com',
      });
      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual(['email', 'message']);
    });

    it('names the invalid fields in a 400', async () => {
      const response = await postJson(`${base}/v1/auth/signup`, {
        ...signup,
        email: 'nope',
        name: '',
      });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('BAD_REQUEST');
      expect(response.body.data).toMatchObject({
        fields: { email: expect.stringMatching(/valid email/), name: 'Enter your name' },
      });
    });

    it('names the invalid fields in a tRPC error message', async () => {
      const response = await fetch(`${base}/trpc/auth.signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { ...signup, business_name: '' } }),
      });
      const body = (await response.json()) as {
        error: { json: { message: string; data: object } };
      };
      expect(response.status).toBe(400);
      expect(body.error.json.message).toBe('business_name: Enter your business name');
      expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts/);
    });

    it.each([
      [
        'an unknown token',
        'x'.repeat(43),
        404,
        'NOT_FOUND',
        'TOKEN_NOT_FOUND',
        'This link is not valid',
      ],
      ['a used token', VALID_TOKEN, 409, 'CONFLICT', 'TOKEN_USED', 'This link was already used'],
      [
        'an expired token',
        EXPIRED_TOKEN,
        412,
        'PRECONDITION_FAILED',
        'TOKEN_EXPIRED',
        'This link expired; request a new one',
      ],
    ])('refuses %s', async (_, token, status, code, reason, message) => {
      const response = await postJson(`${base}/v1/auth/verify`, { token });
      expect(response.status).toBe(status);
      expect(response.body).toMatchObject({ code, message, data: { reason } });
    });

    it.each([
      ['no token', async () => ({})],
      ['a tampered token', async () => ({ authorization: `Bearer ${session.jwt.slice(0, -2)}xx` })],
      [
        'a token signed with another key',
        () => sessionJwtHeader({ privateKeyPem: generatePrivateKeyPem('EdDSA') }),
      ],
      [
        'an expired token',
        () => sessionJwtHeader({ expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      ],
      [
        'an alg:none token',
        async () => {
          const [, payload] = session.jwt.split('.');
          const header = Buffer.from('{"alg":"none","typ":"at+jwt"}').toString('base64url');
          return { authorization: `Bearer ${header}.${payload}.` };
        },
      ],
    ])('answers 401 to %s', async (_, headers) => {
      const response = await getJson(`${base}/v1/tenants/me/projects`, await headers());
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('UNAUTHORIZED');
    });

    it('answers 403 to another tenant’s plans, the same to a tenant that does not exist, and 401 to a JWT forged for another tenant', async () => {
      const auth = { authorization: `Bearer ${session.jwt}` };
      const other = await getJson(`${base}/v1/tenants/someone-else-abc123/plans`, auth);
      expect(other.status).toBe(403);
      expect(other.body.message).toBe('You do not have access to this tenant');
      const properlySigned = await jwtFor({
        sub: session.user.id,
        tenant_id: session.tenant_id,
        email: 'e@example.com',
        sid: session.session_id,
      });
      const own = await getJson(`${base}/v1/tenants/me/plans`, {
        authorization: `Bearer ${properlySigned}`,
      });
      expect(own.status).toBe(200);
      const forgedTenant = await jwtFor({
        sub: session.user.id,
        tenant_id: 'someone-else-abc123',
        email: 'e@example.com',
        sid: session.session_id,
      });
      const forged = await getJson(`${base}/v1/tenants/someone-else-abc123/plans`, {
        authorization: `Bearer ${forgedTenant}`,
      });
      expect(forged.status).toBe(401);
    });

    it('answers unknown routes with a 404 JSON error', async () => {
      for (const path of ['/nowhere', '/v1/nowhere']) {
        const response = await getJson(`${base}${path}`);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('NOT_FOUND');
      }
    });

    it('answers malformed JSON with 400 and an oversized body with 413', async () => {
      const malformed = await fetch(`${base}/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"email":',
      });
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ code: 'BAD_REQUEST' });

      const oversized = await postJson(`${base}/v1/auth/signup`, {
        ...signup,
        use_case: 'x'.repeat(4096),
      });
      expect(oversized.status).toBe(413);
      expect(oversized.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('hides the cause of a server fault', async () => {
      await sql`drop table plan_tasks`.execute(env.database.db);
      const response = await getJson(`${base}/v1/tenants/me/plans`, {
        authorization: `Bearer ${session.jwt}`,
      });
      expect(response.status).toBe(500);
      expect(response.body.message).toBe(
        'Something went wrong on our side; please try again in a moment.',
      );
      expect(JSON.stringify(response.body)).not.toMatch(/plan_tasks|stack/);
    });

    it('reports health, readiness and a request id', async () => {
      const health = await getJson(`${base}/healthz`);
      expect(health.body).toEqual({ status: 'ok' });
      const ready = await getJson(`${base}/readyz`, { 'x-request-id': 'trace-123' });
      expect(ready.body).toEqual({ status: 'ready', dependencies: { database: { status: 'up' } } });
      expect(ready.headers.get('x-request-id')).toBe('trace-123');
    });

    it('publishes the OpenAPI 3.1 contract, each operation with its security', async () => {
      const { body } = await getJson(`${base}/openapi.json`);
      const paths = body.paths as Record<string, Record<string, { security?: unknown }>>;
      expect(body.openapi).toBe('3.1.0');
      expect(body.servers).toEqual([{ url: base, description: expect.any(String) }]);
      expect(Object.keys(paths)).toEqual(
        expect.arrayContaining([
          '/v1/analytics/funnel',
          '/v1/auth/identities',
          '/v1/auth/links/inspect',
          '/v1/auth/me',
          '/v1/auth/providers',
          // The route every provider shares, configured or not.
          '/v1/auth/providers/signup',
          '/v1/auth/refresh',
          '/v1/auth/resend',
          '/v1/auth/sessions',
          '/v1/auth/sessions/{id}',
          '/v1/auth/signin',
          '/v1/auth/signout',
          '/v1/auth/signout-all',
          '/v1/auth/signup',
          '/v1/auth/verify',
          '/v1/service-clients',
          '/v1/service-clients/{client_id}/revoke',
          '/v1/tenants/me/audit-log',
          '/v1/tenants/me/projects',
          '/v1/tenants/{tenant_id}/plans',
          '/oauth/token',
        ]),
      );
      // No provider is configured: none of their routes is an operation.
      const providerRoute = /^\/v1\/auth\/[^/]+\/(authorize|callback|connect)$/;
      expect(Object.keys(paths).filter((path) => providerRoute.test(path))).toEqual([]);
      expect(paths['/v1/auth/signup']?.post?.security).toEqual([]);
      expect(paths['/v1/auth/providers']?.get?.security).toEqual([]);
      expect(paths['/v1/auth/identities']?.get?.security).toEqual([{ bearerAuth: [] }]);
      // A session, or a service's access token with the scope the procedure declares.
      expect(paths['/v1/tenants/{tenant_id}/plans']?.get?.security).toEqual([
        { bearerAuth: [] },
        { serviceToken: ['plans:read'] },
      ]);
      expect(paths['/v1/service-clients']?.get?.security).toEqual([{ bearerAuth: [] }]);
      expect(paths['/v1/analytics/funnel']?.get?.security).toEqual([{ operatorKey: [] }]);
      expect(paths['/oauth/token']?.post?.security).toEqual([{ clientSecretBasic: [] }, {}]);
      expect(body.components).toMatchObject({
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer' },
          operatorKey: { type: 'http', scheme: 'bearer' },
          clientSecretBasic: { type: 'http', scheme: 'basic' },
          serviceToken: {
            type: 'oauth2',
            flows: {
              clientCredentials: {
                tokenUrl: `${base}/oauth/token`,
                scopes: { 'plans:read': expect.any(String), 'projects:read': expect.any(String) },
              },
            },
          },
        },
      });
    });
  });
}
