import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnServer } from './testing/spawn-server';
import {
  freePort,
  hasRedisServer,
  privateRedis,
  resettingListener,
  type PrivateRedis,
} from './testing/test-redis';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';
import { getJson, postJson, startServerWithDatabase, startTestServer } from './testing/test-server';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const LIMIT = 3;
const redisServerFound = hasRedisServer();
if (!redisServerFound) {
  const reason = 'redis-server is not on the PATH (.ci/run installs it)';
  if (process.env.CI === 'true')
    throw new Error(`CI=true requires the Redis outage tests: ${reason}`);
  console.warn(`Redis fault-tolerance tests skipped: ${reason}.`);
}

/** A small limit, each test client its own X-Forwarded-For address, and quick reconnects. */
function limitedEnv(redisUrl: string): Record<string, string> {
  return {
    REDIS_URL: redisUrl,
    RATE_LIMIT_LINK_REQUESTS_PER_IP: String(LIMIT),
    TRUST_PROXY: '127.0.0.1',
    REDIS_RECONNECT_MAX_MS: '50',
  };
}

const fromIp = (ip: string) => ({ 'x-forwarded-for': ip });

function signUp(base: string, ip: string) {
  const body = { email: `${randomUUID()}@example.com`, name: 'Ria', business_name: 'Redis Shop' };
  return postJson(`${base}/v1/auth/signup`, body, fromIp(ip));
}

/** LIMIT + 1 sign-ups from one address, round-robin over the servers. */
async function signUpsOverLimit(bases: string[], ip: string) {
  const responses = [];
  for (let index = 0; index <= LIMIT; index++) {
    responses.push(await signUp(bases[index % bases.length] ?? '', ip));
  }
  return responses;
}

function expectLimitEnforced(responses: Awaited<ReturnType<typeof signUpsOverLimit>>) {
  expect(responses.map((response) => response.status)).toEqual([
    ...Array<number>(LIMIT).fill(200),
    429,
  ]);
  expect(Number(responses.at(-1)?.headers.get('retry-after'))).toBeGreaterThan(0);
}

/** The counter the server keeps in Redis for sign-ups from `ip` (default key prefix). */
const linkRequestsIn = (redis: PrivateRedis, ip: string) => redis.get(`rl_linkRequestsPerIp:${ip}`);

async function readiness(base: string) {
  const { status, body } = await getJson(`${base}/readyz`);
  return { status, body };
}

const redisDown = {
  status: 200,
  body: {
    status: 'degraded',
    dependencies: {
      database: { status: 'up' },
      redis: { status: 'down', message: expect.stringContaining('count in the database') },
    },
  },
};

async function untilRedisUp(base: string) {
  await vi.waitUntil(async () => (await readiness(base)).body.status === 'ready', {
    timeout: 5_000,
  });
  expect(await readiness(base)).toMatchObject({
    status: 200,
    body: { dependencies: { redis: { status: 'up' } } },
  });
}

async function startedRedis(): Promise<PrivateRedis> {
  const redis = privateRedis(await freePort());
  cleanups.push(() => redis.stop());
  await redis.start();
  return redis;
}

for (const dialect of DIALECTS) {
  (redisServerFound ? describeFor(dialect) : describe.skip)(`Redis optional (${dialect})`, () => {
    it('keeps limits enforced and shared when Redis stops after boot, and uses Redis again once back', async () => {
      const redis = await startedRedis();
      const database = await createTestDatabase(dialect);
      cleanups.push(() => database.destroy());
      const bases: string[] = [];
      for (let index = 0; index < 2; index++) {
        const server = await startTestServer(database.url, limitedEnv(redis.url));
        cleanups.push(() => server.stop());
        bases.push(server.url);
      }
      const [first = '', second = ''] = bases;
      expect(await readiness(first)).toMatchObject({
        status: 200,
        body: { status: 'ready', dependencies: { redis: { status: 'up' } } },
      });
      expectLimitEnforced(await signUpsOverLimit(bases, '198.51.100.1'));
      expect(await linkRequestsIn(redis, '198.51.100.1')).toBe(String(LIMIT + 1));

      // Requests in flight while Redis goes away fall over to the database, never 500.
      const inFlight = Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          signUp(bases[index % 2] ?? '', `198.51.100.${10 + index}`),
        ),
      );
      await redis.stop();
      expect((await inFlight).map((response) => response.status)).toEqual(Array(6).fill(200));

      // The database counts now, shared by both instances.
      expectLimitEnforced(await signUpsOverLimit(bases, '198.51.100.2'));
      // Points spent in Redis do not carry over: an outage at most doubles one window's budget.
      expectLimitEnforced(await signUpsOverLimit(bases, '198.51.100.1'));
      expect(await readiness(second)).toMatchObject(redisDown);

      // Sign-in, verify and refresh count too, and answer as usual.
      const signup = await signUp(first, '198.51.100.3');
      const verify = await postJson(
        `${second}/v1/auth/verify`,
        { token: signup.body.token },
        fromIp('198.51.100.3'),
      );
      expect(verify.status).toBe(200);
      const refresh = await postJson(
        `${first}/v1/auth/refresh`,
        { refresh_token: verify.body.refresh_token },
        fromIp('198.51.100.3'),
      );
      expect(refresh.status).toBe(200);
      const signin = await postJson(
        `${second}/v1/auth/signin`,
        { email: (verify.body.user as { email: string }).email },
        fromIp('198.51.100.3'),
      );
      expect(signin.status).toBe(200);

      await redis.start();
      for (const base of bases) await untilRedisUp(base);
      expect((await signUp(first, '198.51.100.4')).status).toBe(200);
      expect(await linkRequestsIn(redis, '198.51.100.4')).toBe('1');
    });

    it('starts without Redis, limits in the database, and takes Redis up once it appears', async () => {
      const redis = privateRedis(await freePort());
      cleanups.push(() => redis.stop());
      const env = await startServerWithDatabase(dialect, limitedEnv(redis.url));
      cleanups.push(() => env.destroy());
      const base = env.server.url;

      expect(await readiness(base)).toMatchObject(redisDown);
      expectLimitEnforced(await signUpsOverLimit([base], '198.51.100.5'));

      await redis.start();
      await untilRedisUp(base);
      expect((await signUp(base, '198.51.100.6')).status).toBe(200);
      expect(await linkRequestsIn(redis, '198.51.100.6')).toBe('1');
    });

    it('stops cleanly when Redis was never reached', async () => {
      const absent = privateRedis(await freePort());
      const env = await startServerWithDatabase(dialect, limitedEnv(absent.url));
      await expect(env.destroy()).resolves.toBeUndefined();
    });
  });
}

describe.runIf(redisServerFound)('Redis outages in the log', () => {
  it('logs each outage once as JSON (lost, back), never ioredis’s raw errors', async () => {
    const port = await freePort();
    const refusing = await resettingListener(port);
    const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-redis-log-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const server = spawnServer({
      DATA_DIR: dataDir,
      ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
      LOG_LEVEL: 'info',
      REDIS_URL: `redis://127.0.0.1:${port}`,
      REDIS_RECONNECT_MAX_MS: '10',
    });
    cleanups.push(() => server.stop());
    await server.listening();
    // Absent at boot, then several failed attempts: still one line.
    await vi.waitUntil(() => refusing.connections() >= 5, { timeout: 5_000 });
    await refusing.close();

    const redis = privateRedis(port);
    cleanups.push(() => redis.stop());
    await redis.start();
    await vi.waitUntil(() => server.output().includes('Redis reachable again'), { timeout: 5_000 });
    await redis.stop();
    const refusingAgain = await resettingListener(port);
    cleanups.push(() => refusingAgain.close());
    await vi.waitUntil(() => refusingAgain.connections() >= 5, { timeout: 5_000 });

    const output = server.output();
    expect(output).not.toContain('Unhandled error event');
    const redisLines = output.split('\n').filter((line) => /redis/i.test(line));
    const messages = redisLines.map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages.filter((message) => message.startsWith('Redis unavailable'))).toHaveLength(2);
    expect(messages.filter((message) => message.startsWith('Redis reachable again'))).toHaveLength(
      1,
    );
  });
});
