import { sql, type Kysely } from 'kysely';
import { Migrator, type MigrationResult } from 'kysely/migration';
import { isPostgres } from './database';
import { migrations } from './migrations/index';

function describeFailure(results: MigrationResult[] | undefined): string {
  const failed = results?.find((result) => result.status === 'Error');
  return failed ? ` (migration "${failed.migrationName}")` : '';
}

/**
 * Kysely looks for its bookkeeping tables in every schema unless told which one; pinning them to
 * the current schema keeps databases with several schemas (and parallel test runs) apart.
 */
async function migrationTableSchema(db: Kysely<any>): Promise<string | undefined> {
  if (!isPostgres(db)) return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}

/** Kysely's migrator over this service's migrations, its bookkeeping in the current schema. */
export async function createMigrator(db: Kysely<any>): Promise<Migrator> {
  return new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableSchema: await migrationTableSchema(db),
  });
}

/** Runs every pending migration; throws, naming the failed migration, if one fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = await createMigrator(db);
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration failed${describeFailure(results)}: ${reason}`, {
      cause: error,
    });
  }
  return results ?? [];
}
