import { Kysely, PostgresAdapter } from 'kysely';
import { createDialect, parseDatabaseUrl, type DialectOptions } from './dialect';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Opens the database named by `url` (see `parseDatabaseUrl`); the default is a local SQLite file. */
export function createDatabase(url: string | undefined, options: DialectOptions = {}): DB {
  const { dialect, plugins } = createDialect(parseDatabaseUrl(url), options);
  return new Kysely<Database>({ dialect, plugins });
}

export function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
