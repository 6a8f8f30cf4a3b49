import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, expect, it } from 'vitest';
import type { DB } from '../database';
import { createMigrator, migrateToLatest } from '../migrate';
import { insertAuthEvent } from '../queries/auth-events';
import type { AuthEventType } from '../schema';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '../testing/index';

const T = Date.parse('2026-11-01T00:00:00.000Z');
const at = (minutes: number) => new Date(T + minutes * 60_000);

type Fields = { detail?: string; intent?: string; useCase?: string };

function recordEvent(
  db: DB,
  email: string | null,
  type: AuthEventType,
  minutes: number,
  fields: Fields = {},
) {
  return insertAuthEvent(db, {
    id: randomUUID(),
    type,
    occurred_at: at(minutes),
    tenant_id: null,
    email_hash: email && `hash-${email}`,
    intent: fields.intent ?? null,
    use_case: fields.useCase ?? null,
    detail: fields.detail ?? null,
    ip_prefix: null,
    user_agent_family: null,
  });
}

async function journeys(db: DB) {
  return db.selectFrom('signup_journeys').selectAll().orderBy('email_hash').execute();
}

/** A journey as read back, with the defaults of one that only started. */
function journey(email: string, startedMinutes: number, fields: Record<string, unknown> = {}) {
  return {
    email_hash: `hash-${email}`,
    started_at: at(startedMinutes),
    intent: null,
    use_case: null,
    delivered_at: null,
    verified_at: null,
    last_link_at: at(startedMinutes),
    resends: 0,
    failed_deliveries: 0,
    scanner_hits: 0,
    ...fields,
  };
}

/** Every kind of event the journeys follow, and some they must not. */
async function recordHistory(db: DB): Promise<void> {
  await recordEvent(db, 'a', 'signup_requested', 0, { intent: 'sell', useCase: 'shop' });
  await recordEvent(db, 'a', 'email_queued', 0, { detail: 'verify_signup' });
  await recordEvent(db, 'a', 'email_failed', 1, { detail: 'verify_signup' });
  await recordEvent(db, 'a', 'signup_requested', 5, { detail: 'resend', intent: 'sell' });
  await recordEvent(db, 'a', 'email_sent', 6, { detail: 'verify_signup' });
  await recordEvent(db, 'a', 'scanner_blocked', 7, { detail: 'signup' });
  await recordEvent(db, 'a', 'verify_succeeded', 9, { detail: 'signup' });
  await recordEvent(db, 'a', 'email_sent', 60, { detail: 'signin' });
  await recordEvent(db, 'a', 'verify_succeeded', 61, { detail: 'signin' });
  await recordEvent(db, 'a', 'signup_requested', 90, { detail: 'existing_account' });
  await recordEvent(db, 'b', 'email_sent', 1, { detail: 'verify_signup' });
  await recordEvent(db, 'b', 'signup_requested', 2, { intent: 'plan' });
  await recordEvent(db, 'c', 'signup_requested', 3, { detail: 'existing_account' });
  await recordEvent(db, 'c', 'verify_succeeded', 4, { detail: 'signup' });
  await recordEvent(db, null, 'signup_requested', 5);
}

const HISTORY_JOURNEYS = [
  journey('a', 0, {
    intent: 'sell',
    use_case: 'shop',
    delivered_at: at(6),
    verified_at: at(9),
    last_link_at: at(5),
    resends: 1,
    failed_deliveries: 1,
    scanner_hits: 1,
  }),
  journey('b', 2, { intent: 'plan' }),
];

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sign-up journeys kept from auth events (${dialect})`, () => {
    let test: TestDatabase;
    afterEach(() => test.destroy());

    it('opens one at the first sign-up request and follows only that sign-up after it', async () => {
      test = await createTestDatabase(dialect);
      await recordHistory(test.db);
      expect(await journeys(test.db)).toEqual(HISTORY_JOURNEYS);
    });

    it('keeps the earliest start, delivery and verification whatever order events commit in', async () => {
      test = await createTestDatabase(dialect);
      await recordEvent(test.db, 'a', 'signup_requested', 10, { intent: 'late' });
      await recordEvent(test.db, 'a', 'email_sent', 12, { detail: 'verify_signup' });
      await recordEvent(test.db, 'a', 'signup_requested', 4, { intent: 'early', useCase: 'x' });
      await recordEvent(test.db, 'a', 'email_sent', 11, { detail: 'verify_signup' });
      await recordEvent(test.db, 'a', 'verify_succeeded', 30, { detail: 'signup' });
      await recordEvent(test.db, 'a', 'verify_succeeded', 20, { detail: 'signup' });
      expect(await journeys(test.db)).toEqual([
        journey('a', 4, {
          intent: 'early',
          use_case: 'x',
          delivered_at: at(11),
          verified_at: at(20),
          last_link_at: at(10),
        }),
      ]);
    });

    it('leaves a journey as it was when the event is rolled back with its action', async () => {
      test = await createTestDatabase(dialect);
      await recordEvent(test.db, 'a', 'signup_requested', 0);
      const failure = test.db.transaction().execute(async (trx) => {
        await recordEvent(trx, 'a', 'verify_succeeded', 3, { detail: 'signup' });
        await recordEvent(trx, 'b', 'signup_requested', 3);
        throw new Error('the action failed');
      });
      await expect(failure).rejects.toThrow('the action failed');
      expect(await journeys(test.db)).toEqual([journey('a', 0)]);
    });

    it('are built from the events already recorded when the migration runs', async () => {
      test = await createTestDatabase(dialect, { migrate: false });
      const migrator = await createMigrator(test.db);
      await expectMigrated(migrator.migrateTo('2026-11-25-06-oauth-identities'));
      await recordHistory(test.db);
      await migrateToLatest(test.db);
      expect(await journeys(test.db)).toEqual(HISTORY_JOURNEYS);

      await expectMigrated(migrator.migrateDown());
      await recordEvent(test.db, 'd', 'signup_requested', 100);
      await migrateToLatest(test.db);
      expect(await journeys(test.db)).toEqual([...HISTORY_JOURNEYS, journey('d', 100)]);
    });
  });
}

describeFor('postgres')('sign-up journeys on PostgreSQL', () => {
  let test: TestDatabase;
  afterEach(() => test.destroy());

  // The triggers' statements are planned once per connection; planned against an empty table
  // they would scan the whole table for every event.
  it('find each address by its index however few journeys there were at first', async () => {
    test = await createTestDatabase('postgres');
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    try {
      const record = (email: string, type: string, detail: string | null) =>
        client.query(
          `insert into auth_events (id, type, occurred_at, email_hash, detail)
              values ($1, $2, now(), $3, $4)`,
          [randomUUID(), type, email, detail],
        );
      for (let address = 0; address < 40; address++) {
        await record(`hash-${address}`, 'signup_requested', null);
        await record(`hash-${address}`, 'email_sent', 'verify_signup');
      }
      await client.query('select pg_stat_force_next_flush()');
      await client.query('select pg_stat_clear_snapshot()');
      const { rows } = await client.query<{ seq_scan: string; idx_scan: string }>(
        `select seq_scan, idx_scan from pg_stat_user_tables
            where schemaname = current_schema() and relname = 'signup_journeys'`,
      );
      expect(rows.map((row) => Number(row.seq_scan))).toEqual([0]);
      expect(Number(rows[0]?.idx_scan)).toBeGreaterThanOrEqual(80);
    } finally {
      await client.end();
    }
  });
});

async function expectMigrated(result: Promise<{ error?: unknown }>): Promise<void> {
  const { error } = await result;
  expect(error).toBeUndefined();
}
