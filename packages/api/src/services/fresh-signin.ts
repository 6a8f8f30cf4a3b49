import type { Context } from '../context';
import { AccountsError } from '../errors';

/**
 * Refuses an action that changes how a person signs in (adding or removing a passkey) unless they
 * signed in within `freshSigninSeconds`: a session left open on a shared computer cannot do it.
 * `signedInAt` is the session's start, which a refresh keeps.
 */
export function assertFreshSignin(
  ctx: Pick<Context, 'now' | 'freshSigninSeconds'>,
  signedInAt: Date,
): void {
  const sinceSignin = ctx.now().getTime() - signedInAt.getTime();
  if (sinceSignin > ctx.freshSigninSeconds * 1000) throw new AccountsError('FRESH_SIGNIN_REQUIRED');
}
