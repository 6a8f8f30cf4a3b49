import { createDatabase, migrateToLatest } from '@dyocense/db';
import { ConfigError, readDatabaseUrl } from './env';

/** `npm run db:migrate`: brings the database named by DATABASE_URL up to date, then exits. */
async function migrate(): Promise<number> {
  let databaseUrl: string;
  try {
    databaseUrl = readDatabaseUrl();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 1;
  }
  const db = createDatabase(databaseUrl);
  try {
    const results = await migrateToLatest(db);
    for (const result of results) console.warn(`${result.status}: ${result.migrationName}`);
    console.warn(results.length ? 'Database is up to date.' : 'No pending migrations.');
    return 0;
  } catch (error) {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await db.destroy().catch(() => undefined);
  }
}

process.exitCode = await migrate();
