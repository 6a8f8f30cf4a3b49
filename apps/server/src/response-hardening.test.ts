import { connect } from 'node:net';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertVerificationToken,
  postJson,
  startServerWithDatabase,
  startTestServer,
  smtpEnv,
} from './testing/test-server';

// Nothing here depends on the database: one SQLite server in production mode serves every test.
const signup = { email: 'leaks@example.com', name: 'Lea', business_name: 'Leak Shop' };
const INTERNAL_TEXT = /JSON\.parse|position \d|Unexpected token|call stack|superjson|Cannot read/i;

/** One raw HTTP/1.1 exchange: what Node's parser answers before Fastify sees the request. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server closes once it has answered; a reset after the answer is fine.
      if (answer) resolve(answer);
      else reject(error);
    });
  });
}

function parseRawResponse(text: string) {
  const [head = '', body = ''] = text.split('\r\n\r\n', 2);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

function expectSecurityHeaders(headers: { get(name: string): string | null | undefined }) {
  expect(headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
}

describe('response hardening (sqlite, production)', () => {
  let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
  let smtp: TestSmtpServer;
  let base: string;
  let port: number;
  let tokenCount = 0;

  /** A fresh sign-up link, stored as sign-up stores one (production never returns it). */
  async function freshToken(): Promise<string> {
    const token = `no-store-token-${++tokenCount}-`.padEnd(43, 'x');
    await insertVerificationToken(env.database.db, token, new Date(Date.now() + 3_600_000));
    return token;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    env = await startServerWithDatabase('sqlite', {
      NODE_ENV: 'production',
      RATE_LIMITS_ENABLED: 'false',
      ...smtpEnv(smtp),
    });
    base = env.server.url;
    port = Number(new URL(base).port);
  });
  afterAll(async () => {
    await env.destroy();
    await smtp.stop();
  });

  describe('400s say nothing of the parsers', () => {
    it.each([
      ['a superjson value of an unknown type', { email: ['bogus'] }],
      ['a superjson custom type nobody registered', { email: [['custom', 'nope']] }],
    ])('over tRPC: %s', async (_, values) => {
      const response = await postJson(`${base}/trpc/auth.signup`, {
        json: signup,
        meta: { values },
      });
      expect(response.status).toBe(400);
      const { message } = (response.body as { error: { json: { message: string } } }).error.json;
      expect(message).toBe('The request could not be read; send its input as the API describes');
    });

    it.each([
      ['invalid JSON', '{"email":'],
      ['deep JSON', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
      ['a poisoned prototype', '{"__proto__":{"x":1}}'],
    ])('over REST: %s', async (_, body) => {
      const response = await fetch(`${base}/v1/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(await response.text()).not.toMatch(INTERNAL_TEXT);
    });
  });

  describe('requests refused before any route', () => {
    it('answers a too-long path parameter with a short 414 and the security headers', async () => {
      const long = 'a'.repeat(6000);
      const response = await fetch(`${base}/trpc/${long}`);
      const text = await response.text();
      expect(response.status).toBe(414);
      expect(JSON.parse(text)).toEqual({ code: 'URI_TOO_LONG', message: 'The URL is too long' });
      expect(text).not.toContain('aaaaaaaaaa');
      expectSecurityHeaders(response.headers);
    });

    it('answers a malformed URL with a 400 that does not echo it', async () => {
      const response = await fetch(`${base}/v1/auth/%E0%A4%A/authorize`);
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toContain('%E0');
      expectSecurityHeaders(response.headers);
    });

    it('answers oversized headers with a short 431 and the security headers', async () => {
      const raw = await rawExchange(
        port,
        `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
      );
      const response = parseRawResponse(raw);
      expect(response.status).toBe(431);
      expect(JSON.parse(response.body)).toMatchObject({ code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' });
      expectSecurityHeaders(response.headers);
    });
  });

  describe('responses carrying tokens are never cached', () => {
    it('verify (REST, token in the body)', async () => {
      const response = await postJson(`${base}/v1/auth/verify`, { token: await freshToken() });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
    });

    it('verify and refresh (tRPC, refresh token in a cookie)', async () => {
      const verified = await postJson(`${base}/trpc/auth.verify`, {
        json: { token: await freshToken(), refresh_token_delivery: 'cookie' },
      });
      expect(verified.status).toBe(200);
      expect(verified.headers.get('cache-control')).toBe('no-store');
      const cookie = verified.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      expect(cookie).toMatch(/^dyocense_refresh=.+/);
      const refreshed = await postJson(`${base}/trpc/auth.refresh`, { json: {} }, { cookie });
      expect(refreshed.status).toBe(200);
      expect(refreshed.headers.get('cache-control')).toBe('no-store');
    });

    it('refresh (REST, refresh token in the body)', async () => {
      const verified = await postJson(`${base}/v1/auth/verify`, { token: await freshToken() });
      const refreshed = await postJson(`${base}/v1/auth/refresh`, {
        refresh_token: verified.body.refresh_token,
      });
      expect(refreshed.status).toBe(200);
      expect(refreshed.headers.get('cache-control')).toBe('no-store');
    });

    it('link requests, whose answer carries the one-time token in development', async () => {
      const rest = await postJson(`${base}/v1/auth/signin`, { email: signup.email });
      expect(rest.status).toBe(200);
      expect(rest.headers.get('cache-control')).toBe('no-store');
      const trpc = await postJson(`${base}/trpc/auth.signup`, { json: signup });
      expect(trpc.status).toBe(200);
      expect(trpc.headers.get('cache-control')).toBe('no-store');
    });
  });

  describe('email addresses beyond RFC 5321', () => {
    const local64 = `${'l'.repeat(64)}@example.com`;
    const local65 = `${'l'.repeat(65)}@example.com`;

    it('refuses a 65-character local part over REST and tRPC, naming the field', async () => {
      const rest = await postJson(`${base}/v1/auth/signup`, { ...signup, email: local65 });
      expect(rest.status).toBe(400);
      expect(rest.body.data).toMatchObject({ fields: { email: expect.stringMatching(/64/) } });
      const trpc = await postJson(`${base}/trpc/auth.signin`, { json: { email: local65 } });
      expect(trpc.status).toBe(400);
      expect(JSON.stringify(trpc.body)).toMatch(/email: Use at most 64 characters before the @/);
    });

    it('accepts a 64-character local part', async () => {
      const rest = await postJson(`${base}/v1/auth/signin`, { email: local64 });
      expect(rest.status).toBe(200);
    });
  });

  describe('x-request-id', () => {
    const idOf = async (id: string) =>
      (await fetch(`${base}/healthz`, { headers: { 'x-request-id': id } })).headers.get(
        'x-request-id',
      );

    it('keeps a short, plain id the client sent', async () => {
      expect(await idOf('trace-1.a:b_C')).toBe('trace-1.a:b_C');
      expect(await idOf('x'.repeat(128))).toBe('x'.repeat(128));
    });

    it.each([
      ['6,000 characters', 'x'.repeat(6000)],
      ['129 characters', 'x'.repeat(129)],
      ['a space', 'a b'],
      ['a quote and angle brackets', '"><script>'],
    ])('replaces an id of %s with a fresh one', async (_, id) => {
      expect(await idOf(id)).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    });
  });

  describe('CORS_ORIGINS that could never match', () => {
    it.each([
      'https://*.example.com',
      'https://user:pw@app.example.com',
      'https://App.example.com',
      'https://app.example.com:443',
      'ftp://app.example.com',
    ])('refuses %s at boot with a clear message', async (origin) => {
      await expect(startTestServer(env.database.url, { CORS_ORIGINS: origin })).rejects.toThrow(
        /CORS_ORIGINS: ".+" is not allowed: it can never match/,
      );
    });
  });
});
