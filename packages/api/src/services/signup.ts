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
    const requested = {
      type: 'signup_requested',
      email: input.email,
      intent: input.intent ?? null,
      useCase: input.use_case || null,
    } as const;
    if (user) {
      // Counted apart from new sign-ups: the funnel follows only addresses without an account.
      await deps.events.record(trx, {
        ...requested,
        tenantId: user.tenant_id,
        detail: 'existing_account',
      });
      return sendSigninLink(trx, deps, user, input.nonce);
    }
    await deps.events.record(trx, requested);
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
