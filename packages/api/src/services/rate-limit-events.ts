import type { Context } from '../context';
import { AccountsError } from '../errors';
import type { RuleName } from '../rate-limits';

/**
 * Applies one rate-limit rule (counting the call, or only checking it is not spent) and records
 * a refusal as `rate_limited` with the rule's name; the address is kept (hashed) only for the
 * per-address rule, whose key it is.
 */
export async function applyRateLimit(
  ctx: Pick<Context, 'rateLimits' | 'events' | 'db'>,
  rule: RuleName,
  key: string,
  mode: 'consume' | 'check' = 'consume',
): Promise<void> {
  if (!ctx.rateLimits) return;
  try {
    if (mode === 'consume') await ctx.rateLimits.consume(rule, key);
    else await ctx.rateLimits.assertNotExhausted(rule, key);
  } catch (error) {
    if (error instanceof AccountsError && error.reason === 'RATE_LIMITED') {
      const email = rule === 'emailsPerAddress' ? key : null;
      await ctx.events.record(ctx.db, { type: 'rate_limited', email, detail: rule });
    }
    throw error;
  }
}
