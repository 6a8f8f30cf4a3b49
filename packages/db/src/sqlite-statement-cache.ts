import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement, UnknownRow } from 'kysely';
import { fromSqliteRow, toSqliteValue } from './sqlite-value-types';

/** Enough for every query the service runs (and each IN-list length it uses) several times over. */
const DEFAULT_CAPACITY = 256;

const toSqliteValues = (parameters: ReadonlyArray<unknown>) => parameters.map(toSqliteValue);

function* fromSqliteRows(rows: Iterable<unknown>): IterableIterator<UnknownRow> {
  for (const row of rows) yield fromSqliteRow(row as UnknownRow);
}

/**
 * Converts values where the statement runs, rather than in a Kysely plugin: a plugin copies
 * every query's operation tree and adds an await to every result.
 */
function convertingValues(statement: SQLite.Statement): SqliteStatement {
  return {
    reader: statement.reader,
    all: (parameters) =>
      (statement.all(toSqliteValues(parameters)) as UnknownRow[]).map(fromSqliteRow),
    run: (parameters) => statement.run(toSqliteValues(parameters)),
    iterate: (parameters) => fromSqliteRows(statement.iterate(toSqliteValues(parameters))),
  };
}

/**
 * better-sqlite3 compiles SQL on every `prepare`; Kysely prepares on every query. This keeps
 * each distinct statement compiled once and reuses it. Safe because better-sqlite3 runs a
 * statement to completion synchronously (the service never streams), so no two uses overlap.
 */
export function withStatementCache(
  database: SQLite.Database,
  capacity = DEFAULT_CAPACITY,
): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = statements.get(sql);
      if (cached) return cached;
      const statement = convertingValues(database.prepare(sql));
      // Oldest first out: only generated SQL with unusual shapes ever reaches the limit.
      if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      statements.set(sql, statement);
      return statement;
    },
  };
}
