import { createHmac } from 'node:crypto';
import type { FlowSecrets } from './provider';

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
