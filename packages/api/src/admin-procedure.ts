import { createHash, timingSafeEqual } from 'node:crypto';
import { AccountsError } from './errors';
import { publicProcedure } from './trpc';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether `presented` is the configured secret, in time that does not depend on where they differ
 * (both are hashed first, so their lengths do not show either).
 */
export function isSameSecret(configured: string, presented: string): boolean {
  return timingSafeEqual(digest(configured), digest(presented));
}

/** Requires `Authorization: Bearer <ADMIN_API_KEY>`; without a configured key, the admin API is off. */
export const adminProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.adminApiKey) throw new AccountsError('ADMIN_API_DISABLED');
  const presented = ctx.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!presented || !isSameSecret(ctx.adminApiKey, presented)) {
    throw new AccountsError('ADMIN_KEY_INVALID');
  }
  return next();
});
