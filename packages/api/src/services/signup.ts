import { findUserByEmail } from '@dyocense/db';
import type { SignupInput } from '../schemas';
import { requestLink, signinLink, signupLink, type LinkDeps, type LinkResponse } from './links';

export const SIGNUP_MESSAGE = 'Check your email: we sent you a link to finish signing up.';

/**
 * Emails a one-time link to finish signing up. For an email that already has an account it sends
 * a sign-in link instead and creates nothing; the answer is the same either way.
 */
export async function requestSignup(deps: LinkDeps, input: SignupInput): Promise<LinkResponse> {
  return requestLink(deps, input.email, SIGNUP_MESSAGE, async (db) => {
    const user = await findUserByEmail(db, input.email);
    const requested = {
      type: 'signup_requested',
      email: input.email,
      intent: input.intent ?? null,
      useCase: input.use_case || null,
    } as const;
    if (user) {
      // Counted apart from new sign-ups: the funnel follows only addresses without an account.
      const existing = { ...requested, tenantId: user.tenant_id, detail: 'existing_account' };
      return signinLink(deps, user, input.nonce, existing);
    }
    return signupLink(deps, {
      email: input.email,
      nonce: input.nonce,
      cause: requested,
      details: {
        full_name: input.name,
        business_name: input.business_name,
        intent: input.intent ?? null,
        use_case: input.use_case || null,
      },
    });
  });
}
