import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerToken } from './bearer';
import { AccountsError } from './errors';
import type { RuleName } from './rate-limits';
import { limitFailures, type LimitContext } from './services/rate-limiting';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether `presented` is the configured secret, in time that does not depend on where they differ
 * (both are hashed first, so their lengths do not show either).
 */
export function isSameSecret(configured: string, presented: string): boolean {
  return timingSafeEqual(digest(configured), digest(presented));
}

/** A secret an operator sends as `Authorization: Bearer <secret>`. */
export interface OperatorSecret {
  configured: string;
  /** The rule that counts wrong secrets per client IP. */
  rule: RuleName;
  /** The refusal of a missing or wrong secret. */
  reason: 'ADMIN_KEY_INVALID' | 'METRICS_TOKEN_INVALID';
}

/**
 * Refuses a missing or wrong secret, counting it per client IP: once the rule is spent the
 * address is refused (429), even with the right secret, until its window ends, so the secret
 * cannot be guessed.
 */
export function assertOperatorSecret(
  ctx: LimitContext & { clientIp: string; authorization: string | null },
  secret: OperatorSecret,
): Promise<void> {
  return limitFailures(ctx, secret.rule, ctx.clientIp, () => {
    const presented = bearerToken(ctx.authorization);
    if (!presented || !isSameSecret(secret.configured, presented)) {
      throw new AccountsError(secret.reason);
    }
  });
}
