import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { isConnectionFailure } from './errors';
import { withWrappedClients } from './postgres-wrapped-clients';

function isPromise(value: unknown): value is Promise<unknown> {
  return value instanceof Promise;
}

/** Refuses at once on a connection that already failed, rather than queueing behind it. */
function refusal(failure: unknown): Promise<never> {
  return Promise.reject(
    new Error('Database connection failed earlier and is not queryable', { cause: failure }),
  );
}

function guard(client: PostgresPoolClient): PostgresPoolClient {
  let failure: unknown;
  let failed = false;
  const query = (...args: Parameters<PostgresPoolClient['query']>): unknown => {
    if (failed) return refusal(failure);
    const result: unknown = (client.query as (...a: unknown[]) => unknown)(...args);
    if (!isPromise(result)) return result;
    return result.catch((error: unknown) => {
      if (isConnectionFailure(error) && !failed) {
        failed = true;
        failure = error;
      }
      throw error;
    });
  };
  return {
    query: query as PostgresPoolClient['query'],
    // Kysely releases without an argument; a client-side timeout leaves the query hanging on
    // the connection, so pg-pool alone would hand it out again.
    release: (destroy?: boolean) => client.release(destroy || failed),
  };
}

/**
 * A client whose connection broke or timed out is destroyed on release instead of returning to
 * the pool, and every later query on it (a transaction's rollback) fails at once: an unresponsive
 * database costs one timeout per request, not two, and the pool refills with fresh connections
 * once the database answers again.
 */
export function discardingBrokenClients(pool: PostgresPool): PostgresPool {
  // A failed client is destroyed on release, so its failure never outlives the checkout.
  return withWrappedClients(pool, guard);
}
