import type { UnknownRow } from 'kysely';
import { columnKinds } from './schema';

/**
 * Gives SQLite the same JS types PostgreSQL has: Dates and booleans are bound as ISO text and
 * 0/1, and columns are read back (by name, see `columnKinds`) as Date, boolean and parsed JSON.
 */

/** better-sqlite3 binds only numbers, strings, bigints, buffers and null. */
export function toSqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

type ColumnKind = 'timestamp' | 'boolean' | 'json' | 'plain';

function kindOf(column: string): ColumnKind {
  if (columnKinds.timestamp.test(column)) return 'timestamp';
  if (columnKinds.boolean.has(column)) return 'boolean';
  if (columnKinds.json.has(column)) return 'json';
  return 'plain';
}

// Keyed by column name, so it grows no larger than the schema and the queries' aliases.
const kinds = new Map<string, ColumnKind>();
function cachedKindOf(column: string): ColumnKind {
  let kind = kinds.get(column);
  if (kind === undefined) {
    kind = kindOf(column);
    kinds.set(column, kind);
  }
  return kind;
}

function fromSqliteValue(kind: ColumnKind, value: unknown): unknown {
  if (kind === 'timestamp' && typeof value === 'string') return new Date(value);
  if (kind === 'boolean' && typeof value === 'number') return value !== 0;
  if (kind === 'json' && typeof value === 'string') return JSON.parse(value);
  return value;
}

export function fromSqliteRow(row: UnknownRow): UnknownRow {
  const converted: UnknownRow = {};
  for (const column in row) {
    const value = row[column];
    const kind = cachedKindOf(column);
    converted[column] = kind === 'plain' || value === null ? value : fromSqliteValue(kind, value);
  }
  return converted;
}
