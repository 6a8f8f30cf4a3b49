import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Enough for every query the service runs (and each IN-list length it uses) several times over. */
const DEFAULT_CAPACITY = 256;

/**
 * better-sqlite3 compiles SQL on every `prepare`; Kysely prepares on every query. This keeps
 * each distinct statement compiled once and reuses it. Safe because better-sqlite3 runs a
 * statement to completion synchronously (the service never streams), so no two uses overlap.
 */
export function withStatementCache(
  database: SQLite.Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = database.prepare(sql);
      // Oldest first out: only generated SQL with unusual shapes ever reaches the limit.
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
  };
}
