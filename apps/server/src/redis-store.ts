import type { RateLimitStore } from '@dyocense/api';
import type { NativeDatabase } from '@dyocense/db';
import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';
import type { RedisSettings } from './env';
import type { DependencyCheck } from './readiness';

/** Where rate-limit counters live, with what `/readyz` asks about it and its lifecycle. */
export interface RateLimitBackend {
  store: RateLimitStore;
  /** Optional dependencies for `/readyz` (none without Redis). */
  checks: DependencyCheck[];
  /** Starts connecting; resolves once ready or once the first attempt failed, never rejects. */
  connect(): Promise<void>;
  /** Closes the connection, also one that never came up, without waiting for Redis. */
  close(): Promise<void>;
}

/** The first pause between reconnection attempts; each failure doubles it up to the maximum. */
const FIRST_RECONNECT_DELAY_MS = 50;

/** Exponential backoff from 50 ms, bounded by `maxMs`, for ioredis's `retryStrategy`. */
export function reconnectDelayMs(attempt: number, maxMs: number): number {
  return Math.min(FIRST_RECONNECT_DELAY_MS * 2 ** Math.max(0, attempt - 1), maxMs);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Logs a lost Redis once per outage (and once when it is back) through the server's log; with
 * a listener attached, ioredis no longer prints "Unhandled error event" on stderr.
 */
function watchOutages(client: Redis, log: FastifyBaseLogger, isClosing: () => boolean) {
  let down = false;
  let lastProblem = 'not connected yet';
  const lost = (problem: string, error?: unknown) => {
    lastProblem = problem;
    if (down || isClosing()) return;
    down = true;
    log.warn(
      { err: error },
      `Redis unavailable (${problem}): rate limits count in the database until it is back`,
    );
  };
  client.on('error', (error: unknown) => lost(messageOf(error), error));
  client.on('close', () => lost('connection closed'));
  client.on('ready', () => {
    if (down) log.info('Redis reachable again: rate limits count in Redis');
    down = false;
  });
  return { lastProblem: () => lastProblem };
}

function redisCheck(client: Redis, lastProblem: () => string): DependencyCheck {
  return {
    name: 'redis',
    required: false,
    // The client's own status answers at once; a PING (bounded by the command timeout) catches
    // a connection that looks open but no longer answers.
    async check() {
      if (client.status !== 'ready') {
        throw new Error(
          `Redis is ${client.status} (${lastProblem()}); rate limits count in the database meanwhile`,
        );
      }
      await client.ping();
    },
  };
}

/**
 * Rate-limit counters in Redis, falling over to the service's database whenever Redis is not
 * ready. Redis is optional: the server starts without it and the client reconnects in the
 * background, with a backoff bounded by `settings.reconnectMaxMs`.
 */
export function createRedisBackend(
  settings: RedisSettings,
  fallback: NativeDatabase,
  log: FastifyBaseLogger,
): RateLimitBackend {
  let closing = false;
  const client = new Redis(settings.url, {
    lazyConnect: true,
    // Not ready means the database counts at once: nothing is queued or retried.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: settings.connectTimeoutMs,
    commandTimeout: settings.commandTimeoutMs,
    retryStrategy: (attempt) => reconnectDelayMs(attempt, settings.reconnectMaxMs),
  });
  const outages = watchOutages(client, log, () => closing);
  return {
    store: { kind: 'redis', client, fallback },
    checks: [redisCheck(client, outages.lastProblem)],
    async connect() {
      let timer: NodeJS.Timeout | undefined;
      // Bounded even if Redis accepts the connection and then never answers.
      const giveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, settings.connectTimeoutMs);
      });
      await Promise.race([client.connect().catch(() => undefined), giveUp]);
      clearTimeout(timer);
    },
    async close() {
      closing = true;
      if (client.status === 'ready') {
        await client.quit().catch(() => client.disconnect());
      } else {
        // Also stops the reconnection timer of a client that never connected.
        client.disconnect();
      }
    },
  };
}

/** Rate-limit counters in Redis when configured, else in the service's own database. */
export function rateLimitBackend(
  redis: RedisSettings | undefined,
  native: NativeDatabase,
  log: FastifyBaseLogger,
): RateLimitBackend {
  if (!redis) {
    return { store: native, checks: [], connect: async () => {}, close: async () => {} };
  }
  return createRedisBackend(redis, native, log);
}
