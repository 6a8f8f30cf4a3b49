import type { User } from '@dyocense/db';
import type { Context } from '../context';
import { serializeUser } from '../serializers';
import type { StartedSession } from '../services/sessions';

/**
 * Signs a JWT for the session and hands over its refresh token: in the body for API clients, or
 * as an HttpOnly cookie (never visible to page scripts) for browsers.
 */
export async function sessionResponse(
  ctx: Context,
  user: User,
  session: StartedSession,
  delivery: 'body' | 'cookie',
) {
  const { jwt, expiresAt } = await ctx.jwt.sign(
    { userId: user.id, tenantId: user.tenant_id, email: user.email, sessionId: session.sessionId },
    ctx.now(),
  );
  // A JWT and a refresh token: no browser or proxy cache may keep this response.
  ctx.setResponseHeader('cache-control', 'no-store');
  if (delivery === 'cookie') {
    ctx.setRefreshCookie({ token: session.refreshToken, expiresAt: session.refreshExpiresAt });
  }
  return {
    jwt,
    token: jwt,
    expires_at: expiresAt.toISOString(),
    session_id: session.sessionId,
    ...(delivery === 'body' && { refresh_token: session.refreshToken }),
    refresh_expires_at: session.refreshExpiresAt.toISOString(),
    tenant_id: user.tenant_id,
    user: serializeUser(user),
  };
}
