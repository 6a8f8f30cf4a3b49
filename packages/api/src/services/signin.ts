import { findLatestSignupRequest, findUserByEmail, type DB, type User } from '@dyocense/db';
import {
  requestLink,
  sendNoAccountNotice,
  sendSigninLink,
  sendSignupLink,
  type LinkDeps,
  type LinkResponse,
} from './links';

export const SIGNIN_MESSAGE = 'Check your email: we sent a link to continue to this address.';

interface LinkRequest {
  email: string;
  nonce?: string | undefined;
}

/**
 * Emails a sign-in link to an existing account, or a note that no account exists (with a link to
 * sign up); the answer is the same either way.
 */
export async function requestSignin(deps: LinkDeps, request: LinkRequest): Promise<LinkResponse> {
  return requestLink(deps, request.email, SIGNIN_MESSAGE, async (trx) => {
    const user = await findUserByEmail(trx, request.email);
    await recordSigninRequest(trx, deps, request.email, user, null);
    if (user) return sendSigninLink(trx, deps, user, request.nonce);
    await sendNoAccountNotice(trx, deps, request.email);
    return undefined;
  });
}

/** `signin_requested`: detail `no_account` when the address has none, else `resend` or null. */
function recordSigninRequest(
  trx: DB,
  deps: LinkDeps,
  email: string,
  user: User | undefined,
  detail: 'resend' | null,
): Promise<void> {
  return deps.events.record(trx, {
    type: 'signin_requested',
    email,
    tenantId: user?.tenant_id ?? null,
    detail: user ? detail : 'no_account',
  });
}

/**
 * Sends a fresh link (old tokens are never stored, so never re-sent): sign-in for an account,
 * else a new sign-up link for the email's last sign-up request, else the no-account note.
 */
export async function resendLink(deps: LinkDeps, request: LinkRequest): Promise<LinkResponse> {
  return requestLink(deps, request.email, SIGNIN_MESSAGE, async (trx) => {
    const user = await findUserByEmail(trx, request.email);
    const signup = user ? undefined : await findLatestSignupRequest(trx, request.email);
    if (user) {
      await recordSigninRequest(trx, deps, request.email, user, 'resend');
      return sendSigninLink(trx, deps, user, request.nonce);
    }
    if (signup) {
      const { full_name, business_name, intent, use_case } = signup;
      await deps.events.record(trx, {
        type: 'signup_requested',
        email: request.email,
        intent,
        useCase: use_case,
        detail: 'resend',
      });
      return sendSignupLink(trx, deps, {
        email: request.email,
        nonce: request.nonce,
        details: { full_name, business_name, intent, use_case },
      });
    }
    await recordSigninRequest(trx, deps, request.email, undefined, 'resend');
    await sendNoAccountNotice(trx, deps, request.email);
    return undefined;
  });
}
