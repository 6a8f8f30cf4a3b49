import { SignJWT, UnsecuredJWT, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtService } from './jwt';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const now = new Date('2026-03-01T12:00:00.000Z');
const claims = { userId: 'user-0123456789', tenantId: 'shop-abc123', email: 'a@example.com' };
const jwtService = createJwtService({ secret });

function sign(options: { typ?: string; iss?: string; aud?: string; key?: string } = {}) {
  return new SignJWT({ tenant_id: claims.tenantId, email: claims.email })
    .setProtectedHeader({ alg: 'HS256', typ: options.typ ?? 'at+jwt' })
    .setSubject(claims.userId)
    .setIssuer(options.iss ?? 'dyocense-accounts')
    .setAudience(options.aud ?? 'dyocense')
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + 600)
    .setJti('jti-1')
    .sign(new TextEncoder().encode(options.key ?? secret));
}

describe('session JWTs', () => {
  it('round-trips the session claims with an HS256 at+jwt header', async () => {
    const { jwt, expiresAt } = await jwtService.sign(claims, now);
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'HS256', typ: 'at+jwt' });
    expect(expiresAt.getTime() - now.getTime()).toBe(3_600_000);
    await expect(jwtService.verify(jwt, now)).resolves.toMatchObject({ ...claims, expiresAt });
  });

  it('accepts a token signed the same way by hand (the checks below are the only difference)', async () => {
    await expect(jwtService.verify(await sign(), now)).resolves.toMatchObject(claims);
  });

  it('uses the configured lifetime', async () => {
    const { expiresAt } = await createJwtService({ secret, ttlMinutes: 5 }).sign(claims, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(300_000);
  });

  it('refuses an expired token', async () => {
    const { jwt } = await jwtService.sign(claims, now);
    await expect(jwtService.verify(jwt, new Date(now.getTime() + 3_600_000))).rejects.toThrow();
  });

  it('refuses a tampered payload', async () => {
    const { jwt } = await jwtService.sign(claims, now);
    const [header, payload, signature] = jwt.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()),
        tenant_id: 'other',
      }),
    ).toString('base64url');
    await expect(jwtService.verify(`${header}.${forged}.${signature}`, now)).rejects.toThrow();
  });

  it.each([
    ['another secret', { key: 'another-secret-of-at-least-thirty-two-chars' }],
    ['another issuer', { iss: 'someone-else' }],
    ['another audience', { aud: 'another-service' }],
    ['another token type', { typ: 'JWT' }],
  ])('refuses a token with %s', async (_, options) => {
    await expect(jwtService.verify(await sign(options), now)).rejects.toThrow();
  });

  it.each(['none', 'NoNe'])('refuses alg %s', async (alg) => {
    const unsigned = new UnsecuredJWT({ tenant_id: claims.tenantId, email: claims.email })
      .setSubject(claims.userId)
      .setIssuer('dyocense-accounts')
      .setAudience('dyocense')
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime('10m')
      .setJti('jti-2')
      .encode();
    const [, payload] = unsigned.split('.');
    const header = Buffer.from(JSON.stringify({ alg, typ: 'at+jwt' })).toString('base64url');
    await expect(jwtService.verify(`${header}.${payload}.`, now)).rejects.toThrow();
  });

  it('refuses a token without the tenant claim', async () => {
    const jwt = await new SignJWT({ email: claims.email })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer('dyocense-accounts')
      .setAudience('dyocense')
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 600)
      .setJti('jti-3')
      .sign(new TextEncoder().encode(secret));
    await expect(jwtService.verify(jwt, now)).rejects.toThrow(/tenant_id/);
  });

  it('still refuses a token at its expiry after accepting it before', async () => {
    const { jwt, expiresAt } = await jwtService.sign(claims, now);
    await expect(jwtService.verify(jwt, now)).resolves.toMatchObject(claims);
    await expect(
      jwtService.verify(jwt, new Date(expiresAt.getTime() - 1000)),
    ).resolves.toBeDefined();
    await expect(jwtService.verify(jwt, expiresAt)).rejects.toThrow();
  });

  it('refuses a tampered copy of a token it has accepted', async () => {
    const { jwt } = await jwtService.sign(claims, now);
    await jwtService.verify(jwt, now);
    const [header, payload, signature] = jwt.split('.');
    const flipped = `${signature?.slice(0, -2)}${signature?.endsWith('AA') ? 'AB' : 'AA'}`;
    await expect(jwtService.verify(`${header}.${payload}.${flipped}`, now)).rejects.toThrow();
  });

  it('still honours nbf after accepting a token once it became valid', async () => {
    const at = Math.floor(now.getTime() / 1000);
    const jwt = await new SignJWT({ tenant_id: claims.tenantId, email: claims.email })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setSubject(claims.userId)
      .setIssuer('dyocense-accounts')
      .setAudience('dyocense')
      .setIssuedAt(at)
      .setNotBefore(at + 60)
      .setExpirationTime(at + 600)
      .setJti('jti-4')
      .sign(new TextEncoder().encode(secret));
    await expect(jwtService.verify(jwt, new Date((at + 60) * 1000))).resolves.toBeDefined();
    await expect(jwtService.verify(jwt, now)).rejects.toThrow();
  });
});
