import { createHash } from 'node:crypto';
import type { TestDatabase } from '@dyocense/db/testing';
import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './test-server';

/** Stores a verification token directly: production answers sign-ups without it. */
export async function insertToken(
  db: TestDatabase['db'],
  token: string,
  expiresAt: Date,
  email = `${token.slice(0, 5)}@example.com`,
) {
  await db
    .insertInto('verification_tokens')
    .values({
      token_hash: createHash('sha256').update(token).digest('hex'),
      email,
      full_name: 'Eve',
      business_name: 'Error Shop',
      intent: null,
      use_case: null,
      metadata: '{}',
      expires_at: expiresAt,
      created_at: new Date(),
      used_at: null,
    })
    .execute();
}

/** A session JWT shaped like the service's own, with the claims and secret a test chooses. */
export function jwtFor(
  claims: Record<string, unknown>,
  options: { secret?: string; expiresAt?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
    .setIssuer('dyocense-accounts')
    .setAudience('dyocense')
    .setIssuedAt(now - 7200)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .setJti('test')
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}
