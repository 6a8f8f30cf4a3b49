import type { Compilable, CompiledQuery, Kysely, QueryCreator, QueryResult } from 'kysely';
import { isPostgres } from './database';
import type { Database } from './schema';

type Values = Record<string, unknown>;

// Stands in for a value while the query is compiled; no real value starts with a NUL.
const SLOT = '\u0000slot:';

interface Template {
  compiled: CompiledQuery;
  /** For each parameter, the name of the value that fills it, or undefined for a constant. */
  slots: (string | undefined)[];
}

function compileTemplate(
  db: Kysely<Database>,
  build: (db: Kysely<Database>, values: Values) => Compilable<unknown>,
  names: string[],
): Template {
  const placeholders = Object.fromEntries(names.map((name) => [name, `${SLOT}${name}`]));
  const compiled = build(db, placeholders).compile();
  const slots = compiled.parameters.map((parameter) =>
    typeof parameter === 'string' && parameter.startsWith(SLOT)
      ? parameter.slice(SLOT.length)
      : undefined,
  );
  return { compiled, slots };
}

/**
 * A query whose SQL depends only on which values it is given, not on what they are, compiled once
 * per dialect and set of values and then run with each call's values. Kysely otherwise builds,
 * freezes and compiles the query's tree on every call: a tenth of a hot request's time.
 * Values must be scalars: give an IN-list one named value per item. A database with plugins
 * (a test's fault injection) gets the query built as usual, so the plugins see it.
 */
export function preparedQuery<V extends Values, Row>(
  build: (db: Kysely<Database>, values: V) => Compilable<Row>,
): (db: Kysely<Database>, values: V) => Promise<QueryResult<Row>> {
  const templates = new Map<string, Template>();
  return async (db, values) => {
    if (db.getExecutor().plugins.length > 0) return db.executeQuery(build(db, values).compile());
    // Kysely leaves out undefined values, so they shape the SQL too.
    const names = Object.keys(values).filter((name) => values[name] !== undefined);
    const key = `${isPostgres(db) ? 'pg' : 'sqlite'}:${names.join(',')}`;
    let template = templates.get(key);
    if (!template) {
      template = compileTemplate(
        db,
        build as (db: Kysely<Database>, v: Values) => Compilable<unknown>,
        names,
      );
      templates.set(key, template);
    }
    const { compiled, slots } = template;
    const parameters = slots.map((slot, index) =>
      slot === undefined ? compiled.parameters[index] : values[slot],
    );
    return db.executeQuery<Row>({ ...compiled, parameters } as CompiledQuery<Row>);
  };
}

type Row = Record<string, unknown>;

/**
 * Rows as a prepared query's scalar values: row `index`'s columns under `${prefix}${index}.`, so
 * that each number of rows compiles once. `rowsFromValues` reads them back inside `build`.
 */
export function addRowValues(values: Values, prefix: string, rows: readonly object[]): Values {
  rows.forEach((row, index) => {
    for (const [column, value] of Object.entries(row))
      values[`${prefix}${index}.${column}`] = value;
  });
  return values;
}

/** The columns of one prefixed row (`${prefix}.column`), as `addRowValues` wrote them. */
export function rowFromValues(values: Values, prefix: string): Row {
  const start = `${prefix}.`;
  const row: Row = {};
  for (const [name, value] of Object.entries(values)) {
    if (name.startsWith(start)) row[name.slice(start.length)] = value;
  }
  return row;
}

/** Every row `addRowValues` wrote under `prefix`, in their order. */
export function rowsFromValues(values: Values, prefix: string, key: string): Row[] {
  const rows: Row[] = [];
  for (let index = 0; `${prefix}${index}.${key}` in values; index++) {
    rows.push(rowFromValues(values, `${prefix}${index}`));
  }
  return rows;
}

/**
 * A `WITH` chain as a plain query creator: the statement after the parts reads none of them,
 * so their names need not be in its type (one-statement writes on PostgreSQL).
 */
export const withoutNames = <T extends Database>(query: QueryCreator<T>) =>
  query as unknown as QueryCreator<Database>;
