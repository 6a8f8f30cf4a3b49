import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createHs256Signer } from './hs256-signer';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('HS256 signer', () => {
  it('produces exactly the token jose signs for the same header and claims', async () => {
    const header = { alg: 'HS256' as const, typ: 'at+jwt' };
    const payload = {
      tenant_id: 'shop-ü-1',
      email: 'a@example.com',
      sub: 'user-1',
      iss: 'dyocense-accounts',
      aud: 'dyocense',
      iat: 1_790_000_000,
      exp: 1_790_003_600,
      jti: '5f0c7a4e-0000-4000-8000-000000000000',
    };
    const byJose = await new SignJWT(payload)
      .setProtectedHeader(header)
      .sign(new TextEncoder().encode(secret));
    expect(createHs256Signer(secret)(header, payload)).toBe(byJose);
  });
});
