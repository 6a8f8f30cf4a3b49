import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from './migrations/index';

function describeFailure(results: MigrationResult[] | undefined): string {
  const failed = results?.find((result) => result.status === 'Error');
  return failed ? ` (migration "${failed.migrationName}")` : '';
}

/** Runs every pending migration; throws, naming the failed migration, if one fails. */
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResult[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Database migration failed${describeFailure(results)}: ${reason}`, {
      cause: error,
    });
  }
  return results ?? [];
}
