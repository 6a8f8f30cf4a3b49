import { Redis } from 'ioredis';
import pg from 'pg';
import { ensureServerBundle } from './apps/server/src/testing/server-bundle';

const HOW_TO =
  'set TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run them (see docs/development.md)';

const REDIS_HOW_TO = 'set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them';

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`TEST_POSTGRES_URL is set but PostgreSQL is unreachable (${reason})`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function assertRedisReachable(url: string): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`TEST_REDIS_URL is set but Redis is unreachable (${reason})`);
  } finally {
    client.disconnect();
  }
}

/**
 * Once per run: decides which optional services the tests use, says what is skipped, and
 * brings the server bundle that spawned test servers run up to date.
 */
export default async function setup(): Promise<void> {
  // Built meanwhile; awaited last, and not left unhandled if a check below throws first.
  const bundling = ensureServerBundle();
  bundling.catch(() => undefined);
  const url = process.env.TEST_POSTGRES_URL?.trim();
  if (url) {
    await assertReachable(url);
  } else if (process.env.CI === 'true') {
    throw new Error(`CI=true requires the PostgreSQL tests: ${HOW_TO}`);
  } else {
    console.warn(`PostgreSQL tests skipped: ${HOW_TO}.`);
  }

  const redisUrl = process.env.TEST_REDIS_URL?.trim();
  if (redisUrl) {
    await assertRedisReachable(redisUrl);
  } else if (process.env.CI === 'true') {
    throw new Error(`CI=true requires the Redis tests: ${REDIS_HOW_TO}`);
  } else {
    console.warn(`Redis rate-limit tests skipped: ${REDIS_HOW_TO}.`);
  }
  await bundling;
}
