import { DEFAULT_RATE_LIMIT_RULES, type RateLimitRules } from '@dyocense/api';
import { z } from 'zod';
import type { RedisSettings } from './redis';
import { flag, whole } from './values';

type RuleName = keyof RateLimitRules;

/** What each rule counts, and what follows when it is used up, as the docs say it. */
const RULE_MEANINGS: Record<RuleName, { counts: string; then?: string }> = {
  linkRequestsPerIp: { counts: 'sign-up, sign-in and resend requests per client address' },
  emailsPerAddress: { counts: 'emails asked for one address' },
  verifyPerIp: { counts: 'verifications per client address' },
  verifyFailuresPerToken: { counts: 'failed verifications with one token' },
  codeAttemptsPerIp: { counts: 'emailed codes entered per client address' },
  codeFailuresPerAddress: {
    counts: 'refused codes for one email address, from any browser',
    then: 'then even the right code waits (the link still works)',
  },
  refreshPerIp: { counts: 'refreshes per client address' },
  inspectLinkPerIp: {
    counts: 'link inspections per client address (each tells whether a token exists)',
  },
  adminKeyFailuresPerIp: {
    counts: 'wrong `ADMIN_API_KEY`s per client address',
    then: 'then even the right key waits out the window',
  },
  metricsTokenFailuresPerIp: {
    counts: 'wrong `METRICS_TOKEN`s per client address (either metrics port)',
    then: 'then even the right one waits',
  },
  providerSignupPerIp: {
    counts: 'completions of a provider sign-up (the business name) per client address',
  },
  tokenRequestsPerClient: { counts: 'access tokens issued to one service client' },
  tokenFailuresPerIp: {
    counts: 'failed service-client authentications at `POST /oauth/token` per client address',
    then: 'then even the right secret waits',
  },
  invitationsPerTenant: { counts: 'invitations sent or resent by one tenant' },
  passkeyOptionsPerIp: { counts: 'passkey sign-in challenges per client address' },
  passkeyFailuresPerIp: {
    counts: 'failed passkey sign-ins per client address',
    then: 'then even the right passkey waits',
  },
};

/** Names that do not follow from the rule's own (kept as they were first published). */
const IRREGULAR_NAMES: Partial<Record<RuleName, string>> = {
  metricsTokenFailuresPerIp: 'RATE_LIMIT_METRICS_FAILURES_PER_IP',
};

/**
 * A rule's two variables: `linkRequestsPerIp` is counted in RATE_LIMIT_LINK_REQUESTS_PER_IP
 * calls per RATE_LIMIT_LINK_REQUESTS_WINDOW_SECONDS.
 */
export function rateLimitVariables(rule: RuleName): { points: string; window: string } {
  const points =
    IRREGULAR_NAMES[rule] ?? `RATE_LIMIT_${rule.replace(/[A-Z]/g, '_$&').toUpperCase()}`;
  return { points, window: points.replace(/_PER_[A-Z]+$/, '_WINDOW_SECONDS') };
}

const RULE_NAMES = Object.keys(DEFAULT_RATE_LIMIT_RULES) as RuleName[];

function ruleVariables(rule: RuleName) {
  const { points, window } = rateLimitVariables(rule);
  const defaults = DEFAULT_RATE_LIMIT_RULES[rule];
  const { counts, then } = RULE_MEANINGS[rule];
  return [
    [
      points,
      whole(1)
        .default(defaults.points)
        .meta({
          description: `${counts} allowed in one \`${window}\`${then ? `; ${then}` : ''}`,
        }),
    ],
    [
      window,
      whole(1)
        .default(defaults.durationSeconds)
        .meta({ description: `the window of \`${points}\`, seconds` }),
    ],
  ] as const;
}

/** Whether calls are limited, and where the counters are kept apart. */
export const rateLimitsSchema = z
  .object({
    RATE_LIMITS_ENABLED: flag('RATE_LIMITS_ENABLED')
      .default(true)
      .meta({ description: '`false` switches every limit off (load tests only)' }),
    RATE_LIMIT_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_]{1,40}$/, 'RATE_LIMIT_KEY_PREFIX may hold only letters, digits and _')
      .default('rl')
      .meta({
        description:
          'keeps the counters of deployments that share one Redis apart (letters, digits and `_`, at most 40)',
      }),
  })
  .meta({ title: 'Rate limits' });

/** Each rule of DEFAULT_RATE_LIMIT_RULES as two variables: how many calls in how long a window. */
export const rateLimitRulesSchema = z
  .object(Object.fromEntries(RULE_NAMES.flatMap(ruleVariables)))
  .meta({
    title: 'Rate limit rules',
    description:
      'Each rule allows a number of calls per window; past it a call is answered 429 (`RATE_LIMITED`) with `Retry-After`.',
  });

export interface RateLimitsConfig {
  /** Absent when rate limits are switched off. */
  rateLimits?: { redis?: RedisSettings; keyPrefix: string; rules: RateLimitRules };
}

export function readRateLimits(
  env: z.output<typeof rateLimitsSchema>,
  ruleEnv: z.output<typeof rateLimitRulesSchema>,
  redis: RedisSettings | undefined,
): RateLimitsConfig {
  if (!env.RATE_LIMITS_ENABLED) return {};
  const rules: RateLimitRules = { ...DEFAULT_RATE_LIMIT_RULES };
  for (const rule of RULE_NAMES) {
    const { points, window } = rateLimitVariables(rule);
    // The schema gives every rule variable its default; `??` only satisfies the index type.
    rules[rule] = {
      points: ruleEnv[points] ?? rules[rule].points,
      durationSeconds: ruleEnv[window] ?? rules[rule].durationSeconds,
    };
  }
  return { rateLimits: { ...(redis && { redis }), keyPrefix: env.RATE_LIMIT_KEY_PREFIX, rules } };
}
