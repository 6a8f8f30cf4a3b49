import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import { createVerifiedTokenCache } from './verified-token-cache';

const ALGORITHM = 'HS256';
const TOKEN_TYPE = 'at+jwt';

export interface SessionClaims {
  userId: string;
  tenantId: string;
  email: string;
}

export interface VerifiedSession extends SessionClaims {
  jti: string;
  expiresAt: Date;
}

export interface JwtOptions {
  secret: string;
  /** @default 60 */
  ttlMinutes?: number;
  /** @default 'dyocense-accounts' */
  issuer?: string;
  /** @default 'dyocense' */
  audience?: string;
}

export interface JwtService {
  sign(claims: SessionClaims, now: Date): Promise<{ jwt: string; expiresAt: Date }>;
  /** Resolves to the session, or rejects for any token that is not one of ours and current. */
  verify(jwt: string, now: Date): Promise<VerifiedSession>;
}

function stringClaim(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') throw new Error(`JWT claim "${name}" is missing`);
  return value;
}

/** Session JWTs: HS256 only, with issuer, audience, type and expiry checked on every use. */
export function createJwtService(options: JwtOptions): JwtService {
  // jose imports a raw secret into a CryptoKey on every call; import it once instead.
  const keyPromise = crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(options.secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
  const ttlSeconds = (options.ttlMinutes ?? 60) * 60;
  const issuer = options.issuer ?? 'dyocense-accounts';
  const audience = options.audience ?? 'dyocense';
  const verified = createVerifiedTokenCache<VerifiedSession>();

  return {
    async sign(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const jwt = await new SignJWT({ tenant_id: claims.tenantId, email: claims.email })
        .setProtectedHeader({ alg: ALGORITHM, typ: TOKEN_TYPE })
        .setSubject(claims.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .setJti(randomUUID())
        .sign(await keyPromise);
      return { jwt, expiresAt };
    },

    async verify(jwt, now) {
      const cached = verified.get(jwt, now);
      if (cached) return cached;
      const { payload } = await jwtVerify(jwt, await keyPromise, {
        algorithms: [ALGORITHM],
        typ: TOKEN_TYPE,
        issuer,
        audience,
        currentDate: now,
        requiredClaims: ['sub', 'exp', 'iat', 'jti'],
      });
      const session: VerifiedSession = Object.freeze({
        userId: stringClaim(payload, 'sub'),
        tenantId: stringClaim(payload, 'tenant_id'),
        email: stringClaim(payload, 'email'),
        jti: stringClaim(payload, 'jti'),
        expiresAt: new Date((payload.exp ?? 0) * 1000),
      });
      verified.set(jwt, session, { exp: payload.exp ?? 0, nbf: payload.nbf });
      return session;
    },
  };
}
