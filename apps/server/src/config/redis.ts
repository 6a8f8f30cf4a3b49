import { z } from 'zod';
import { whole } from './values';

/** Redis for the rate-limit counters: optional, and the database counts while it is away. */
export const redisSchema = z
  .object({
    REDIS_URL: z.string().optional().meta({
      description:
        'keep the rate-limit counters in Redis instead of the database; optional at start, and while it is away they count in the database',
    }),
    REDIS_CONNECT_TIMEOUT_MS: whole(100, 60_000).default(2_000).meta({
      description:
        'longest Redis connection attempt, milliseconds (and the longest start-up waits for it)',
    }),
    REDIS_COMMAND_TIMEOUT_MS: whole(10, 60_000).default(500).meta({
      description: 'a Redis command slower than this (milliseconds) counts in the database instead',
    }),
    REDIS_RECONNECT_MAX_MS: whole(10, 60_000)
      .default(2_000)
      .meta({ description: 'longest pause between Redis reconnection attempts, milliseconds' }),
  })
  .meta({ title: 'Redis' });

/** Redis for rate-limit counters; the defaults are in `redisSchema`. */
export interface RedisSettings {
  url: string;
  /** One connection attempt, and the longest boot waits for Redis. */
  connectTimeoutMs: number;
  /** One command; past it the database counts instead. */
  commandTimeoutMs: number;
  /** The longest pause between reconnection attempts. */
  reconnectMaxMs: number;
}

/** The Redis settings, or none without REDIS_URL. */
export function readRedis(env: z.output<typeof redisSchema>): RedisSettings | undefined {
  if (!env.REDIS_URL) return undefined;
  return {
    url: env.REDIS_URL,
    connectTimeoutMs: env.REDIS_CONNECT_TIMEOUT_MS,
    commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
    reconnectMaxMs: env.REDIS_RECONNECT_MAX_MS,
  };
}
