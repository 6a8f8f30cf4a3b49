import pg from 'pg';

const HOW_TO =
  'set TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/test to run them (see README.md)';

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

/** Decides, once per run, whether the PostgreSQL half of the dialect matrix runs, and says so. */
export default async function setup(): Promise<void> {
  const url = process.env.TEST_POSTGRES_URL?.trim();
  if (url) {
    await assertReachable(url);
    return;
  }
  if (process.env.CI === 'true') {
    throw new Error(`CI=true requires the PostgreSQL tests: ${HOW_TO}`);
  }
  console.warn(`PostgreSQL tests skipped: ${HOW_TO}.`);
}
