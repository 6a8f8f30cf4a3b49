/** True for a unique or primary-key violation, on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error as { code: unknown };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** Socket and DNS failures: the database's host cannot be reached or the connection broke. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting up, full, or too slow: 57P01–57P03
 * (terminated, crashed, cannot connect now), 53300 (too many connections), 57014 (statement
 * timeout), and of a database that is gone (3D000: dropped or renamed). Class 08 (connection
 * exceptions) is matched by prefix.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '3D000']);

/** node-postgres and pg-pool report a lost, timed-out or unusable connection only in words. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /is not queryable$/,
];

function hasUnavailableShape(error: object): boolean {
  const code = 'code' in error ? error.code : undefined;
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    // better-sqlite3: another connection holds the lock past the busy timeout.
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
  }
  const message = 'message' in error ? error.message : undefined;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((shape) => shape.test(message));
}

function unavailableWithin(error: unknown, depth: number): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  if (hasUnavailableShape(error)) return true;
  if ('cause' in error && unavailableWithin(error.cause, depth + 1)) return true;
  const nested = 'errors' in error && Array.isArray(error.errors) ? error.errors : [];
  return nested.some((inner: unknown) => unavailableWithin(inner, depth + 1));
}

/**
 * True when `error` (or an error it wraps, through `cause` or an AggregateError's `errors`)
 * says the database cannot serve right now (unreachable, connection lost or timed out,
 * overloaded, or locked by another process), rather than that the request itself is wrong:
 * worth answering 503 and retrying later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return unavailableWithin(error, 0);
}

/**
 * True when the connection that raised `error` can no longer be trusted: it broke, or a
 * client-side timeout left a query hanging on it. A statement timeout is answered by the server
 * and leaves the connection usable.
 */
export function isConnectionFailure(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  return code !== '57014' && isDatabaseUnavailable(error);
}
