import {
  createTestDatabase,
  describeFor,
  startTcpProxy,
  type TcpProxy,
  type TestDatabase,
  testPostgresUrl,
} from '@dyocense/db/testing';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { expectKeepsContract } from './testing/openapi-contract';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';

interface Answer {
  status: number | string;
  retryAfter: string | null;
  body: unknown;
  ms: number;
}

interface LogLine {
  level: number;
  msg: string;
}

const UNAVAILABLE_MESSAGE = /cannot reach its database right now; try again in a few seconds/;

/** The code and message of a REST error, a tRPC error, or each call of a tRPC batch. */
function errorsOf(body: unknown): { code?: string; message?: string }[] {
  const items = Array.isArray(body) ? body : [body];
  return items.map((item: { code?: string; message?: string; error?: { json?: never } }) => {
    const trpc = item.error?.json as { message?: string; data?: { code?: string } } | undefined;
    return trpc ? { code: trpc.data?.code, message: trpc.message } : item;
  });
}

function expectUnavailable(answer: Answer, what: string): void {
  expect(answer.status, what).toBe(503);
  expect(answer.retryAfter, what).toBe('5');
  for (const error of errorsOf(answer.body)) {
    expect(error.code, what).toBe('SERVICE_UNAVAILABLE');
    expect(error.message, what).toMatch(UNAVAILABLE_MESSAGE);
  }
}

let counter = 0;
const signupBody = () => ({
  email: `outage${(counter += 1)}@example.com`,
  name: 'Olu',
  business_name: 'Outage Shop',
});

// Fault injection needs a PostgreSQL server behind a proxy of the test's own.
describeFor('postgres')('database outages (postgres)', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: SpawnedServer;
  let base = '';
  let bearer: Record<string, string> = {};
  // Names the server's connections, so only they are terminated on the shared PostgreSQL.
  const applicationName = `outage_${randomBytes(4).toString('hex')}`;

  async function call(
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const started = Date.now();
    const method = init.body === undefined ? 'GET' : 'POST';
    const url = `${base}${path}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json', ...init.headers },
        ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      return { status: cause?.code ?? String(error), retryAfter: null, body: null, ms: 0 };
    }
    const text = await response.text();
    const body: unknown = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text;
    const ms = Date.now() - started;
    // Outage answers (503, Retry-After) keep the published contract too.
    await expectKeepsContract({
      method,
      url,
      status: response.status,
      body,
      headers: response.headers,
    });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body, ms };
  }
  const signup = () => call('/v1/auth/signup', { body: signupBody() });

  /** The server's complete JSON log lines from `offset` (a length of its output) on. */
  function logSince(offset: number): LogLine[] {
    const lines = server.output().slice(offset).split('\n');
    return lines
      .slice(0, -1)
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  }
  const count = (lines: LogLine[], msg: RegExp) =>
    lines.filter((line) => msg.test(line.msg)).length;
  /** Each job has said it resumed as often as it paused: no outage of theirs is still open. */
  const jobsSettled = async () => {
    const lines = logSince(0);
    const settled = ['email outbox', 'token purge'].every(
      (job) =>
        count(lines, new RegExp(`^${job} paused`)) === count(lines, new RegExp(`^${job} resumed`)),
    );
    return settled ? true : undefined;
  };

  beforeAll(async () => {
    const target = new URL(testPostgresUrl() ?? '');
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    database = await createTestDatabase('postgres');
    const url = new URL(proxy.urlFor(database.url));
    url.searchParams.set('application_name', applicationName);
    server = spawnServer({
      NODE_ENV: 'test',
      DATABASE_URL: url.toString(),
      ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
      LOG_LEVEL: 'info',
      LOG_REQUESTS: 'false',
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_STATEMENT_TIMEOUT_MS: '800',
      EMAIL_POLL_INTERVAL_MS: '50',
      TOKEN_PURGE_INTERVAL: '1',
      RATE_LIMIT_LINK_REQUESTS_PER_IP: '1000000',
      RATE_LIMIT_VERIFY_PER_IP: '1000000',
    });
    base = await server.listening();
    const started = await signup();
    const token = (started.body as { token: string }).token;
    const verified = await call('/v1/auth/verify', { body: { token } });
    bearer = { authorization: `Bearer ${(verified.body as { jwt: string }).jwt}` };
  });

  afterEach(async () => {
    await proxy.setMode('pass');
  });

  afterAll(async () => {
    await server?.stop();
    await proxy?.close();
    await database?.destroy();
  });

  it('survives its connections being terminated under load, answering only 2xx or 503', async () => {
    const admin = new pg.Client({ connectionString: testPostgresUrl() });
    await admin.connect();
    const statuses: (number | string)[] = [];
    let loading = true;
    const worker = async () => {
      while (loading) statuses.push((await signup()).status);
    };
    const workers = Array.from({ length: 6 }, worker);
    const terminate = async () => {
      const { rows } = await admin.query<{ n: number }>(
        'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = $1',
        [applicationName],
      );
      return rows[0]?.n ?? 0;
    };
    const served = () => statuses.filter((status) => status === 200).length;
    let terminated = 0;
    let recoveredMs = 0;
    try {
      for (let round = 0; round < 3; round++) {
        const before = served();
        await vi.waitUntil(async () => served() >= before + 10, { timeout: 5_000 });
        terminated += await terminate();
        const at = Date.now();
        const servedAt = served();
        await vi.waitUntil(async () => served() > servedAt, { timeout: 5_000 });
        recoveredMs = Math.max(recoveredMs, Date.now() - at);
      }
    } finally {
      loading = false;
      await Promise.all(workers);
      await admin.end();
    }

    expect(terminated).toBeGreaterThanOrEqual(3);
    expect(server.child.exitCode).toBeNull();
    expect(new Set(statuses.filter((status) => status !== 200 && status !== 503))).toEqual(
      new Set(),
    );
    expect(recoveredMs).toBeLessThan(3_000);
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After on every surface while the database refuses connections, and its jobs log the outage once', async () => {
    expect((await signup()).status).toBe(200);
    // A job that met a terminated connection earlier reports its recovery first.
    await vi.waitUntil(jobsSettled, { timeout: 6_000 });
    const offset = server.output().length;
    await proxy.setMode('refuse');
    const refusedAt = Date.now();

    const answers: Record<string, Answer> = {
      'tRPC (fast path)': await call('/trpc/auth.signup', { body: { json: signupBody() } }),
      'tRPC (stock adapter, signed in)': await call('/trpc/auth.me', { headers: bearer }),
      'tRPC batch': await call('/trpc/auth.signup,auth.signin?batch=1', {
        body: { 0: { json: signupBody() }, 1: { json: { email: 'batch@example.com' } } },
      }),
      'REST (fast path)': await signup(),
      'REST (stock handler, signed in)': await call('/v1/auth/me', { headers: bearer }),
      'plain Fastify route': await call('/v1/auth/providers/signup', {
        body: { business_name: 'Outage Shop' },
        headers: { cookie: 'dyocense_oauth=flow-key-of-a-browser' },
      }),
    };
    for (const [surface, answer] of Object.entries(answers)) expectUnavailable(answer, surface);
    const readyz = await call('/readyz');
    expect(readyz.status).toBe(503);
    expect(readyz.body).toMatchObject({
      status: 'unavailable',
      dependencies: { database: { status: 'down' } },
    });

    // Both jobs have met the outage, and had time for many more runs than one line each.
    await vi.waitUntil(
      async () => {
        const lines = logSince(offset);
        const both =
          count(lines, /^email outbox paused/) > 0 && count(lines, /^token purge paused/) > 0;
        return both && Date.now() - refusedAt > 1_000 ? true : undefined;
      },
      { timeout: 5_000 },
    );
    await proxy.setMode('pass');
    await vi.waitUntil(async () => (await signup()).status === 200, { timeout: 5_000 });
    await vi.waitUntil(
      async () => {
        const lines = logSince(offset);
        const both =
          count(lines, /^email outbox resumed/) > 0 && count(lines, /^token purge resumed/) > 0;
        return both ? true : undefined;
      },
      { timeout: 6_000 },
    );

    const lines = logSince(offset);
    expect(count(lines, /^email outbox paused/)).toBe(1);
    expect(count(lines, /^email outbox resumed/)).toBe(1);
    expect(count(lines, /^token purge paused/)).toBe(1);
    expect(count(lines, /^token purge resumed/)).toBe(1);
    // Warnings, not an error with a stack per request or per run.
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(count(lines, /^database unavailable: answering 503/)).toBeLessThanOrEqual(2);
  });

  it('answers 503 within the timeout while the database is a black hole, and recovers without a restart', async () => {
    // Connections left idle by a burst: calls in the black hole then wait on open connections
    // (the client-side query timeout) as well as on new ones (the connect timeout).
    const burst = await Promise.all(Array.from({ length: 8 }, signup));
    expect(burst.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    await proxy.setMode('black-hole');
    const answers = await Promise.all([
      ...Array.from({ length: 3 }, () =>
        call('/trpc/auth.signup', { body: { json: signupBody() } }),
      ),
      signup(),
      signup(),
      call('/v1/auth/me', { headers: bearer }),
    ]);
    const readiness = await Promise.all(Array.from({ length: 3 }, () => call('/readyz')));
    // One timeout each (connect 500 ms, query 1000 ms), never a second one for the rollback.
    for (const answer of answers) {
      expectUnavailable(answer, 'a call during the black hole');
      expect(answer.ms).toBeLessThan(1_700);
    }
    for (const answer of readiness) {
      expect(answer.status).toBe(503);
      expect(answer.ms).toBeLessThan(2_500);
    }

    await proxy.setMode('pass');
    const restoredAt = Date.now();
    // Serving at once: no call waits on, or is refused by, a connection that hung in the outage.
    const first = await signup();
    expect(first.status).toBe(200);
    expect(first.ms).toBeLessThan(700);
    // More probes at once than the pool holds: each of its connections answers again.
    await vi.waitUntil(
      async () => {
        const probes = await Promise.all(Array.from({ length: 12 }, () => call('/readyz')));
        return probes.every((probe) => probe.status === 200) ? true : undefined;
      },
      { timeout: 5_000 },
    );
    expect(Date.now() - restoredAt).toBeLessThan(5_000);
    expect(server.child.exitCode).toBeNull();
  });
});
