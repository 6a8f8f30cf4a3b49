import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createTestDatabase,
  describeFor,
  type DialectName,
  DIALECTS,
  missingService,
} from '@dyocense/db/testing';
import { afterEach, expect, it } from 'vitest';
import { spawnServer } from './testing/spawn-server';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';
import { postJson, startServerWithDatabase } from './testing/test-server';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const LIMIT = 4;
const testRedisUrl = process.env.TEST_REDIS_URL?.trim() || undefined;

/** Two server processes on one database (and, if given, one Redis). */
async function twoServers(dialect: DialectName, env: Record<string, string>) {
  const database = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-limits-'));
  cleanups.push(() => database.destroy());
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const servers = [0, 1].map(() =>
    spawnServer({
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
      LOG_LEVEL: 'info',
      RATE_LIMIT_EMAILS_PER_ADDRESS: String(LIMIT),
      ...env,
    }),
  );
  for (const server of servers) cleanups.push(() => server.stop());
  return Promise.all(servers.map((server) => server.listening()));
}

/** Sends `count` sign-in requests for one address, alternating between the servers. */
async function roundRobinSignins(urls: string[], email: string, count: number) {
  const responses = [];
  for (let index = 0; index < count; index++) {
    responses.push(await postJson(`${urls[index % urls.length]}/v1/auth/signin`, { email }));
  }
  return responses;
}

function expectExactlyLimitAllowed(responses: Awaited<ReturnType<typeof roundRobinSignins>>) {
  expect(responses.map((response) => response.status)).toEqual([
    ...Array<number>(LIMIT).fill(200),
    429,
    429,
  ]);
  const refused = responses[LIMIT];
  expect(refused?.body).toMatchObject({
    code: 'TOO_MANY_REQUESTS',
    data: { reason: 'RATE_LIMITED' },
  });
  expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
}

describeFor('postgres')('rate limits across instances (postgres)', () => {
  it('allows exactly the limit across two servers sharing the database, then 429 with Retry-After', async () => {
    const urls = await twoServers('postgres', {});
    expectExactlyLimitAllowed(
      await roundRobinSignins(urls, `shared-${randomUUID()}@example.com`, LIMIT + 2),
    );
  });
});

describeFor('redis')('rate limits across instances (redis)', () => {
  it('allows exactly the limit across two servers sharing Redis, then 429 with Retry-After', async () => {
    // Redis outlives test runs: a prefix of this run's own keeps its counters apart.
    // Several instances are a PostgreSQL deployment; SQLite stands in only where it is missing.
    const database = missingService('postgres') ? 'sqlite' : 'postgres';
    const urls = await twoServers(database, {
      REDIS_URL: testRedisUrl ?? '',
      RATE_LIMIT_KEY_PREFIX: `test_${randomUUID().replaceAll('-', '')}`,
    });
    expectExactlyLimitAllowed(
      await roundRobinSignins(urls, `redis-${randomUUID()}@example.com`, LIMIT + 2),
    );
  });
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`client address for rate limits (${dialect})`, () => {
    it('ignores a forged X-Forwarded-For unless the proxy is trusted', async () => {
      const env = await startServerWithDatabase(dialect, { RATE_LIMIT_LINK_REQUESTS_PER_IP: '3' });
      cleanups.push(() => env.destroy());
      const statuses = [];
      for (let index = 0; index < 4; index++) {
        const response = await postJson(
          `${env.server.url}/v1/auth/signin`,
          { email: `forged-${index}@example.com` },
          { 'x-forwarded-for': `203.0.113.${index}` },
        );
        statuses.push(response.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    });

    it('takes the client address from X-Forwarded-For when the proxy is trusted', async () => {
      const env = await startServerWithDatabase(dialect, {
        RATE_LIMIT_LINK_REQUESTS_PER_IP: '1',
        TRUST_PROXY: '127.0.0.1',
      });
      cleanups.push(() => env.destroy());
      const send = (ip: string, index: number) =>
        postJson(
          `${env.server.url}/v1/auth/signin`,
          { email: `proxied-${index}@example.com` },
          { 'x-forwarded-for': ip },
        );
      expect((await send('198.51.100.1', 0)).status).toBe(200);
      expect((await send('198.51.100.2', 1)).status).toBe(200);
      expect((await send('198.51.100.1', 2)).status).toBe(429);
    });
  });
}
