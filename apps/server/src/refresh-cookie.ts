import { parse, serialize } from 'cookie';
import type { SetRefreshCookie } from '@dyocense/api';

export const REFRESH_COOKIE = 'dyocense_refresh';
/** The cookie goes only to the one request that needs it. */
export const REFRESH_COOKIE_PATH = '/v1/auth/refresh';

export function readRefreshCookie(header: string | undefined): string | null {
  if (!header) return null;
  return parse(header)[REFRESH_COOKIE] ?? null;
}

/**
 * A `SetRefreshCookie` that writes the Set-Cookie header through `setHeader`, and
 * `Cache-Control: no-store`: no cache may keep a response that carries a refresh token.
 */
export function refreshCookieWriter(
  setHeader: (name: 'set-cookie' | 'cache-control', value: string) => void,
  options: { secure: boolean; now: () => Date },
): SetRefreshCookie {
  return (cookie) => {
    const maxAge = cookie
      ? Math.max(0, Math.floor((cookie.expiresAt.getTime() - options.now().getTime()) / 1000))
      : 0;
    setHeader('cache-control', 'no-store');
    setHeader(
      'set-cookie',
      serialize(REFRESH_COOKIE, cookie?.token ?? '', {
        httpOnly: true,
        secure: options.secure,
        sameSite: 'strict',
        path: REFRESH_COOKIE_PATH,
        maxAge,
      }),
    );
  };
}
