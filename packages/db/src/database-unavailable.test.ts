import SQLite from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from './database';
import type { NativeDatabase } from './dialect';
import { isDatabaseUnavailable, isUniqueViolation } from './errors';
import { insertTenant } from './queries/tenants';
import {
  createTestDatabase,
  describeFor,
  DIALECTS,
  startTcpProxy,
  type TcpProxy,
  type TestDatabase,
  testPostgresUrl,
} from './testing/index';

/** The error a promise rejects with (fails the test if it resolves). */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a failure'),
    (error: unknown) => error,
  );
}

const tenant = (id: string) => ({
  id,
  name: 'Shop',
  owner_email: `${id}@example.com`,
  metadata: '{}',
  created_at: new Date(),
  updated_at: new Date(),
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`isDatabaseUnavailable (${dialect})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await test.destroy();
    });

    it('is false for errors of the request itself', async () => {
      await insertTenant(test.db, tenant('t-dup'));
      const duplicate = await failureOf(insertTenant(test.db, tenant('t-dup')));
      expect(isUniqueViolation(duplicate)).toBe(true);
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
      expect(isDatabaseUnavailable(await failureOf(sql`selec 1`.execute(test.db)))).toBe(false);
      expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    });
  });
}

describe('isDatabaseUnavailable (sqlite, locked by another connection)', () => {
  it('is true for SQLITE_BUSY', async () => {
    const test = await createTestDatabase('sqlite', { migrate: false });
    const holder = new SQLite(test.url);
    const waiter = new SQLite(test.url, { timeout: 0 });
    try {
      holder.exec('create table t (x integer); begin immediate; insert into t values (1)');
      const busy = (() => {
        try {
          waiter.exec('insert into t values (2)');
        } catch (error) {
          return error;
        }
      })();
      expect((busy as { code?: string }).code).toBe('SQLITE_BUSY');
      expect(isDatabaseUnavailable(busy)).toBe(true);
    } finally {
      holder.close();
      waiter.close();
      await test.destroy();
    }
  });
});

describeFor('postgres')('PostgreSQL outages', () => {
  let proxy: TcpProxy;
  let test: TestDatabase;
  let db: DB;
  let native: NativeDatabase;
  const failures: string[] = [];
  const statementTimeoutMs = 200;
  // Names this pool's connections, so only they are terminated on the shared server.
  const applicationName = `db_outage_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const target = new URL(testPostgresUrl() ?? '');
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    test = await createTestDatabase('postgres');
    const url = new URL(proxy.urlFor(test.url));
    url.searchParams.set('application_name', applicationName);
    ({ db, native } = openDatabase(url.toString(), {
      poolSize: 1,
      connectTimeoutMs: 300,
      statementTimeoutMs,
      onError: (message) => failures.push(message),
    }));
  });
  afterAll(async () => {
    await db.destroy();
    await proxy.close();
    await test.destroy();
  });

  const select1On = (database: DB) => sql`select 1`.execute(database);
  const select1 = () => select1On(db);

  it('classifies the errors of a refused, terminated or slow database', async () => {
    await proxy.setMode('refuse');
    const refused = await failureOf(select1());
    expect(refused).toMatchObject({ code: 'ECONNREFUSED' });
    await proxy.setMode('pass');

    const terminated = await failureOf(
      sql`select pg_terminate_backend(pg_backend_pid())`.execute(db),
    );
    expect(terminated).toMatchObject({ code: '57P01' });
    const slow = await failureOf(sql`select pg_sleep(1)`.execute(db));
    expect(slow).toMatchObject({ code: '57014' });
    if (native.kind !== 'postgres') throw new Error('expected a PostgreSQL pool');
    const held = await native.pool.connect();
    const busy = await failureOf(select1()).finally(() => held.release());
    expect(busy).toMatchObject({ message: 'timeout exceeded when trying to connect' });
    for (const error of [refused, terminated, slow, busy]) {
      expect(isDatabaseUnavailable(error)).toBe(true);
    }
  });

  it('classifies a database that does not exist (dropped) as unavailable', async () => {
    const url = new URL(testPostgresUrl() ?? '');
    url.pathname = `/missing_${randomBytes(4).toString('hex')}`;
    const missing = openDatabase(url.toString(), { connectTimeoutMs: 1_000 }).db;
    try {
      const gone = await failureOf(select1On(missing));
      expect(gone).toMatchObject({ code: '3D000' });
      expect(isDatabaseUnavailable(gone)).toBe(true);
    } finally {
      await missing.destroy();
    }
  });

  it('survives a connection killed while idle, and reconnects', async () => {
    await select1();
    failures.length = 0;
    const admin = openDatabase(testPostgresUrl()).db;
    try {
      await sql`select pg_terminate_backend(pid) from pg_stat_activity
        where application_name = ${applicationName}`.execute(admin);
    } finally {
      await admin.destroy();
    }
    await expect.poll(() => failures.length).toBeGreaterThan(0);
    expect(failures[0]).toBe('an idle database connection failed');
    await expect(select1()).resolves.toMatchObject({ rows: [{ '?column?': 1 }] });
  });

  it('gives up on a black-holed connection once, and recovers when the database answers', async () => {
    let started = 0;
    const hung = await failureOf(
      db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await proxy.setMode('black-hole');
        started = Date.now();
        return sql`select 1`.execute(trx);
      }),
    );
    const elapsed = Date.now() - started;
    expect((hung as Error).message).toMatch(/Query read timeout|not queryable/);
    expect(isDatabaseUnavailable(hung)).toBe(true);
    // One client-side timeout (250 ms), not a second one for the rollback behind it.
    expect(elapsed).toBeLessThan(450);

    const connecting = await failureOf(select1());
    expect(isDatabaseUnavailable(connecting)).toBe(true);

    await proxy.setMode('pass');
    await expect(select1()).resolves.toMatchObject({ rows: [{ '?column?': 1 }] });
  });
});
