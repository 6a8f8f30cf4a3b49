import type { User } from '@dyocense/db';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import { sessionResponse } from '../responses';
import { refreshSession, type StartedSession } from './sessions';
import { verifyEmailCode, type CodeSubmission } from './verify-code';
import { verifyEmailToken } from './verify-email';

type GrantContext = Pick<Context, 'jwt' | 'now' | 'setResponseHeader' | 'setRefreshCookie'>;

/**
 * Signs a JWT for the session and hands over its refresh token: in the body for API clients, or
 * as an HttpOnly cookie (never visible to page scripts) for browsers.
 */
export async function grantSession(
  ctx: GrantContext,
  user: User,
  session: StartedSession,
  delivery: 'body' | 'cookie',
) {
  const { jwt, expiresAt } = await ctx.jwt.sign(
    {
      userId: user.id,
      tenantId: session.tenantId,
      email: user.email,
      sessionId: session.sessionId,
    },
    ctx.now(),
  );
  // A JWT and a refresh token: no browser or proxy cache may keep this response.
  ctx.setResponseHeader('cache-control', 'no-store');
  if (delivery === 'cookie') {
    ctx.setRefreshCookie({ token: session.refreshToken, expiresAt: session.refreshExpiresAt });
  }
  return sessionResponse({ user, jwt, jwtExpiresAt: expiresAt, ...session, delivery });
}

/**
 * Signs a JWT for a session that moved to another tenant (a switch, an invitation joined). Its
 * refresh token stays where it is, cookie or client: none is issued, so none is sent.
 */
export async function grantMovedSession(
  ctx: Pick<Context, 'jwt' | 'now' | 'setResponseHeader'>,
  user: User,
  session: { sessionId: string; tenantId: string; refreshExpiresAt: Date },
) {
  const { sessionId, tenantId } = session;
  const { jwt, expiresAt } = await ctx.jwt.sign(
    { userId: user.id, tenantId, email: user.email, sessionId },
    ctx.now(),
  );
  ctx.setResponseHeader('cache-control', 'no-store');
  return sessionResponse({
    user,
    jwt,
    jwtExpiresAt: expiresAt,
    sessionId,
    tenantId,
    refreshToken: '',
    refreshExpiresAt: session.refreshExpiresAt,
    delivery: 'cookie',
  });
}

/**
 * The answer to a sign-in (a link, a passkey): the session granted, with the default workspace of
 * the tenant it opened.
 */
export async function grantSignIn(
  ctx: GrantContext,
  signedIn: { user: User; session: StartedSession; workspaceId: string },
  delivery: 'body' | 'cookie',
) {
  const granted = await grantSession(ctx, signedIn.user, signedIn.session, delivery);
  return { ...granted, workspace_id: signedIn.workspaceId };
}

/** Uses a one-time link and signs in: the session, and the account's default workspace. */
export async function grantVerifiedSession(
  ctx: Context,
  link: { token: string; nonce?: string | undefined; refresh_token_delivery?: 'body' | 'cookie' },
) {
  const signedIn = await verifyEmailToken(ctx, link, ctx.userAgent);
  return grantSignIn(ctx, signedIn, link.refresh_token_delivery ?? 'body');
}

/** Uses the code of a link's email and signs in, answering exactly as the link would. */
export async function grantCodeSession(
  ctx: Context,
  submission: CodeSubmission & { refresh_token_delivery?: 'body' | 'cookie' },
) {
  const signedIn = await verifyEmailCode(ctx, submission, ctx.userAgent);
  return grantSignIn(ctx, signedIn, submission.refresh_token_delivery ?? 'body');
}

/**
 * Rotates the refresh token from the body, else from the cookie; the new one goes back the same
 * way unless the client asks otherwise.
 */
export async function grantRefreshedSession(
  ctx: Context,
  request: { refresh_token?: string | undefined; refresh_token_delivery?: 'body' | 'cookie' },
) {
  const refreshToken = request.refresh_token ?? ctx.refreshCookie;
  if (!refreshToken) throw new AccountsError('REFRESH_TOKEN_INVALID');
  const delivery = request.refresh_token_delivery ?? (request.refresh_token ? 'body' : 'cookie');
  const { user, session } = await refreshSession(ctx, refreshToken);
  return grantSession(ctx, user, session, delivery);
}
