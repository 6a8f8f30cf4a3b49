import pg from 'pg';

/** How the PostgreSQL pool connects, times out and reports trouble. */
export interface PostgresPoolOptions {
  /** Pool size. @default 10 */
  poolSize?: number;
  /** How long opening a connection, or waiting for a free one, may take. @default 5000 */
  connectTimeoutMs?: number;
  /**
   * The server cancels a statement after this long (`statement_timeout`); the client gives up
   * on the connection a little later, so an unresponsive one cannot hold a query for ever.
   * 0 or absent: no limit (migrations from the command line). @default no limit
   */
  statementTimeoutMs?: number;
  /** An idle connection is closed after this long. @default 30000 */
  idleTimeoutMs?: number;
  /** Told of connections that failed; without it they are dropped silently. */
  onError?: (message: string, error: unknown) => void;
}

/** @default 5000 */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** @default 30000 */
export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** TCP keepalive probes start after this much silence, so a vanished peer is noticed. */
const KEEPALIVE_DELAY_MS = 10_000;

/** The client-side limit: the statement timeout plus a quarter (at most a second) for the trip. */
export function queryTimeoutFor(statementTimeoutMs: number): number {
  return statementTimeoutMs + Math.min(1_000, Math.ceil(statementTimeoutMs / 4));
}

function timeoutSettings(statementTimeoutMs: number | undefined) {
  if (!statementTimeoutMs) return {};
  return {
    statement_timeout: statementTimeoutMs,
    query_timeout: queryTimeoutFor(statementTimeoutMs),
  };
}

/**
 * Reports errors of connections while they are checked out: pg-pool listens only on idle ones,
 * and an 'error' event nobody listens to ends the process.
 */
function listenToCheckedOutClients(pool: pg.Pool, report: (error: unknown) => void): void {
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      if (checkedOut.has(client)) report(error);
    });
  });
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
}

/**
 * A node-postgres pool that never ends the process over a lost connection (the pool drops it
 * and opens a new one when next needed), with connect, statement and idle timeouts and TCP
 * keepalive. The connection string may name an `application_name`; else it is
 * `dyocense-accounts`.
 */
export function createPostgresPool(
  connectionString: string,
  options: PostgresPoolOptions = {},
): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
    fallback_application_name: 'dyocense-accounts',
    ...timeoutSettings(options.statementTimeoutMs),
  });
  const onError = options.onError ?? (() => {});
  pool.on('error', (error) => onError('an idle database connection failed', error));
  listenToCheckedOutClients(pool, (error) => onError('a database connection failed', error));
  return pool;
}
