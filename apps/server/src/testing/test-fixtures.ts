import { createKeySet } from '@dyocense/api';
import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './test-server';

/** A session JWT signed like the service's own (its kid), with the claims a test chooses. */
export function jwtFor(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresAt?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const secret = options.secret ?? TEST_JWT_SECRET;
  const { kid } = createKeySet({ alg: 'HS256', secret }).current;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid })
    .setIssuer('dyocense-accounts')
    .setAudience('dyocense')
    .setIssuedAt(now - 7200)
    .setNotBefore(now - 7200)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .setJti('test')
    .sign(new TextEncoder().encode(secret));
}
