import { z } from 'zod';
import {
  doneOutput,
  refreshInput,
  refreshOutput,
  sessionIdInput,
  sessionsOutput,
} from '../schemas';
import { byClientIp, rateLimit } from '../services/rate-limiting';
import { grantRefreshedSession } from '../services/session-grant';
import { listSessions, revokeOwnSession, signOut, signOutEverywhere } from '../services/sessions';
import { declared } from '../declare';

/** Session procedures, served under `auth.` with the sign-in ones. */
export const sessionProcedures = {
  refresh: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/auth/refresh',
    reasons: [
      'REFRESH_TOKEN_INVALID',
      'REFRESH_TOKEN_REUSED',
      'REFRESH_TOKEN_ROTATED',
      'RATE_LIMITED',
    ],
    summary: 'Trade a refresh token (body or cookie) for a new JWT and a new refresh token',
  })
    .input(refreshInput)
    .use(rateLimit({ refreshPerIp: byClientIp }))
    .output(refreshOutput)
    .mutation(({ ctx, input }) => grantRefreshedSession(ctx, input)),

  signout: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/auth/signout',
    summary: 'End this session: its JWT and refresh token stop working',
  })
    .input(z.void())
    .output(doneOutput)
    .mutation(({ ctx }) => signOut(ctx, ctx.session)),

  signoutAll: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/auth/signout-all',
    summary: 'End every session of the signed-in user, on every device',
  })
    .input(z.void())
    .output(z.object({ revoked: z.number().int() }))
    .mutation(({ ctx }) => signOutEverywhere(ctx, ctx.session)),

  sessions: declared({
    access: 'session',
    permission: 'account:own',
    method: 'GET',
    path: '/v1/auth/sessions',
    summary: 'The signed-in user’s active sessions, with device and last use',
  })
    .input(z.void())
    .output(sessionsOutput)
    .query(({ ctx }) => listSessions(ctx, ctx.session)),

  revokeSession: declared({
    access: 'session',
    permission: 'account:own',
    method: 'DELETE',
    path: '/v1/auth/sessions/{id}',
    reasons: ['SESSION_NOT_FOUND'],
    summary: 'End one of the signed-in user’s sessions',
  })
    .input(sessionIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => revokeOwnSession(ctx, ctx.session, input.id)),
};
