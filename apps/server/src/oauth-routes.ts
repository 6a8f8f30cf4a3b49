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

/** Holds the browser's flow key; without `Secure` (local http), sent only under /v1/auth/. */
export const OAUTH_COOKIE = 'dyocense_oauth';
/**
 * The flow cookie's name where it is `Secure`: a `__Host-` cookie cannot be set by a sibling
 * subdomain (no Domain) or over plain http, so nobody can plant a flow key in a browser.
 */
export const SECURE_OAUTH_COOKIE = `__Host-${OAUTH_COOKIE}`;
const OAUTH_COOKIE_PATH = '/v1/auth/';
const COOKIE_MAX_AGE_SECONDS = 900;

const callbackQuery = z.object({
  state: z.string().max(512).optional(),
  code: z.string().max(4096).optional(),
  error: z.string().max(200).optional(),
});
const authorizeQuery = z.object({ next: z.string().max(512).optional() });
const UNKNOWN_PROVIDER = {
  code: 'NOT_FOUND',
  message: 'No such sign-in provider here; GET /v1/auth/providers lists those configured',
  data: { reason: 'OAUTH_PROVIDER_UNKNOWN' },
};

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

/** The flow cookie's name and path: `__Host-` needs Secure, Path=/ and no Domain. */
function flowCookieOf(secure: boolean): { name: string; path: string } {
  return secure
    ? { name: SECURE_OAUTH_COOKIE, path: '/' }
    : { name: OAUTH_COOKIE, path: OAUTH_COOKIE_PATH };
}

function providerOf(request: FastifyRequest): string {
  return (request.params as { provider: string }).provider;
}

/**
 * The redirect flow of sign-in with a provider. The browser's flow key lives in an HttpOnly,
 * SameSite=Lax cookie (Lax, because the provider's redirect back is a cross-site navigation);
 * state, PKCE verifier and nonce are bound to it, and the flow itself is a one-time row.
 * Every refusal sends the browser to the web app's problem page with only a reason code (and,
 * for a rate limit, the seconds to wait).
 */
export function registerOAuthRoutes(
  app: FastifyInstance,
  options: { contextFor: ContextFor; frontendUrl: string; cookieSecure: boolean },
): void {
  const contextOf = (request: FastifyRequest, reply: FastifyReply): Context =>
    options.contextFor(request, (name, value) => void reply.header(name, value));
  const oauthDeps = (ctx: Context) => ({ ...ctx, providers: ctx.oauthProviders });
  const flowCookie = flowCookieOf(options.cookieSecure);
  // Only the cookie of this name counts: in production an unprefixed (plantable) one is ignored.
  const readFlowCookie = (request: FastifyRequest): string | null => {
    const header = request.headers.cookie;
    return header ? (parse(header)[flowCookie.name] ?? null) : null;
  };
  const setFlowCookie = (reply: FastifyReply, browserKey: string | null) =>
    reply.header(
      'set-cookie',
      serialize(flowCookie.name, browserKey ?? '', {
        httpOnly: true,
        secure: options.cookieSecure,
        sameSite: 'lax',
        path: flowCookie.path,
        maxAge: browserKey ? COOKIE_MAX_AGE_SECONDS : 0,
      }),
    );
  // Unknown providers are 404 before any work, whatever the name (it is not logged as a fault).
  const unknownProvider = (ctx: Context, request: FastifyRequest, reply: FastifyReply): boolean => {
    const provider = providerOf(request);
    if (ctx.oauthProviders.get(provider)) return false;
    request.log.info({ provider: provider.slice(0, 64) }, 'unknown sign-in provider');
    void reply.code(404).header('cache-control', 'no-store').send(UNKNOWN_PROVIDER);
    return true;
  };
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
    // So the page can say the real wait ("Try again in 9 minutes"), as the API's refusals do.
    const wait = error instanceof AccountsError ? error.retryAfterSeconds : undefined;
    if (wait) query.set('retry_after', String(wait));
    return toWebApp(reply, `/signin/problem?${query}`);
  }

  app.get('/v1/auth/:provider/authorize', async (request, reply) => {
    const ctx = contextOf(request, reply);
    if (unknownProvider(ctx, request, reply)) return reply;
    const provider = providerOf(request);
    const { next } = authorizeQuery.catch({}).parse(request.query);
    try {
      // Each start writes a row and may ask the provider's discovery document: limited per address.
      await ctx.rateLimits?.consume('verifyPerIp', ctx.clientIp);
      const started = await beginProviderSignIn(oauthDeps(ctx), { provider, next });
      setFlowCookie(reply, started.browserKey);
      return reply.header('cache-control', 'no-store').redirect(started.redirectTo.href, 302);
    } catch (error) {
      return refuse(request, reply, provider, error);
    }
  });

  app.get('/v1/auth/:provider/callback', async (request, reply) => {
    const ctx = contextOf(request, reply);
    if (unknownProvider(ctx, request, reply)) return reply;
    const provider = providerOf(request);
    try {
      const outcome = await finishProviderSignIn(oauthDeps(ctx), {
        provider,
        query: callbackQuery.catch({}).parse(request.query),
        browserKey: readFlowCookie(request),
        userAgent: ctx.userAgent,
      });
      if (outcome.kind === 'needs-business-name') {
        setFlowCookie(reply, outcome.namingKey);
        return toWebApp(reply, '/signup/business');
      }
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
    const ctx = contextOf(request, reply);
    if (unknownProvider(ctx, request, reply)) return reply;
    const provider = providerOf(request);
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
      // Each attempt may guess a flow key: limited per address.
      await ctx.rateLimits?.consume('providerSignupPerIp', ctx.clientIp);
      const { session, next } = await completeProviderSignup(oauthDeps(ctx), {
        browserKey: readFlowCookie(request),
        input: input.data,
        userAgent: ctx.userAgent,
      });
      ctx.setRefreshCookie({ token: session.refreshToken, expiresAt: session.refreshExpiresAt });
      setFlowCookie(reply, null);
      return reply.header('cache-control', 'no-store').send({ next });
    } catch (error) {
      const refusal = error instanceof OAuthFailure && COMPLETION_REFUSALS[error.reason];
      if (!refusal || !(error instanceof OAuthFailure)) throw error;
      const [status, code, message] = refusal;
      return reply.code(status).send({ code, message, data: { reason: error.reason } });
    }
  });
}
