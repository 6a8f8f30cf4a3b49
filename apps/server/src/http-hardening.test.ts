import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './http-hardening';
import { startServerWithDatabase, smtpEnv } from './testing/test-server';

const ALLOWED_ORIGIN = 'https://app.example.com';

/** Requests of every kind the server answers: tRPC, REST (handed to trpc-to-openapi), errors. */
const RESPONSES: [string, string, RequestInit?][] = [
  ['a tRPC query', '/trpc/auth.me'],
  [
    'a REST call',
    '/v1/auth/signin',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"h@example.com"}',
    },
  ],
  [
    'a REST validation error',
    '/v1/auth/signin',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
  ],
  ['an unknown route', '/nowhere'],
  ['the OpenAPI document', '/openapi.json'],
];

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = { next: value };
  return value;
}

describe('HTTP hardening', () => {
  let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
  let production: Awaited<ReturnType<typeof startServerWithDatabase>>;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await startServerWithDatabase('sqlite', { CORS_ORIGINS: ALLOWED_ORIGIN });
    production = await startServerWithDatabase('sqlite', {
      NODE_ENV: 'production',
      ...smtpEnv(smtp),
    });
  });
  afterAll(async () => {
    await env.destroy();
    await production.destroy();
    await smtp.stop();
  });

  it.each(RESPONSES)('sends the security headers on %s', async (_, path, init) => {
    const response = await fetch(`${env.server.url}${path}`, init);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('x-request-id')).toEqual(expect.any(String));
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it.each(RESPONSES)('adds HSTS in production, on %s', async (_, path, init) => {
    const response = await fetch(`${production.server.url}${path}`, init);
    expect(response.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });

  it('allows a listed origin to call the API with credentials', async () => {
    const preflight = await fetch(`${env.server.url}/v1/auth/signin`, {
      method: 'OPTIONS',
      headers: {
        origin: ALLOWED_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');

    const call = await fetch(`${env.server.url}/trpc/auth.me`, {
      headers: { origin: ALLOWED_ORIGIN },
    });
    expect(call.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
  });

  it.each(['https://evil.example.com', 'null', 'https://app.example.com.evil.example'])(
    'gives no CORS access to the origin %s',
    async (origin) => {
      const preflight = await fetch(`${env.server.url}/v1/auth/signin`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
      const call = await fetch(`${env.server.url}/v1/auth/me`, { headers: { origin } });
      expect(call.headers.get('access-control-allow-origin')).toBeNull();
    },
  );

  it('refuses a JSON body nested too deeply, through tRPC and REST', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${env.server.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const rest = await post('/v1/auth/signin', { email: nested(40) });
    expect(rest.status).toBe(400);
    expect(await rest.json()).toEqual({
      code: 'BAD_REQUEST',
      message: 'The JSON body nests more than 32 levels deep',
    });
    // tRPC reads its own body; its flat input schemas refuse any nested value.
    const trpc = await post('/trpc/auth.signin', { json: { email: nested(40) } });
    expect(trpc.status).toBe(400);
  });

  it('measures nesting depth exactly', () => {
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
    expect(nestsDeeperThan(nested(33), 32)).toBe(true);
    expect(nestsDeeperThan([[[1]]], 3)).toBe(false);
    expect(nestsDeeperThan([[[[1]]]], 3)).toBe(true);
    expect(nestsDeeperThan('text', 0)).toBe(false);
  });
});
