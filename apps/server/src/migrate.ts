import { createDatabase, migrateToLatest } from '@dyocense/db';
import { readConfig } from './env';

const config = readConfig();
const db = createDatabase(config.databaseUrl);
try {
  const results = await migrateToLatest(db);
  for (const result of results) console.warn(`${result.status}: ${result.migrationName}`);
  console.warn(results.length ? 'Database is up to date.' : 'No pending migrations.');
} finally {
  await db.destroy();
}
