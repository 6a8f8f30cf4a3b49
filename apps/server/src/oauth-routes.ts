import {
  AccountsError,
  beginProviderSignIn,
  completeProviderSignup,
  createCaller,
  finishProviderSignIn,
  OAuthFailure,
  providerSignupInput,
  type Context,
  type OAuthFailureReason,
} from '@dyocense/api';
import { parse, serialize } from 'cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ContextFor } from './context-for';

/** Holds the browser's flow key; sent only to the sign-in routes under /v1/auth/. */
export const OAUTH_COOKIE = 'dyocense_oauth';
const OAUTH_COOKIE_PATH = '/v1/auth/';
const COOKIE_MAX_AGE_SECONDS = 900;

const callbackQuery = z.object({
  state: z.string().max(512).optional(),
  code: z.string().max(4096).optional(),
  error: z.string().max(200).optional(),
});
const authorizeQuery = z.object({ next: z.string().max(512).optional() });
const providerParams = z.object({ provider: z.string().max(64) });

/** How a refused completion answers, in the API's usual error shape. */
const COMPLETION_REFUSALS: Partial<Record<OAuthFailureReason, [number, string, string]>> = {
  OAUTH_SIGNUP_EXPIRED: [
    412,
    'PRECONDITION_FAILED',
    'This sign-up took too long or was already finished; start again with your provider',
  ],
  OAUTH_ACCOUNT_EXISTS: [
    409,
    'CONFLICT',
    'An account already uses this email address; sign in with an emailed link',
  ],
};

function readFlowCookie(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  return header ? (parse(header)[OAUTH_COOKIE] ?? null) : null;
}

/**
 * The redirect flow of sign-in with a provider. The browser's flow key lives in an HttpOnly,
 * SameSite=Lax cookie (Lax, because the provider's redirect back is a cross-site navigation);
 * state, PKCE verifier and nonce are bound to it, and the flow itself is a one-time row.
 * Every refusal sends the browser to the web app's problem page with only a reason code.
 */
export function registerOAuthRoutes(
  app: FastifyInstance,
  options: { contextFor: ContextFor; frontendUrl: string; cookieSecure: boolean },
): void {
  const contextOf = (request: FastifyRequest, reply: FastifyReply): Context =>
    options.contextFor(request, (name, value) => void reply.header(name, value));
  const oauthDeps = (ctx: Context) => ({ ...ctx, providers: ctx.oauthProviders });
  const setFlowCookie = (reply: FastifyReply, browserKey: string) =>
    reply.header(
      'set-cookie',
      serialize(OAUTH_COOKIE, browserKey, {
        httpOnly: true,
        secure: options.cookieSecure,
        sameSite: 'lax',
        path: OAUTH_COOKIE_PATH,
        maxAge: COOKIE_MAX_AGE_SECONDS,
      }),
    );
  const toWebApp = (reply: FastifyReply, path: string) =>
    reply.header('cache-control', 'no-store').redirect(`${options.frontendUrl}${path}`, 302);

  function reasonFor(error: unknown): OAuthFailureReason {
    if (error instanceof OAuthFailure) return error.reason;
    if (error instanceof AccountsError && error.reason === 'RATE_LIMITED') {
      return 'OAUTH_RATE_LIMITED';
    }
    return 'OAUTH_FAILED';
  }

  function refuse(request: FastifyRequest, reply: FastifyReply, provider: string, error: unknown) {
    const reason = reasonFor(error);
    if (reason === 'OAUTH_FAILED') {
      request.log.error({ err: error }, 'sign-in with a provider failed');
    } else {
      const detail = (error as Error).message;
      request.log.info({ provider, reason, detail }, 'sign-in with a provider refused');
    }
    const query = new URLSearchParams({ reason, provider: provider.slice(0, 64) });
    return toWebApp(reply, `/signin/problem?${query}`);
  }

  app.get('/v1/auth/:provider/authorize', async (request, reply) => {
    const { provider } = providerParams.parse(request.params);
    const { next } = authorizeQuery.catch({}).parse(request.query);
    const ctx = contextOf(request, reply);
    try {
      // Each start writes a row and may ask the provider's discovery document: limited per address.
      await ctx.rateLimits?.consume('verifyPerIp', ctx.clientIp);
      const started = await beginProviderSignIn(oauthDeps(ctx), {
        provider,
        next,
        browserKey: readFlowCookie(request),
      });
      setFlowCookie(reply, started.browserKey);
      return reply.header('cache-control', 'no-store').redirect(started.redirectTo.href, 302);
    } catch (error) {
      return refuse(request, reply, provider, error);
    }
  });

  app.get('/v1/auth/:provider/callback', async (request, reply) => {
    const { provider } = providerParams.parse(request.params);
    const ctx = contextOf(request, reply);
    try {
      const outcome = await finishProviderSignIn(oauthDeps(ctx), {
        provider,
        query: callbackQuery.catch({}).parse(request.query),
        browserKey: readFlowCookie(request),
        userAgent: ctx.userAgent,
      });
      if (outcome.kind === 'needs-business-name') return toWebApp(reply, '/signup/business');
      if (outcome.kind === 'connected') return toWebApp(reply, outcome.next);
      ctx.setRefreshCookie({
        token: outcome.session.refreshToken,
        expiresAt: outcome.session.refreshExpiresAt,
      });
      return toWebApp(reply, `/signin/complete?${new URLSearchParams({ next: outcome.next })}`);
    } catch (error) {
      return refuse(request, reply, provider, error);
    }
  });

  // A signed-in user (Bearer JWT) connects a provider: the answer says where to send the browser.
  app.post('/v1/auth/:provider/connect', async (request, reply) => {
    const { provider } = providerParams.parse(request.params);
    const ctx = contextOf(request, reply);
    const me = await createCaller(ctx)
      .auth.me()
      .catch(() => undefined);
    if (!me) {
      return reply.code(401).send({
        code: 'UNAUTHORIZED',
        message: 'Sign in first: send the session token as "Authorization: Bearer <token>"',
        data: { reason: 'SESSION_INVALID' },
      });
    }
    try {
      const started = await beginProviderSignIn(oauthDeps(ctx), {
        provider,
        next: '/settings',
        browserKey: readFlowCookie(request),
        linkUserId: me.user.id,
      });
      setFlowCookie(reply, started.browserKey);
      return reply
        .header('cache-control', 'no-store')
        .send({ authorize_url: started.redirectTo.href });
    } catch (error) {
      if (!(error instanceof OAuthFailure)) throw error;
      const status = error.reason === 'OAUTH_PROVIDER_UNKNOWN' ? 404 : 502;
      return reply.code(status).send({
        code: status === 404 ? 'NOT_FOUND' : 'BAD_GATEWAY',
        message: status === 404 ? 'No such provider' : 'The provider could not be reached',
        data: { reason: error.reason },
      });
    }
  });

  app.post('/v1/auth/providers/signup', async (request, reply) => {
    const input = providerSignupInput.safeParse(request.body ?? {});
    if (!input.success) {
      const fields = Object.fromEntries(
        input.error.issues.map((issue) => [issue.path.join('.') || 'input', issue.message]),
      );
      return reply.code(400).send({
        code: 'BAD_REQUEST',
        message: Object.values(fields).join('; '),
        data: { fields },
      });
    }
    const ctx = contextOf(request, reply);
    try {
      const { session, next } = await completeProviderSignup(oauthDeps(ctx), {
        browserKey: readFlowCookie(request),
        input: input.data,
        userAgent: ctx.userAgent,
      });
      ctx.setRefreshCookie({ token: session.refreshToken, expiresAt: session.refreshExpiresAt });
      return reply.header('cache-control', 'no-store').send({ next });
    } catch (error) {
      const refusal = error instanceof OAuthFailure && COMPLETION_REFUSALS[error.reason];
      if (!refusal || !(error instanceof OAuthFailure)) throw error;
      const [status, code, message] = refusal;
      return reply.code(status).send({ code, message, data: { reason: error.reason } });
    }
  });
}
