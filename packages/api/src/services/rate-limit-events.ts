import type { Context } from '../context';
import { AccountsError } from '../errors';
import { RateLimitedError, type RuleName } from '../rate-limits';

/** What counting a call against a rule needs: the limits, and where refusals are recorded. */
export type LimitContext = Pick<Context, 'rateLimits' | 'events' | 'db'>;

/**
 * Records a refusal as `rate_limited` with the rule's name, once per key and window (later
 * refusals are only counted in metrics); the address is kept (hashed) only for the per-address
 * rule, whose key it is.
 */
async function recordRefusal(ctx: LimitContext, refusal: RateLimitedError, key: string) {
  const event = { type: 'rate_limited', detail: refusal.rule } as const;
  if (!refusal.firstInWindow) return ctx.events.observe(event);
  const email = refusal.rule === 'emailsPerAddress' ? key : null;
  await ctx.events.record(ctx.db, { ...event, email });
}

/**
 * Applies one rate-limit rule (counting the call, or only checking it is not spent) and records
 * the key's first refusal in each window.
 */
export async function applyRateLimit(
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
