import { Kysely, PostgresAdapter } from 'kysely';
import { createDialect, parseDatabaseUrl, type DialectOptions } from './dialect';
import type { Database } from './schema';

export type DB = Kysely<Database>;

/** Opens the database named by `url` (see `parseDatabaseUrl`); the default is a local SQLite file. */
export function createDatabase(url: string | undefined, options: DialectOptions = {}): DB {
  const { dialect, plugins } = createDialect(parseDatabaseUrl(url), options);
  return new Kysely<Database>({ dialect, plugins });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
