import { z } from 'zod';
import { AccountsError } from '../errors';
import { refreshInput, refreshOutput, sessionIdInput, sessionsOutput } from '../schemas';
import {
  listSessions,
  refreshSession,
  revokeOwnSession,
  signOut,
  signOutEverywhere,
} from '../services/sessions';
import { consumeLimits, protectedProcedure, publicProcedure } from '../trpc';
import { sessionResponse } from './session-response';

const done = z.object({ ok: z.literal(true) });

/** Session procedures, served under `auth.` with the sign-in ones. */
export const sessionProcedures = {
  refresh: publicProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/refresh',
        protect: false,
        tags: ['auth'],
        summary: 'Trade a refresh token (body or cookie) for a new JWT and a new refresh token',
      },
    })
    .input(refreshInput)
    .use(async ({ ctx, next }) => {
      await consumeLimits(ctx, [['refreshPerIp', ctx.clientIp]]);
      return next();
    })
    .output(refreshOutput)
    .mutation(async ({ ctx, input }) => {
      const refreshToken = input.refresh_token ?? ctx.refreshCookie;
      if (!refreshToken) throw new AccountsError('REFRESH_TOKEN_INVALID');
      const delivery = input.refresh_token_delivery ?? (input.refresh_token ? 'body' : 'cookie');
      const { user, session } = await refreshSession(ctx, refreshToken);
      return sessionResponse(ctx, user, session, delivery);
    }),

  signout: protectedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/signout',
        tags: ['auth'],
        summary: 'End this session: its JWT and refresh token stop working',
      },
    })
    .input(z.void())
    .output(done)
    .mutation(async ({ ctx }) => {
      await signOut(ctx, ctx.session);
      ctx.setRefreshCookie(null);
      return { ok: true as const };
    }),

  signoutAll: protectedProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/v1/auth/signout-all',
        tags: ['auth'],
        summary: 'End every session of the signed-in user, on every device',
      },
    })
    .input(z.void())
    .output(z.object({ revoked: z.number().int() }))
    .mutation(async ({ ctx }) => {
      const revoked = await signOutEverywhere(ctx, ctx.session);
      ctx.setRefreshCookie(null);
      return { revoked };
    }),

  sessions: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/auth/sessions',
        tags: ['auth'],
        summary: 'The signed-in user’s active sessions, with device and last use',
      },
    })
    .input(z.void())
    .output(sessionsOutput)
    .query(async ({ ctx }) => {
      const items = await listSessions(ctx, ctx.session);
      return { items, count: items.length };
    }),

  revokeSession: protectedProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/v1/auth/sessions/{id}',
        tags: ['auth'],
        summary: 'End one of the signed-in user’s sessions',
      },
    })
    .input(sessionIdInput)
    .output(done)
    .mutation(async ({ ctx, input }) => {
      await revokeOwnSession(ctx, ctx.session, input.id);
      if (input.id === ctx.session.sessionId) ctx.setRefreshCookie(null);
      return { ok: true as const };
    }),
};
