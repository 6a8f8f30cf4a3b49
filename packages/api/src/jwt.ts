import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTHeaderParameters } from 'jose';
import { createKeySet, type KeySet } from './signing-keys';
import { createVerifiedTokenCache } from './verified-token-cache';
import { webCryptoKeys } from './web-crypto-keys';

const TOKEN_TYPE = 'at+jwt';

export interface SessionClaims {
  userId: string;
  tenantId: string;
  email: string;
  sessionId: string;
}

export interface VerifiedSession extends SessionClaims {
  jti: string;
  expiresAt: Date;
}

export interface JwtOptions {
  /** The keys that sign and verify; see `createKeySet`. */
  keys?: KeySet;
  /** Shorthand for an HS256 key set with this one secret. */
  secret?: string;
  /** @default 60 */
  ttlMinutes?: number;
  /** @default 'dyocense-accounts' */
  issuer?: string;
  /** @default 'dyocense' */
  audience?: string;
  /** Clock skew allowed for exp and nbf, in seconds. @default 5 */
  clockToleranceSeconds?: number;
}

export interface JwtService {
  keys: KeySet;
  sign(claims: SessionClaims, now: Date): Promise<{ jwt: string; expiresAt: Date }>;
  /** Resolves to the session, or rejects for any token that is not one of ours and current. */
  verify(jwt: string, now: Date): Promise<VerifiedSession>;
}

function stringClaim(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') throw new Error(`JWT claim "${name}" is missing`);
  return value;
}

function resolveKeys(options: JwtOptions): KeySet {
  if (options.keys) return options.keys;
  if (options.secret) return createKeySet({ alg: 'HS256', secret: options.secret });
  throw new Error('createJwtService needs keys or a secret');
}

/**
 * Session JWTs (`typ: at+jwt`): signed with the current key and its `kid`; verified only with a
 * key of the local set chosen by `kid` (embedded `jwk`/`jku` headers are never used), for an
 * allow-listed algorithm, with issuer, audience, expiry and not-before checked.
 */
export function createJwtService(options: JwtOptions): JwtService {
  const keys = resolveKeys(options);
  const ttlSeconds = (options.ttlMinutes ?? 60) * 60;
  const issuer = options.issuer ?? 'dyocense-accounts';
  const audience = options.audience ?? 'dyocense';
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const verified = createVerifiedTokenCache<VerifiedSession>();
  // The signing key and the verifying keys differ for EdDSA/ES256: one cache each.
  const signingKey = webCryptoKeys();
  const verifyingKey = webCryptoKeys();

  function keyFor(header: JWTHeaderParameters) {
    const key = header.kid === undefined ? undefined : keys.byKid.get(header.kid);
    if (!key || key.alg !== header.alg) throw new Error('JWT signed with an unknown key');
    return verifyingKey(key.verifyKey, key.alg, 'verify');
  }

  return {
    keys,

    async sign(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
      const jwt = await new SignJWT({
        tenant_id: claims.tenantId,
        email: claims.email,
        sid: claims.sessionId,
      })
        .setProtectedHeader({ alg: keys.current.alg, typ: TOKEN_TYPE, kid: keys.current.kid })
        .setSubject(claims.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setNotBefore(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .setJti(randomUUID())
        .sign(await signingKey(keys.current.signKey, keys.current.alg, 'sign'));
      return { jwt, expiresAt };
    },

    async verify(jwt, now) {
      const cached = verified.get(jwt, now);
      if (cached) return cached;
      const { payload } = await jwtVerify(jwt, keyFor, {
        algorithms: keys.algorithms,
        typ: TOKEN_TYPE,
        issuer,
        audience,
        currentDate: now,
        clockTolerance,
        requiredClaims: ['sub', 'exp', 'iat', 'nbf', 'jti'],
      });
      const session: VerifiedSession = Object.freeze({
        userId: stringClaim(payload, 'sub'),
        tenantId: stringClaim(payload, 'tenant_id'),
        email: stringClaim(payload, 'email'),
        sessionId: stringClaim(payload, 'sid'),
        jti: stringClaim(payload, 'jti'),
        expiresAt: new Date((payload.exp ?? 0) * 1000),
      });
      verified.set(jwt, session, { exp: payload.exp ?? 0, nbf: payload.nbf });
      return session;
    },
  };
}
