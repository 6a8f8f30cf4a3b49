import { Kysely, PostgresAdapter } from 'kysely';
import {
  createDialect,
  parseDatabaseUrl,
  type DialectOptions,
  type NativeDatabase,
} from './dialect';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Opens the database named by `url` (see `parseDatabaseUrl`), with the driver's own handle. */
export function openDatabase(
  url: string | undefined,
  options: DialectOptions = {},
): { db: DB; native: NativeDatabase } {
  const { dialect, native } = createDialect(parseDatabaseUrl(url), options);
  return { db: new Kysely<Database>({ dialect }), native };
}

/** Opens the database named by `url`; the default is a local SQLite file. */
export function createDatabase(url: string | undefined, options: DialectOptions = {}): DB {
  return openDatabase(url, options).db;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
