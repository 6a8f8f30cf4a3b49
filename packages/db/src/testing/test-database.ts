import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, type DB } from '../database';
import { migrateToLatest } from '../migrate';
import { testPostgresUrl, type DialectName } from './test-dialects';

export interface TestDatabase {
  dialect: DialectName;
  /** A DATABASE_URL that opens this same database (for a server under test). */
  url: string;
  db: DB;
  destroy(): Promise<void>;
}

async function createPostgresSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const baseUrl = testPostgresUrl();
  if (!baseUrl) throw new Error('TEST_POSTGRES_URL is not set');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();

  const url = new URL(baseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    },
  };
}

function createSqliteFile(): { url: string; drop(): Promise<void> } {
  const directory = mkdtempSync(join(tmpdir(), 'dyocense-test-'));
  return {
    url: join(directory, 'test.db'),
    async drop() {
      // A server's last SQLite write (its -wal, -shm) can land while the directory is removed.
      rmSync(directory, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/**
 * A database of its own for one test file or test: a fresh SQLite file, or a fresh PostgreSQL
 * schema, migrated unless `migrate: false`.
 */
export async function createTestDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const storage = dialect === 'postgres' ? await createPostgresSchema() : createSqliteFile();
  const db = createDatabase(storage.url);
  if (options.migrate !== false) await migrateToLatest(db);
  return {
    dialect,
    url: storage.url,
    db,
    async destroy() {
      await db.destroy();
      await storage.drop();
    },
  };
}
