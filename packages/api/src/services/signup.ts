import { findUserByEmail } from '@dyocense/db';
import type { SignupInput } from '../schemas';
import {
  requestLink,
  sendSigninLink,
  sendSignupLink,
  type LinkDeps,
  type LinkResponse,
} from './links';

export const SIGNUP_MESSAGE = 'Check your email: we sent you a link to finish signing up.';

/**
 * Emails a one-time link to finish signing up. For an email that already has an account it sends
 * a sign-in link instead and creates nothing; the answer is the same either way.
 */
export async function requestSignup(deps: LinkDeps, input: SignupInput): Promise<LinkResponse> {
  return requestLink(deps, input.email, SIGNUP_MESSAGE, async (trx) => {
    const user = await findUserByEmail(trx, input.email);
    if (user) return sendSigninLink(trx, deps, user, input.nonce);
    return sendSignupLink(trx, deps, {
      email: input.email,
      nonce: input.nonce,
      details: {
        full_name: input.name,
        business_name: input.business_name,
        intent: input.intent ?? null,
        use_case: input.use_case || null,
      },
    });
  });
}
