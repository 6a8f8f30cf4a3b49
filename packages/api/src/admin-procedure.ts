import { AccountsError } from './errors';
import { assertOperatorSecret } from './operator-secrets';
import { publicProcedure } from './trpc';

/**
 * Requires `Authorization: Bearer <ADMIN_API_KEY>`; without a configured key, the admin API is off.
 * Wrong keys are limited per client IP, so the key cannot be guessed.
 */
export const adminProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.adminApiKey) throw new AccountsError('ADMIN_API_DISABLED');
  await assertOperatorSecret(ctx, {
    configured: ctx.adminApiKey,
    rule: 'adminKeyFailuresPerIp',
    reason: 'ADMIN_KEY_INVALID',
  });
  return next();
});
