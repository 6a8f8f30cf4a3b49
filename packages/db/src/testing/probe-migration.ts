import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { DB } from '../database';
import { migrations } from '../migrations/index';

const PROBE_ROWS = 500;

/** A migration that writes as a new release's might: a new table, filled, and an index. */
const probeMigration: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('migration_probe')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('note', 'text', (c) => c.notNull())
      .execute();
    await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${PROBE_ROWS})
      insert into migration_probe (id, note) select i, 'probe ' || i from n`.execute(db);
    await db.schema.createIndex('users_probe_created').on('users').column('created_at').execute();
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations see any schema
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('users_probe_created').execute();
    await db.schema.dropTable('migration_probe').execute();
  },
};

/**
 * The service's migrations plus a last one that writes, for a migration run beside running
 * servers (`migrateToLatest` applies it, `migrateDown` takes it back).
 */
export function createProbeMigrator(db: DB): Migrator {
  return new Migrator({
    db,
    provider: {
      getMigrations: async () => ({
        ...migrations,
        '9999-12-31-99-migration-probe': probeMigration,
      }),
    },
  });
}
