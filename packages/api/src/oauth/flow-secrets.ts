import { createHmac } from 'node:crypto';
import type { FlowSecrets } from './provider';

/** A key held only in the browser's HttpOnly flow cookie: 256 random bits, base64url. */
export const BROWSER_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The PKCE verifier and the nonce of one flow, derived from the browser's key and the flow's
 * state. The database keeps neither (only hashes of the state and the key), so a copy of it
 * cannot redeem an intercepted code; the callback recomputes them from the cookie.
 */
export function flowSecrets(browserKey: string, state: string): FlowSecrets {
  const derive = (purpose: string) =>
    createHmac('sha256', browserKey).update(`${purpose}:${state}`).digest('base64url');
  return { state, codeVerifier: derive('pkce-verifier'), nonce: derive('oidc-nonce') };
}

const DEFAULT_RETURN_PATH = '/home';

/** Where to return after signing in: a path on this site, else /home. */
export function safeReturnPath(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.length > 512) return DEFAULT_RETURN_PATH;
  const base = 'http://return.invalid';
  try {
    const url = new URL(next, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : DEFAULT_RETURN_PATH;
  } catch {
    return DEFAULT_RETURN_PATH;
  }
}
