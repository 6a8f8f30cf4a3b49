import type { Context } from '../context';
import { AccountsError } from '../errors';
import { RateLimitedError, type RuleName } from '../rate-limits';

// The one way calls are rate limited. A procedure declares its limits with `.use(rateLimit(...))`;
// code outside a procedure's chain (operator secrets, the metrics token) uses `limitFailures` or
// `consumeLimits`. All of them count through `ctx.rateLimits` and record refusals the same way.

/** What counting a call against a rule needs: the limits, and where refusals are recorded. */
export type LimitContext = Pick<Context, 'rateLimits' | 'events' | 'db'>;

/** The rules keyed by an email address. */
const PER_ADDRESS_RULES: ReadonlySet<RuleName> = new Set([
  'emailsPerAddress',
  'codeFailuresPerAddress',
]);

/**
 * Records a refusal as `rate_limited` with the rule's name, once per key and window (later
 * refusals are only counted in metrics); the address is kept (hashed) only for the per-address
 * rules, whose key it is.
 */
async function recordRefusal(ctx: LimitContext, refusal: RateLimitedError, key: string) {
  const event = { type: 'rate_limited', detail: refusal.rule } as const;
  if (!refusal.firstInWindow) return ctx.events.observe(event);
  const email = PER_ADDRESS_RULES.has(refusal.rule) ? key : null;
  await ctx.events.record(ctx.db, { ...event, email });
}

/**
 * Applies one rule (counting the call, or only checking it is not spent) and records the key's
 * first refusal in each window.
 */
async function applyRateLimit(
  ctx: LimitContext,
  rule: RuleName,
  key: string,
  mode: 'consume' | 'check' = 'consume',
): Promise<void> {
  if (!ctx.rateLimits) return;
  try {
    if (mode === 'consume') await ctx.rateLimits.consume(rule, key);
    else await ctx.rateLimits.assertNotExhausted(rule, key);
  } catch (error) {
    if (error instanceof RateLimitedError) await recordRefusal(ctx, error, key);
    throw error;
  }
}

/** Counts the call against each `[rule, key]` in turn; the first rule exhausted refuses it. */
export async function consumeLimits(
  ctx: LimitContext,
  limits: [RuleName, string][],
): Promise<void> {
  for (const [rule, key] of limits) await applyRateLimit(ctx, rule, key);
}

/**
 * Counts only failed attempts against `rule`: refuses while the key's failures are spent (a right
 * answer too, once blocked), else runs `attempt` and counts it if it is refused (an AccountsError;
 * an outage is no failed guess). The attempt's own error wins over a refusal raised counting it.
 */
export async function limitFailures<T>(
  ctx: LimitContext,
  rule: RuleName,
  key: string,
  attempt: () => T | Promise<T>,
): Promise<T> {
  await applyRateLimit(ctx, rule, key, 'check');
  try {
    return await attempt();
  } catch (error) {
    if (error instanceof AccountsError) await applyRateLimit(ctx, rule, key).catch(() => undefined);
    throw error;
  }
}

/** Each rule a procedure is limited by, with the key it counts a call under. */
export type LimitKeys<I> = Partial<Record<RuleName, (ctx: Context, input: I) => string>>;

/** The key of the per-client-IP rules. */
export const byClientIp = (ctx: Context): string => ctx.clientIp;

/** What the rest of a procedure's chain answers (tRPC hands middleware a result, not a throw). */
type ChainResult = { ok: true } | { ok: false; error: { cause?: unknown } };

/**
 * A procedure's rate limits, as middleware: `.use(rateLimit({ verifyPerIp: byClientIp }))`.
 * `calls` (the default) counts every call, rule by rule in the order given; `failures` counts
 * only calls the rest of the chain refuses, as `limitFailures` does.
 */
export function rateLimit<I>(keys: LimitKeys<I>, count: 'calls' | 'failures' = 'calls') {
  const rules = Object.entries(keys) as [RuleName, (ctx: Context, input: I) => string][];
  return async <R extends ChainResult>(call: {
    ctx: Context;
    input: I;
    next: () => Promise<R>;
  }): Promise<R> => {
    const limits = rules.map(([rule, keyOf]): [RuleName, string] => [
      rule,
      keyOf(call.ctx, call.input),
    ]);
    if (count === 'calls') {
      await consumeLimits(call.ctx, limits);
      return call.next();
    }
    for (const [rule, key] of limits) await applyRateLimit(call.ctx, rule, key, 'check');
    const result = await call.next();
    if (!result.ok && result.error.cause instanceof AccountsError) {
      for (const [rule, key] of limits) {
        await applyRateLimit(call.ctx, rule, key).catch(() => undefined);
      }
    }
    return result;
  };
}
