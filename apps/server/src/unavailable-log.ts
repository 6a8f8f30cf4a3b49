import type { FastifyInstance } from 'fastify';

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

type WarnUnavailable = (error: unknown, path?: string) => void;
const byApp = new WeakMap<FastifyInstance, WarnUnavailable>();

/**
 * Warns that requests were answered 503 because the database is unavailable: one line per
 * interval with how many, not an error and a stack per request. Shared by every surface of `app`.
 */
export function unavailableLog(app: FastifyInstance): WarnUnavailable {
  let warn = byApp.get(app);
  if (warn) return warn;
  let lastAt = Number.NEGATIVE_INFINITY;
  let refused = 0;
  warn = (error, path) => {
    refused += 1;
    const now = Date.now();
    if (now - lastAt < UNAVAILABLE_LOG_INTERVAL_MS) return;
    app.log.warn(
      { path, cause: describeFailure(error), refused },
      'database unavailable: answering 503 SERVICE_UNAVAILABLE',
    );
    lastAt = now;
    refused = 0;
  };
  byApp.set(app, warn);
  return warn;
}
