import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { withWrappedClients } from './postgres-wrapped-clients';
import type pg from 'pg';

/** Only data statements are worth a server-side plan; `begin`, DDL and the like stay unnamed. */
const PREPARABLE = /^\s*(select|insert|update|delete|with)\b/i;

/** One name per distinct SQL text for the life of the process, so every connection agrees. */
function createStatementNamer(): (sql: string) => string {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (!name) {
      name = `dyocense_${names.size + 1}`;
      names.set(sql, name);
    }
    return name;
  };
}

/**
 * Kysely sends every query unnamed, so PostgreSQL parses and plans it each time. This pool
 * names each data statement: node-postgres then prepares it once per connection and later
 * sends only Bind/Execute.
 */
export function withNamedStatements(pool: pg.Pool): PostgresPool {
  const nameFor = createStatementNamer();
  const wrap = (client: pg.PoolClient): PostgresPoolClient => {
    function query(sql: string | pg.Submittable, parameters?: readonly unknown[]): unknown {
      if (typeof sql !== 'string') return client.query(sql);
      const values = parameters as unknown[];
      return PREPARABLE.test(sql)
        ? client.query({ name: nameFor(sql), text: sql, values })
        : client.query(sql, values);
    }
    return {
      // One implementation for both of Kysely's overloads (SQL text, or a cursor to stream).
      query: query as PostgresPoolClient['query'],
      release: (destroy?: boolean) => client.release(destroy),
    };
  };
  return withWrappedClients(pool, wrap);
}
