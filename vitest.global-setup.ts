import { Redis } from 'ioredis';
import pg from 'pg';
import { ensureServerBundle } from './apps/server/src/testing/server-bundle';

const HOW_TO =
  'set TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run them (see docs/development.md)';

const REDIS_HOW_TO = 'set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them';

/**
 * The catalogs each run's throwaway schemas churn (every test file creates and drops one with
 * all its tables). Where autovacuum is off, as on this machine's PostgreSQL, their dead rows pile
 * up run after run and every migration gets slower; a plain VACUUM (no lock that blocks others)
 * keeps them in check.
 */
const CHURNED_CATALOGS =
  'pg_attribute, pg_attrdef, pg_class, pg_constraint, pg_depend, pg_index, pg_trigger, pg_type';

async function vacuumChurnedCatalogs(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.query(`vacuum ${CHURNED_CATALOGS}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

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
    await vacuumChurnedCatalogs(url);
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
