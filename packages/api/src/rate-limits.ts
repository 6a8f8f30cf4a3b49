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
import { AccountsError, waitDescription } from './errors';

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
  /** Codes from an email typed in, from one client IP. */
  codeAttemptsPerIp: LimitRule;
  /** Refused codes for one address, from any browser. */
  codeFailuresPerAddress: LimitRule;
  /** Refreshes from one client IP. */
  refreshPerIp: LimitRule;
  /** Link inspections from one client IP: each one tells whether a guessed token exists. */
  inspectLinkPerIp: LimitRule;
  /** Wrong operator keys (ADMIN_API_KEY) from one client IP. */
  adminKeyFailuresPerIp: LimitRule;
  /** Wrong metrics tokens (METRICS_TOKEN) from one client IP. */
  metricsTokenFailuresPerIp: LimitRule;
  /** Completions of a provider sign-up (the business-name step) from one client IP. */
  providerSignupPerIp: LimitRule;
  /** Access tokens issued to one service client (POST /oauth/token). */
  tokenRequestsPerClient: LimitRule;
  /** Failed client authentications at the token endpoint from one client IP. */
  tokenFailuresPerIp: LimitRule;
  /** Invitations sent and resent by one tenant (each is an email to an address it chose). */
  invitationsPerTenant: LimitRule;
  /** Passkey sign-in challenges asked for from one client IP. */
  passkeyOptionsPerIp: LimitRule;
  /** Failed passkey sign-ins from one client IP. */
  passkeyFailuresPerIp: LimitRule;
}

export type RuleName = keyof RateLimitRules;

export const DEFAULT_RATE_LIMIT_RULES: RateLimitRules = {
  linkRequestsPerIp: { points: 20, durationSeconds: 600 },
  emailsPerAddress: { points: 5, durationSeconds: 3600 },
  verifyPerIp: { points: 60, durationSeconds: 600 },
  verifyFailuresPerToken: { points: 5, durationSeconds: 3600 },
  codeAttemptsPerIp: { points: 30, durationSeconds: 600 },
  codeFailuresPerAddress: { points: 10, durationSeconds: 3600 },
  refreshPerIp: { points: 120, durationSeconds: 600 },
  inspectLinkPerIp: { points: 60, durationSeconds: 600 },
  adminKeyFailuresPerIp: { points: 10, durationSeconds: 900 },
  metricsTokenFailuresPerIp: { points: 10, durationSeconds: 900 },
  providerSignupPerIp: { points: 10, durationSeconds: 600 },
  tokenRequestsPerClient: { points: 120, durationSeconds: 600 },
  tokenFailuresPerIp: { points: 20, durationSeconds: 900 },
  invitationsPerTenant: { points: 50, durationSeconds: 3600 },
  passkeyOptionsPerIp: { points: 60, durationSeconds: 600 },
  passkeyFailuresPerIp: { points: 20, durationSeconds: 900 },
};

/** What a person refused by a rule can do about it, before "try again in …". */
const REFUSAL_ADVICE: Partial<Record<RuleName, string>> = {
  emailsPerAddress: 'Too many emails were requested for this address',
  inspectLinkPerIp: 'Too many links were checked from this address',
  codeAttemptsPerIp:
    'Too many codes were entered from this network; use the link in the email, or wait',
  codeFailuresPerAddress:
    'Too many wrong codes were entered for this email address; use the link in the email, or wait',
  adminKeyFailuresPerIp:
    'Too many wrong operator keys were sent from this address; check ADMIN_API_KEY',
  metricsTokenFailuresPerIp:
    'Too many wrong metrics tokens were sent from this address; check METRICS_TOKEN',
  tokenRequestsPerClient:
    'Too many tokens were asked for this client; reuse a token until it expires',
  tokenFailuresPerIp:
    'Too many failed client authentications from this address; check the client id and secret',
  invitationsPerTenant: 'Too many invitations were sent from this business',
  passkeyFailuresPerIp:
    'Too many passkey sign-ins failed from this address; sign in with an email link instead',
};

/**
 * A call refused by `rule`. `firstInWindow` marks the key's first refusal in its window: the one
 * worth an auth event, so refused traffic writes one row per key and window, not one per call.
 */
export class RateLimitedError extends AccountsError {
  constructor(
    readonly rule: RuleName,
    retryAfterSeconds: number,
    readonly firstInWindow: boolean,
  ) {
    const advice = REFUSAL_ADVICE[rule] ?? 'Too many attempts';
    super('RATE_LIMITED', `${advice}; try again in ${waitDescription(retryAfterSeconds)}`);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

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
  /**
   * Throws RATE_LIMITED if the rule's points are already spent; counts nothing unless it refuses
   * (a refusal is counted, to tell the first one of the window from the rest).
   */
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

  // Counters are atomic, so exactly one refusal per key and window sees points + 1.
  const refusal = (rule: RuleName, res: RateLimiterRes) =>
    new RateLimitedError(
      rule,
      retryAfterSeconds(res),
      res.consumedPoints === rules[rule].points + 1,
    );

  return {
    async consume(rule, key) {
      try {
        await limiters[rule].consume(key);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        throw refusal(rule, error);
      }
    },
    async assertNotExhausted(rule, key) {
      const res = await limiters[rule].get(key);
      if (res && res.remainingPoints <= 0) throw refusal(rule, await limiters[rule].penalty(key));
    },
  };
}
