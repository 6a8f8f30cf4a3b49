import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { migrateToLatest } from '@dyocense/db';
import { createProbeMigrator, createTestDatabase, type TestDatabase } from '@dyocense/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';
import { postJson } from './testing/test-server';

const SIGNUPS_PER_SERVER = 80;
const CONCURRENCY_PER_SERVER = 10;
const LINK_REQUESTS_PER_IP = 30;

interface Outcome {
  status: number;
  body: Record<string, unknown>;
}

/** Runs `work` for every item, at most `concurrency` at a time; the results in item order. */
async function inParallel<T, R>(
  items: T[],
  concurrency: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

interface Client {
  email: string;
  /** The client address the servers see (X-Forwarded-For from a trusted loopback proxy). */
  ip: string;
}

/** Signs up each client at `signupUrl`, then verifies its link at `verifyUrl`; every answer. */
async function signUpAndVerify(
  signupUrl: string,
  verifyUrl: string,
  clients: Client[],
): Promise<{ signups: Outcome[]; verifies: Outcome[] }> {
  const pairs = await inParallel(clients, CONCURRENCY_PER_SERVER, async ({ email, ip }) => {
    const headers = { 'x-forwarded-for': ip };
    const signup = await postJson(
      `${signupUrl}/v1/auth/signup`,
      { email, name: 'Lock Tester', business_name: `Shop ${email}` },
      headers,
    );
    if (signup.status !== 200) return { signup, verify: undefined };
    const verify = await postJson(
      `${verifyUrl}/v1/auth/verify`,
      { token: signup.body.token },
      headers,
    );
    return { signup, verify };
  });
  const outcome = ({ status, body }: Outcome): Outcome => ({ status, body });
  return {
    signups: pairs.map(({ signup }) => outcome(signup)),
    verifies: pairs.flatMap(({ verify }) => (verify ? [outcome(verify)] : [])),
  };
}

/** Clients with addresses of their own, so that only contention, never a limit, is tested. */
const clientsFor = (prefix: string, count: number, ip?: string): Client[] =>
  Array.from({ length: count }, (_, index) => ({
    email: `${prefix}-${index}@example.com`,
    ip: ip ?? `10.${prefix.charCodeAt(0)}.${index >> 8}.${index & 255}`,
  }));

const statuses = (outcomes: Outcome[]) => outcomes.map(({ status }) => status);

/** Answers of 500 and above, with what they said, for a failure a person can read. */
const serverErrors = (outcomes: Outcome[]) =>
  outcomes
    .filter(({ status }) => status >= 500)
    .map(({ status, body }) => `${status} ${JSON.stringify(body).slice(0, 120)}`);

async function countRows(
  database: TestDatabase,
  table: 'users' | 'sessions' | 'verification_tokens' | 'email_outbox',
): Promise<number> {
  const row = await database.db
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

async function unusedTokens(database: TestDatabase): Promise<number> {
  const rows = await database.db
    .selectFrom('verification_tokens')
    .select('token_hash')
    .where('used_at', 'is', null)
    .execute();
  return rows.length;
}

describe('one SQLite file shared by two server processes', () => {
  let database: TestDatabase;
  let dataDir: string;
  let servers: SpawnedServer[] = [];
  let urls: string[] = [];

  beforeAll(async () => {
    // Not migrated: both servers migrate it as they start, at the same moment.
    database = await createTestDatabase('sqlite', { migrate: false });
    dataDir = mkdtempSync(join(tmpdir(), 'dyocense-sqlite-procs-'));
    servers = [0, 1].map(() =>
      spawnServer({
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
        LOG_LEVEL: 'info',
        LOG_REQUESTS: 'false',
        TRUST_PROXY: '127.0.0.1',
        RATE_LIMIT_LINK_REQUESTS_PER_IP: String(LINK_REQUESTS_PER_IP),
      }),
    );
    urls = await Promise.all(servers.map((server) => server.listening()));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts both servers at once on a new file, migrating it once', async () => {
    // Both listening: a second run of a migration would have failed its server's start.
    expect(new Set(urls).size).toBe(2);
    const migrations = await createProbeMigrator(database.db).getMigrations();
    expect(migrations.filter(({ executedAt }) => !executedAt).map(({ name }) => name)).toEqual([
      '9999-12-31-99-migration-probe',
    ]);
  });

  it('answers concurrent sign-ups and verifications on both without a 5xx, storing each once', async () => {
    const [first = '', second = ''] = urls;
    const usersBefore = await countRows(database, 'users');
    const sessionsBefore = await countRows(database, 'sessions');
    const tokensBefore = await countRows(database, 'verification_tokens');
    const emailsBefore = await countRows(database, 'email_outbox');

    const runs = await Promise.all([
      signUpAndVerify(first, second, clientsFor('a', SIGNUPS_PER_SERVER)),
      signUpAndVerify(second, first, clientsFor('b', SIGNUPS_PER_SERVER)),
    ]);
    const outcomes = runs.flatMap(({ signups, verifies }) => [...signups, ...verifies]);

    expect(serverErrors(outcomes)).toEqual([]);
    const total = 2 * SIGNUPS_PER_SERVER;
    expect(statuses(outcomes)).toEqual(Array<number>(2 * total).fill(200));
    expect(await countRows(database, 'users')).toBe(usersBefore + total);
    expect(await countRows(database, 'sessions')).toBe(sessionsBefore + total);
    expect(await countRows(database, 'verification_tokens')).toBe(tokensBefore + total);
    expect(await countRows(database, 'email_outbox')).toBe(emailsBefore + total);
    expect(await unusedTokens(database)).toBe(0);
  });

  it('keeps answering without a 5xx while another process migrates the file', async () => {
    const [url = ''] = urls;
    const usersBefore = await countRows(database, 'users');
    const migrator = createProbeMigrator(database.db);

    let loading = true;
    const load = signUpAndVerify(url, url, clientsFor('m', 2 * SIGNUPS_PER_SERVER)).finally(
      () => (loading = false),
    );
    const failedRuns: unknown[] = [];
    let rounds = 0;
    while (loading || rounds < 3) {
      // What `npm run db:migrate` does with nothing pending, then with a release's new migration.
      await migrateToLatest(database.db);
      const up = await migrator.migrateToLatest();
      const down = await migrator.migrateDown();
      failedRuns.push(...[up.error, down.error].filter(Boolean));
      rounds += 1;
      await nextTurn(); // lets the load's answers in: migrating never yields by itself
    }
    const { signups, verifies } = await load;

    expect(failedRuns).toEqual([]);
    expect(serverErrors([...signups, ...verifies])).toEqual([]);
    expect(statuses([...signups, ...verifies])).toEqual(
      Array<number>(4 * SIGNUPS_PER_SERVER).fill(200),
    );
    expect(await countRows(database, 'users')).toBe(usersBefore + 2 * SIGNUPS_PER_SERVER);
  });

  it('counts one client against its limit exactly across both processes, without a 5xx', async () => {
    const [first = '', second = ''] = urls;
    const usersBefore = await countRows(database, 'users');
    // One client, twice its limit, half through each server at once.
    const ip = '203.0.113.7';

    const runs = await Promise.all([
      signUpAndVerify(first, second, clientsFor('ra', LINK_REQUESTS_PER_IP, ip)),
      signUpAndVerify(second, first, clientsFor('rb', LINK_REQUESTS_PER_IP, ip)),
    ]);
    const signups = runs.flatMap((run) => run.signups);
    const verifies = runs.flatMap((run) => run.verifies);

    expect(serverErrors([...signups, ...verifies])).toEqual([]);
    expect(statuses(signups).filter((status) => status === 200)).toHaveLength(LINK_REQUESTS_PER_IP);
    expect(statuses(signups).filter((status) => status === 429)).toHaveLength(LINK_REQUESTS_PER_IP);
    expect(statuses(verifies)).toEqual(Array<number>(LINK_REQUESTS_PER_IP).fill(200));
    expect(await countRows(database, 'users')).toBe(usersBefore + LINK_REQUESTS_PER_IP);
  });
});
