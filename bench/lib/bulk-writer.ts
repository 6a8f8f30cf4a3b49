import SQLite from 'better-sqlite3';
import pg from 'pg';

/** Inserts many rows fast, straight through the driver: for seeding, never for the service. */
export interface BulkWriter {
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  close(): Promise<void>;
}

const MAX_PARAMETERS = 30_000;

function toSqlite(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function chunks<T>(rows: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size)
    result.push(rows.slice(start, start + size));
  return result;
}

function sqliteWriter(filename: string): BulkWriter {
  const db = new SQLite(filename);
  db.pragma('journal_mode = WAL');
  const statements = new Map<string, SQLite.Statement>();
  return {
    async insert(table, columns, rows) {
      const size = Math.floor(MAX_PARAMETERS / columns.length);
      db.transaction(() => {
        for (const chunk of chunks(rows, size)) {
          const key = `${table}:${chunk.length}`;
          let statement = statements.get(key);
          if (!statement) {
            const row = `(${columns.map(() => '?').join(', ')})`;
            statement = db.prepare(
              `insert into ${table} (${columns.join(', ')}) values ${chunk.map(() => row).join(', ')}`,
            );
            statements.set(key, statement);
          }
          statement.run(chunk.flat().map(toSqlite));
        }
      })();
    },
    async close() {
      db.close();
    },
  };
}

function postgresWriter(connectionString: string): BulkWriter {
  const pool = new pg.Pool({ connectionString, max: 1 });
  return {
    async insert(table, columns, rows) {
      const size = Math.floor(MAX_PARAMETERS / columns.length);
      for (const chunk of chunks(rows, size)) {
        const values = chunk.map(
          (_, row) =>
            `(${columns.map((_column, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
        );
        await pool.query(
          `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`,
          chunk.flat(),
        );
      }
    },
    async close() {
      await pool.end();
    },
  };
}

export function createBulkWriter(url: string): BulkWriter {
  return url.startsWith('postgres') ? postgresWriter(url) : sqliteWriter(url);
}
