import { z } from 'zod';
import { verifyOutput } from '../schemas';
import { authenticationOptionsOutput, passkeySigninInput } from '../passkey-schemas';
import { byClientIp, rateLimit } from '../services/rate-limiting';
import { passkeySigninOptions, signInWithPasskey } from '../services/passkey-signin';
import { declared } from '../declare';

/** Sign-in with a passkey, served under `auth.` with the other sign-ins. */
export const passkeySigninProcedures = {
  passkeyOptions: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/passkey/options',
    reasons: ['RATE_LIMITED'],
    summary:
      'Options for the browser to sign in with a passkey (valid 5 minutes): any of this site’s passkeys, autofill included',
  })
    .input(z.void())
    .use(rateLimit({ passkeyOptionsPerIp: byClientIp }))
    .output(authenticationOptionsOutput)
    .mutation(({ ctx }) => passkeySigninOptions(ctx)),

  passkeySignin: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/passkey',
    reasons: ['PASSKEY_NOT_RECOGNIZED', 'NO_MEMBERSHIP', 'RATE_LIMITED'],
    summary:
      'Sign in with a passkey: the browser’s answer to the options; returns a session JWT as a link does',
  })
    .input(passkeySigninInput)
    // Failed sign-ins (unknown passkeys, forged or replayed answers) are limited per client IP.
    .use(rateLimit({ passkeyFailuresPerIp: byClientIp }, 'failures'))
    .output(verifyOutput)
    .mutation(({ ctx, input }) => signInWithPasskey(ctx, input)),
};
