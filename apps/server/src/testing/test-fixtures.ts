import { createKeySet } from '@dyocense/api';
import { SignJWT } from 'jose';
import { TEST_JWT_KEYS } from './test-keys';

/** A session JWT signed like the service's own (its key and kid), with the claims a test chooses. */
export function jwtFor(
  claims: Record<string, unknown>,
  options: { privateKeyPem?: string; expiresAt?: number; audience?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const { current } = options.privateKeyPem
    ? createKeySet({ alg: 'EdDSA', privateKeyPem: options.privateKeyPem })
    : TEST_JWT_KEYS;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: current.alg, typ: 'at+jwt', kid: current.kid })
    .setIssuer('dyocense-accounts')
    .setAudience(options.audience ?? 'dyocense')
    .setIssuedAt(now - 7200)
    .setNotBefore(now - 7200)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .setJti('test')
    .sign(current.signKey);
}
