import type { FastifyBaseLogger } from 'fastify';

/** At most one warning per this long while requests are refused with 503. @default 10000 */
export const UNAVAILABLE_LOG_INTERVAL_MS = 10_000;

/** The innermost error: the driver's own (e.g. "connect ECONNREFUSED 127.0.0.1:5432"). */
function innermost(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause; depth++) {
    current = current.cause;
  }
  return current;
}

/** A connection failure in one line, without a stack (it only ever points into the driver). */
export function describeFailure(error: unknown): string {
  const root = innermost(error);
  const message = root instanceof Error ? root.message : String(root);
  const code = (root as { code?: unknown } | null)?.code;
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

/** How every surface of the server logs what went wrong with a call. */
export interface FailureLog {
  /** A tRPC or REST call that failed: a fault at error level, an unavailable database counted. */
  callFailed(surface: 'tRPC' | 'REST', error: { code: string }, path: string | undefined): void;
  /**
   * A request answered 503 because the database is unavailable: one warning per interval with
   * how many, not an error and a stack per request.
   */
  unavailable(error: unknown, path: string | undefined): void;
}

/** One per server, so the 503s of every surface are counted together. */
export function createFailureLog(log: FastifyBaseLogger): FailureLog {
  let lastAt = Number.NEGATIVE_INFINITY;
  let refused = 0;
  const unavailable: FailureLog['unavailable'] = (error, path) => {
    refused += 1;
    const now = Date.now();
    if (now - lastAt < UNAVAILABLE_LOG_INTERVAL_MS) return;
    log.warn(
      { path, cause: describeFailure(error), refused },
      'database unavailable: answering 503 SERVICE_UNAVAILABLE',
    );
    lastAt = now;
    refused = 0;
  };
  return {
    unavailable,
    callFailed(surface, error, path) {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        log.error({ err: error, path }, `${surface} call failed`);
      else if (error.code === 'SERVICE_UNAVAILABLE') unavailable(error, path);
    },
  };
}
