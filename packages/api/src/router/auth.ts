import { findTenantById, findUserById } from '@dyocense/db';
import { z } from 'zod';
import { AccountsError } from '../errors';
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
import { serializeTenant, serializeUser } from '../serializers';
import { limitFailures } from '../services/rate-limit-events';
import { requestSignin, resendLink } from '../services/signin';
import { requestSignup } from '../services/signup';
import { inspectLink, verifyEmailToken } from '../services/verify-email';
import type { Context } from '../context';
import { hashToken } from '../tokens';
import { consumeLimits, protectedProcedure, publicProcedure, router } from '../trpc';
import { providerProcedures } from './auth-oauth';
import { sessionProcedures } from './auth-sessions';
import { sessionResponse } from './session-response';

/** Sign-up, sign-in and resend: limited per client IP, and per address (alike for any address). */
async function limitLinkRequests<T>(call: {
  ctx: Context;
  input: { email: string };
  next: () => Promise<T>;
}): Promise<T> {
  await consumeLimits(call.ctx, [
    ['linkRequestsPerIp', call.ctx.clientIp],
    ['emailsPerAddress', call.input.email],
  ]);
  return call.next();
}

/** In development a link request's answer carries the one-time token: no cache may keep it. */
function withoutCaching<T>(call: { ctx: Context; next: () => Promise<T> }): Promise<T> {
  call.ctx.setResponseHeader('cache-control', 'no-store');
  return call.next();
}

/** A token that keeps failing (guessed nonces, replays) is refused for a while. */
function withTokenFailureLimit<T>(
  ctx: Context,
  token: string,
  verify: () => Promise<T>,
): Promise<T> {
  return limitFailures(ctx, 'verifyFailuresPerToken', hashToken(token), verify);
}

export const authRouter = router({
  signup: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/signup',
        protect: false,
        tags: ['auth'],
        summary: 'Start a sign-up: emails a one-time link (a sign-in link if the account exists)',
      },
    })
    .input(signupInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(signupOutput)
    .mutation(({ ctx, input }) => requestSignup(ctx, input)),

  signin: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/signin',
        protect: false,
        tags: ['auth'],
        summary: 'Email a sign-in link (valid 15 minutes); the same answer for any address',
      },
    })
    .input(linkRequestInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(linkRequestOutput)
    .mutation(({ ctx, input }) => requestSignin(ctx, input)),

  resend: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/resend',
        protect: false,
        tags: ['auth'],
        summary: 'Email a fresh link, retiring the older ones; the same answer for any address',
      },
    })
    .input(linkRequestInput)
    .use(limitLinkRequests)
    .use(withoutCaching)
    .output(linkRequestOutput)
    .mutation(({ ctx, input }) => resendLink(ctx, input)),

  inspectLink: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/links/inspect',
        protect: false,
        tags: ['auth'],
        summary: 'Whether a link still works, and for which (masked) address; never consumes it',
      },
    })
    .input(inspectLinkInput)
    // Each answer tells whether a token exists: limited per client IP against guessing.
    .use(({ ctx, next }) =>
      consumeLimits(ctx, [['inspectLinkPerIp', ctx.clientIp]]).then(() => next()),
    )
    .output(inspectLinkOutput)
    .mutation(({ ctx, input }) => inspectLink(ctx, input.token)),

  verify: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/verify',
        protect: false,
        tags: ['auth'],
        summary:
          'Use a one-time link: provisions the account (or signs in) and returns a session JWT',
      },
    })
    .input(verifyInput)
    .use(async ({ ctx, next }) => {
      await consumeLimits(ctx, [['verifyPerIp', ctx.clientIp]]);
      return next();
    })
    .output(verifyOutput)
    .mutation(async ({ ctx, input }) => {
      const { user, workspaceId, session } = await withTokenFailureLimit(ctx, input.token, () =>
        verifyEmailToken(ctx, input, ctx.userAgent),
      );
      const delivery = input.refresh_token_delivery ?? 'body';
      return {
        ...(await sessionResponse(ctx, user, session, delivery)),
        workspace_id: workspaceId,
      };
    }),

  me: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/auth/me',
        tags: ['auth'],
        summary: 'The signed-in user and their tenant',
      },
    })
    .input(z.void())
    .output(meOutput)
    .query(async ({ ctx }) => {
      const user = await findUserById(ctx.db, ctx.session.userId);
      const tenant = user && (await findTenantById(ctx.db, user.tenant_id));
      if (!user || !tenant || tenant.id !== ctx.session.tenantId) {
        throw new AccountsError('SESSION_INVALID');
      }
      return { user: serializeUser(user), tenant: serializeTenant(tenant) };
    }),

  ...sessionProcedures,
  ...providerProcedures,
});
