import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Dialect } from 'kysely';
import pg from 'pg';
import { discardingBrokenClients } from './postgres-broken-clients';
import { CurrentSchemaPostgresDialect } from './postgres-current-schema-introspector';
import { withNamedStatements } from './postgres-named-statements';
import { createPostgresPool, type PostgresPoolOptions } from './postgres-pool';
import { checkpointInBackground } from './sqlite-checkpointer';
import { ImmediateSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-immediate-driver';
import { withStatementCache } from './sqlite-statement-cache';

export type DatabaseTarget =
  { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

/** Where SQLite keeps its file when nothing is configured. @default ./data/dyocense.db */
export const DEFAULT_SQLITE_FILE = './data/dyocense.db';

/**
 * Reads one setting: `postgres://…`/`postgresql://…` is PostgreSQL; a path or `file:…` is a
 * SQLite file (`:memory:` for an in-memory database).
 */
export function parseDatabaseUrl(url: string | undefined): DatabaseTarget {
  const value = url?.trim() || DEFAULT_SQLITE_FILE;
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: 'postgres', connectionString: value };
  const filename = value.replace(/^file:(\/\/)?/i, '');
  if (filename === '') throw new Error(`DATABASE_URL "${url}" names no SQLite file`);
  return { kind: 'sqlite', filename };
}

/** PostgreSQL's pool settings (SQLite ignores them). */
export interface DialectOptions extends PostgresPoolOptions {
  /** PostgreSQL pool size. @default 10 */
  poolSize?: number;
  /**
   * SQLite: checkpoint the WAL from a worker thread instead of in the commit that fills it (see
   * `checkpointInBackground`); for a long-running server. @default false
   */
  backgroundCheckpoints?: boolean;
}

/** The driver's own handle, for libraries that need it (rate-limiter-flexible's stores). */
export type NativeDatabase =
  { kind: 'postgres'; pool: pg.Pool } | { kind: 'sqlite'; database: SQLite.Database };

export interface ConfiguredDialect {
  dialect: Dialect;
  native: NativeDatabase;
}

function openSqlite(filename: string): SQLite.Database {
  if (filename !== ':memory:') mkdirSync(dirname(resolve(filename)), { recursive: true });
  // The busy timeout is set on open, so switching to WAL already waits for other processes.
  const database = new SQLite(filename, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return database;
}

// int8 (e.g. count(*)) arrives as a string by default; counts here always fit a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

export function createDialect(
  target: DatabaseTarget,
  options: DialectOptions = {},
): ConfiguredDialect {
  if (target.kind === 'postgres') {
    const pool = createPostgresPool(target.connectionString, options);
    return {
      dialect: new CurrentSchemaPostgresDialect({
        pool: discardingBrokenClients(withNamedStatements(pool)),
      }),
      native: { kind: 'postgres', pool },
    };
  }
  const database = openSqlite(target.filename);
  const statements = withStatementCache(database);
  const checkpointer =
    options.backgroundCheckpoints && target.filename !== ':memory:'
      ? checkpointInBackground(database, target.filename, options)
      : undefined;
  return {
    dialect: new ImmediateSqliteDialect({
      database: {
        ...statements,
        close() {
          checkpointer?.stop();
          statements.close();
        },
      },
      inTransaction: () => database.inTransaction,
    }),
    native: { kind: 'sqlite', database },
  };
}
