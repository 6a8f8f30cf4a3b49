import { findLatestSignupRequest, findUserByEmail, type User } from '@dyocense/db';
import type { AuthEventInput } from './auth-events';
import {
  noAccountNotice,
  requestLink,
  signinLink,
  signupLink,
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
  return requestLink(deps, request.email, SIGNIN_MESSAGE, async (db) => {
    const user = await findUserByEmail(db, request.email);
    const requested = signinRequested(request.email, user, null);
    if (user) return signinLink(deps, user, request.nonce, requested);
    return noAccountNotice(deps, request.email, requested, request.nonce);
  });
}

/** `signin_requested`: detail `no_account` when the address has none, else `resend` or null. */
function signinRequested(
  email: string,
  user: User | undefined,
  detail: 'resend' | null,
): AuthEventInput {
  return {
    type: 'signin_requested',
    email,
    tenantId: user?.tenant_id ?? null,
    detail: user ? detail : 'no_account',
  };
}

/**
 * Sends a fresh link (old tokens are never stored, so never re-sent): sign-in for an account,
 * else a new sign-up link for the email's last sign-up request, else the no-account note.
 */
export async function resendLink(deps: LinkDeps, request: LinkRequest): Promise<LinkResponse> {
  return requestLink(deps, request.email, SIGNIN_MESSAGE, async (db) => {
    const user = await findUserByEmail(db, request.email);
    if (user) {
      const requested = signinRequested(request.email, user, 'resend');
      return signinLink(deps, user, request.nonce, requested);
    }
    const signup = await findLatestSignupRequest(db, request.email);
    if (signup) {
      const { full_name, business_name, intent, use_case } = signup;
      return signupLink(deps, {
        email: request.email,
        nonce: request.nonce,
        cause: {
          type: 'signup_requested',
          email: request.email,
          intent,
          useCase: use_case,
          detail: 'resend',
        },
        details: { full_name, business_name, intent, use_case },
      });
    }
    const requested = signinRequested(request.email, undefined, 'resend');
    return noAccountNotice(deps, request.email, requested, request.nonce);
  });
}
