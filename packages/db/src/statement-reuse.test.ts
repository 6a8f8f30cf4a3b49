import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTenantById, insertTenant } from './index';
import { withStatementCache } from './sqlite-statement-cache';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from './testing/index';

describe('SQLite statement cache', () => {
  it('compiles each distinct statement once and reuses it', () => {
    const database = withStatementCache(new SQLite(':memory:'));
    const first = database.prepare('select ? as value');
    expect(database.prepare('select ? as value')).toBe(first);
    expect(database.prepare('select ? + 1 as value')).not.toBe(first);
    expect(first.all([7])).toEqual([{ value: 7 }]);
    database.close();
  });

  it('forgets the oldest statement beyond its capacity', () => {
    const database = withStatementCache(new SQLite(':memory:'), 2);
    const oldest = database.prepare('select 1');
    database.prepare('select 2');
    database.prepare('select 3');
    expect(database.prepare('select 1')).not.toBe(oldest);
    database.close();
  });
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`reused statements (${dialect})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await test.destroy();
    });

    it('give each execution its own parameters', async () => {
      const at = new Date('2026-01-01T00:00:00.000Z');
      for (const id of ['tenant-a', 'tenant-b']) {
        await insertTenant(test.db, {
          id,
          name: id,
          owner_email: `${id}@example.com`,
          metadata: '{}',
          created_at: at,
          updated_at: at,
        });
      }
      expect((await findTenantById(test.db, 'tenant-a'))?.name).toBe('tenant-a');
      expect((await findTenantById(test.db, 'tenant-b'))?.name).toBe('tenant-b');
      expect(await findTenantById(test.db, 'tenant-c')).toBeUndefined();
    });

    // Only PostgreSQL keeps prepared statements server-side, where a query can see them.
    if (dialect !== 'postgres') return;
    it('are prepared on the PostgreSQL connection, by name', async () => {
      const names = await test.db.connection().execute(async (connection) => {
        await findTenantById(connection, 'tenant-a');
        await findTenantById(connection, 'tenant-b');
        const { rows } = await sql<{
          name: string;
          statement: string;
        }>`select name, statement from pg_prepared_statements`.execute(connection);
        return rows;
      });
      const tenantLookups = names.filter((row) =>
        row.statement.startsWith('select * from "tenants"'),
      );
      expect(tenantLookups).toHaveLength(1);
      expect(tenantLookups[0]?.name).toMatch(/^dyocense_\d+$/);
    });
  });
}
