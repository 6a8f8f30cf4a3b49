import { z } from 'zod';
import {
  inspectLinkInput,
  inspectLinkOutput,
  linkRequestInput,
  linkRequestOutput,
  meOutput,
  signupInput,
  signupOutput,
  verifyInput,
  verifyOutput,
} from '../schemas';
import { currentAccount } from '../services/account';
import { byClientIp, rateLimit } from '../services/rate-limiting';
import { grantVerifiedSession } from '../services/session-grant';
import { requestSignin, resendLink } from '../services/signin';
import { requestSignup } from '../services/signup';
import { inspectLink } from '../services/verify-email';
import type { Context } from '../context';
import { hashToken } from '../tokens';
import { declared } from '../declare';
import { router } from '../trpc';
import { codeProcedures } from './auth-codes';
import { providerProcedures } from './auth-oauth';
import { passkeySigninProcedures } from './auth-passkeys';
import { sessionProcedures } from './auth-sessions';
import { tenantProcedures } from './auth-tenants';

/** Sign-up, sign-in and resend: limited per client IP, and per address (alike for any address). */
const limitLinkRequests = rateLimit({
  linkRequestsPerIp: byClientIp,
  emailsPerAddress: (_ctx, input: { email: string }) => input.email,
});

/** In development a link request's answer carries the one-time token: no cache may keep it. */
function withoutCaching<T>(call: { ctx: Context; next: () => Promise<T> }): Promise<T> {
  call.ctx.setResponseHeader('cache-control', 'no-store');
  return call.next();
}

export const authRouter = router({
  signup: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/signup',
    reasons: ['RATE_LIMITED'],
    summary:
      'Start a sign-up: emails a one-time link valid 24 hours (a sign-in link if the account exists)',
    hot: true,
  })
    .input(signupInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(signupOutput)
    .mutation(({ ctx, input }) => requestSignup(ctx, input)),

  signin: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/signin',
    reasons: ['RATE_LIMITED'],
    summary:
      'Email a sign-in link (valid 15 minutes), or a note that no account exists; the same answer for any address',
  })
    .input(linkRequestInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(linkRequestOutput)
    .mutation(({ ctx, input }) => requestSignin(ctx, input)),

  resend: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/resend',
    reasons: ['RATE_LIMITED'],
    summary: 'Email a fresh link, retiring the older unused ones; the same answer for any address',
  })
    .input(linkRequestInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(linkRequestOutput)
    .mutation(({ ctx, input }) => resendLink(ctx, input)),

  inspectLink: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/links/inspect',
    reasons: ['RATE_LIMITED'],
    summary: 'Whether a link still works, and for which (masked) address; never consumes it',
  })
    .input(inspectLinkInput)
    // Each answer tells whether a token exists: limited per client IP against guessing.
    .use(rateLimit({ inspectLinkPerIp: byClientIp }))
    .output(inspectLinkOutput)
    .mutation(({ ctx, input }) => inspectLink(ctx, input.token)),

  verify: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/verify',
    reasons: [
      'TOKEN_NOT_FOUND',
      'TOKEN_USED',
      'TOKEN_EXPIRED',
      'TOKEN_SUPERSEDED',
      'CONFIRMATION_REQUIRED',
      'RATE_LIMITED',
    ],
    summary: 'Use a one-time link: provisions the account (or signs in) and returns a session JWT',
    hot: true,
  })
    .input(verifyInput)
    .use(rateLimit({ verifyPerIp: byClientIp }))
    // A token that keeps failing (guessed nonces, replays) is refused for a while.
    .use(
      rateLimit(
        { verifyFailuresPerToken: (_ctx, input: { token: string }) => hashToken(input.token) },
        'failures',
      ),
    )
    .output(verifyOutput)
    .mutation(({ ctx, input }) => grantVerifiedSession(ctx, input)),

  me: declared({
    access: 'session',
    permission: 'tenant:read',
    method: 'GET',
    path: '/v1/auth/me',
    summary: 'The signed-in user, the tenant of their session and their role in it',
  })
    .input(z.void())
    .output(meOutput)
    .query(({ ctx }) => currentAccount(ctx, ctx)),

  ...sessionProcedures,
  ...tenantProcedures,
  ...providerProcedures,
  ...codeProcedures,
  ...passkeySigninProcedures,
});
