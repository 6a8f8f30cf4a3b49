import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, migrateToLatest } from '@dyocense/db';
import pg from 'pg';

export type Dialect = 'sqlite' | 'postgres';

export interface BenchDatabase {
  url: string;
  destroy(): Promise<void>;
}

/** The PostgreSQL server the benchmark creates its own databases on. */
export const postgresAdminUrl = (): string =>
  process.env.BENCH_POSTGRES_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/postgres';

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database of its own: a new SQLite file or a new PostgreSQL database. */
export async function createBenchDatabase(dialect: Dialect): Promise<BenchDatabase> {
  let storage: BenchDatabase;
  if (dialect === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'dyocense-bench-'));
    storage = {
      url: join(directory, 'bench.db'),
      destroy: async () => rmSync(directory, { recursive: true, force: true }),
    };
  } else {
    const name = `bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(`create database ${name}`);
    const url = new URL(postgresAdminUrl());
    url.pathname = `/${name}`;
    storage = {
      url: url.toString(),
      destroy: () => adminQuery(`drop database if exists ${name} with (force)`),
    };
  }
  const db = createDatabase(storage.url);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return storage;
}
