import { randomUUID } from 'node:crypto';
import { jwtVerify } from 'jose';
import { createHs256Signer } from './hs256-signer';
import { createVerifiedTokenCache } from './verified-token-cache';

const ALGORITHM = 'HS256' as const;
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
    ['verify'],
  );
  const ttlSeconds = (options.ttlMinutes ?? 60) * 60;
  const issuer = options.issuer ?? 'dyocense-accounts';
  const audience = options.audience ?? 'dyocense';
  const verified = createVerifiedTokenCache<VerifiedSession>();
  const signHs256 = createHs256Signer(options.secret);

  return {
    async sign(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const jwt = signHs256(
        { alg: ALGORITHM, typ: TOKEN_TYPE },
        {
          tenant_id: claims.tenantId,
          email: claims.email,
          sub: claims.userId,
          iss: issuer,
          aud: audience,
          iat: issuedAt,
          exp: issuedAt + ttlSeconds,
          jti: randomUUID(),
        },
      );
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
