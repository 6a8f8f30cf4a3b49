import { createHash, timingSafeEqual } from 'node:crypto';
import { AccountsError } from './errors';
import { limitFailures } from './services/rate-limit-events';
import { publicProcedure } from './trpc';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether `presented` is the configured secret, in time that does not depend on where they differ
 * (both are hashed first, so their lengths do not show either).
 */
export function isSameSecret(configured: string, presented: string): boolean {
  return timingSafeEqual(digest(configured), digest(presented));
}

function assertOperatorKey(configured: string, authorization: string | null): void {
  const presented = authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!presented || !isSameSecret(configured, presented)) {
    throw new AccountsError('ADMIN_KEY_INVALID');
  }
}

/**
 * Requires `Authorization: Bearer <ADMIN_API_KEY>`; without a configured key, the admin API is off.
 * Wrong keys are limited per client IP, so the key cannot be guessed.
 */
export const adminProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const configured = ctx.adminApiKey;
  if (!configured) throw new AccountsError('ADMIN_API_DISABLED');
  await limitFailures(ctx, 'adminKeyFailuresPerIp', ctx.clientIp, () =>
    assertOperatorKey(configured, ctx.authorization),
  );
  return next();
});
