import { createKeySet } from '@dyocense/api';
import { SignJWT } from 'jose';
import { expectKeepsContract } from './openapi-contract';
import { TEST_JWT_KEYS } from './test-keys';

/** A token request to `base`'s /oauth/token: a form, and headers a test chooses. */
export async function requestToken(
  base: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
  const body = (await response.json()) as Record<string, unknown>;
  const url = `${base}/oauth/token`;
  await expectKeepsContract({
    method: 'POST',
    url,
    status: response.status,
    body,
    headers: response.headers,
  });
  return { status: response.status, body, headers: response.headers };
}

/** `Authorization: Basic …` for a client id and secret, each form-encoded (RFC 6749 §2.3.1). */
export function basicAuth(clientId: string, clientSecret: string): Record<string, string> {
  const pair = `${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`;
  return { authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
}

export interface ServiceTokenOptions {
  typ?: string;
  issuer?: string;
  audience?: string;
  expiresAt?: number;
  /** Signs with this EdDSA key instead of the test servers' own. */
  privateKeyPem?: string;
}

/** A service access token signed like the service's own, with the claims a test chooses. */
export function serviceTokenFor(
  claims: Record<string, unknown>,
  options: ServiceTokenOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { current } = options.privateKeyPem
    ? createKeySet({ alg: 'EdDSA', privateKeyPem: options.privateKeyPem })
    : TEST_JWT_KEYS;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: current.alg, typ: options.typ ?? 'at+jwt', kid: current.kid })
    .setIssuer(options.issuer ?? 'dyocense-accounts')
    .setAudience(options.audience ?? 'dyocense')
    .setIssuedAt(now - 60)
    .setNotBefore(now - 60)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .setJti(`test-${now}-${Math.random()}`)
    .setSubject(String(claims.client_id))
    .sign(current.signKey);
}
