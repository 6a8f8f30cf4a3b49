import type { NativeDatabase } from '@dyocense/db';
import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { AccountsError } from './errors';

export interface LimitRule {
  points: number;
  durationSeconds: number;
}

export interface RateLimitRules {
  /** Sign-up, sign-in and resend requests from one client IP. */
  linkRequestsPerIp: LimitRule;
  /** Emails asked for one address, whether or not it has an account. */
  emailsPerAddress: LimitRule;
  /** Verification attempts from one client IP. */
  verifyPerIp: LimitRule;
  /** Failed verification attempts with one token. */
  verifyFailuresPerToken: LimitRule;
  /** Refreshes from one client IP. */
  refreshPerIp: LimitRule;
}

export type RuleName = keyof RateLimitRules;

export const DEFAULT_RATE_LIMIT_RULES: RateLimitRules = {
  linkRequestsPerIp: { points: 20, durationSeconds: 600 },
  emailsPerAddress: { points: 5, durationSeconds: 3600 },
  verifyPerIp: { points: 60, durationSeconds: 600 },
  verifyFailuresPerToken: { points: 5, durationSeconds: 3600 },
  refreshPerIp: { points: 120, durationSeconds: 600 },
};

/**
 * Where the counters live: the service's database by default, so instances share them. With
 * Redis, `fallback` counts whenever Redis is not ready (see `createLimiter`).
 */
export type RateLimitStore =
  { kind: 'memory' } | { kind: 'redis'; client: Redis; fallback?: NativeDatabase } | NativeDatabase;

const TABLE = 'rate_limits';

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

function databaseLimiter(database: NativeDatabase, options: LimiterOptions): RateLimiterAbstract {
  if (database.kind === 'postgres') {
    return new RateLimiterPostgres({
      ...options,
      storeClient: database.pool,
      tableName: TABLE,
      tableCreated: true,
    });
  }
  return new RateLimiterSQLite({
    ...options,
    storeClient: database.database,
    storeType: 'better-sqlite3',
    tableName: TABLE,
    tableCreated: true,
  });
}

/**
 * A Redis limiter falls over to the database at once when Redis is not ready. The two count
 * apart: points spent in Redis before an outage count again once it is back (if it kept its
 * data), not in the database meanwhile; so an outage at most doubles a key's budget per window.
 */
function createLimiter(
  store: RateLimitStore,
  keyPrefix: string,
  rule: LimitRule,
): RateLimiterAbstract {
  const options = { keyPrefix, points: rule.points, duration: rule.durationSeconds };
  switch (store.kind) {
    case 'memory':
      return new RateLimiterMemory(options);
    case 'redis':
      return new RateLimiterRedis({
        ...options,
        storeClient: store.client,
        rejectIfRedisNotReady: true,
        ...(store.fallback && { insuranceLimiter: databaseLimiter(store.fallback, options) }),
      });
    case 'postgres':
    case 'sqlite':
      return databaseLimiter(store, options);
  }
}

export interface RateLimits {
  /** Counts one request against the rule; throws RATE_LIMITED once the rule's points are spent. */
  consume(rule: RuleName, key: string): Promise<void>;
  /** Throws RATE_LIMITED if the rule's points are already spent, without counting anything. */
  assertNotExhausted(rule: RuleName, key: string): Promise<void>;
}

function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * The service's rate limits. `keyPrefix` keeps the counters of several deployments apart when
 * they share one Redis. @default 'rl'
 */
export function createRateLimits(
  store: RateLimitStore,
  rules: RateLimitRules = DEFAULT_RATE_LIMIT_RULES,
  keyPrefix = 'rl',
): RateLimits {
  const limiters = Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [
      name,
      createLimiter(store, `${keyPrefix}_${name}`, rule),
    ]),
  ) as Record<RuleName, RateLimiterAbstract>;

  return {
    async consume(rule, key) {
      try {
        await limiters[rule].consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        throw AccountsError.rateLimited(rule, retryAfterSeconds(error));
      }
    },
    async assertNotExhausted(rule, key) {
      const res = await limiters[rule].get(key);
      if (res && res.remainingPoints <= 0)
        throw AccountsError.rateLimited(rule, retryAfterSeconds(res));
    },
  };
}
