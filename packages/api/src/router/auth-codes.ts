import { verifyCodeInput, verifyOutput } from '../schemas';
import { byClientIp, rateLimit } from '../services/rate-limiting';
import { grantCodeSession } from '../services/session-grant';
import { declared } from '../declare';

/** Sign-in with the code of a link's email, served under `auth.` with the other sign-ins. */
export const codeProcedures = {
  verifyCode: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/code',
    reasons: [
      'CODE_INVALID',
      'CODE_EXPIRED',
      'CODE_USED',
      'CODE_SUPERSEDED',
      'CODE_TRIES_EXHAUSTED',
      'RATE_LIMITED',
    ],
    summary:
      'Use the code of a sign-up or sign-in email, in the browser that asked: returns a session JWT as the link does',
  })
    .input(verifyCodeInput)
    .use(rateLimit({ codeAttemptsPerIp: byClientIp }))
    // Refused codes for one address, from any network: alike for any address.
    .use(
      rateLimit(
        { codeFailuresPerAddress: (_ctx, input: { email: string }) => input.email },
        'failures',
      ),
    )
    .output(verifyOutput)
    .mutation(({ ctx, input }) => grantCodeSession(ctx, input)),
};
