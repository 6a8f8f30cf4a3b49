import { randomUUID } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTHeaderParameters, type JWTPayload } from 'jose';
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

/** What a service's access token (RFC 9068) says: the client, its tenant and its scopes. */
export interface ServiceTokenClaims {
  clientId: string;
  tenantId: string;
  scopes: readonly string[];
}

export interface VerifiedServiceToken extends ServiceTokenClaims {
  jti: string;
  expiresAt: Date;
}

/** A bearer token that verified: a person's session JWT or a service's access token. */
export type VerifiedBearer =
  | { kind: 'session'; session: VerifiedSession }
  | { kind: 'service'; service: VerifiedServiceToken };

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
  /** How long a service's access token lasts, in seconds. @default 600 */
  serviceTokenTtlSeconds?: number;
}

export interface JwtService {
  keys: KeySet;
  sign(claims: SessionClaims, now: Date): Promise<{ jwt: string; expiresAt: Date }>;
  /** Resolves to the session, or rejects for any token that is not one of ours and current. */
  verify(jwt: string, now: Date): Promise<VerifiedSession>;
  /** A service's access token (client credentials), valid for `serviceTokenTtlSeconds`. */
  signServiceToken(
    claims: ServiceTokenClaims,
    now: Date,
  ): Promise<{ jwt: string; expiresAt: Date; expiresIn: number }>;
  /** Resolves to a service's access token only; a session JWT is refused. */
  verifyServiceToken(jwt: string, now: Date): Promise<VerifiedServiceToken>;
  /** Either kind of token, told apart by its claims; rejects like `verify` for anything else. */
  verifyBearer(jwt: string, now: Date): Promise<VerifiedBearer>;
}

function stringClaim(payload: Record<string, unknown>, name: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || value === '') throw new Error(`JWT claim "${name}" is missing`);
  return value;
}

/**
 * Which kind a verified payload is. Both kinds are `typ: at+jwt` (RFC 9068) with the same issuer
 * and audience: a service token carries `client_id` and no session, a session JWT `sid` and no
 * `client_id`; anything with both or neither is refused, so neither passes for the other.
 */
function bearerOf(payload: JWTPayload): VerifiedBearer {
  const expiresAt = new Date((payload.exp ?? 0) * 1000);
  const jti = stringClaim(payload, 'jti');
  if ('client_id' in payload) {
    if ('sid' in payload || 'email' in payload) throw new Error('JWT is of no known kind');
    const clientId = stringClaim(payload, 'client_id');
    if (payload.sub !== clientId) throw new Error('JWT claim "sub" is not its client_id');
    const scopes = stringClaim(payload, 'scope').split(' ');
    const tenantId = stringClaim(payload, 'tenant_id');
    return {
      kind: 'service',
      service: Object.freeze({ clientId, tenantId, scopes, jti, expiresAt }),
    };
  }
  const session = Object.freeze({
    userId: stringClaim(payload, 'sub'),
    tenantId: stringClaim(payload, 'tenant_id'),
    email: stringClaim(payload, 'email'),
    sessionId: stringClaim(payload, 'sid'),
    jti,
    expiresAt,
  });
  return { kind: 'session', session };
}

function resolveKeys(options: JwtOptions): KeySet {
  if (options.keys) return options.keys;
  if (options.secret) return createKeySet({ alg: 'HS256', secret: options.secret });
  throw new Error('createJwtService needs keys or a secret');
}

/**
 * Session JWTs and services' access tokens (both `typ: at+jwt`): signed with the current key and its `kid`; verified only with a
 * key of the local set chosen by `kid` (embedded `jwk`/`jku` headers are never used), for an
 * allow-listed algorithm, with issuer, audience, expiry and not-before checked.
 */
export function createJwtService(options: JwtOptions): JwtService {
  const keys = resolveKeys(options);
  const ttlSeconds = (options.ttlMinutes ?? 60) * 60;
  const issuer = options.issuer ?? 'dyocense-accounts';
  const audience = options.audience ?? 'dyocense';
  const clockTolerance = options.clockToleranceSeconds ?? 5;
  const serviceTtlSeconds = options.serviceTokenTtlSeconds ?? 600;
  const verified = createVerifiedTokenCache<VerifiedBearer>();
  // The signing key and the verifying keys differ for EdDSA/ES256: one cache each.
  const signingKey = webCryptoKeys();
  const verifyingKey = webCryptoKeys();

  function keyFor(header: JWTHeaderParameters) {
    const key = header.kid === undefined ? undefined : keys.byKid.get(header.kid);
    if (!key || key.alg !== header.alg) throw new Error('JWT signed with an unknown key');
    return verifyingKey(key.verifyKey, key.alg, 'verify');
  }

  async function signed(
    claims: Record<string, string>,
    subject: string,
    issuedAt: number,
    lifetimeSeconds: number,
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: keys.current.alg, typ: TOKEN_TYPE, kid: keys.current.kid })
      .setSubject(subject)
      .setIssuer(issuer)
      .setAudience(audience)
      .setIssuedAt(issuedAt)
      .setNotBefore(issuedAt)
      .setExpirationTime(issuedAt + lifetimeSeconds)
      .setJti(randomUUID())
      .sign(await signingKey(keys.current.signKey, keys.current.alg, 'sign'));
  }

  async function verifyBearer(jwt: string, now: Date): Promise<VerifiedBearer> {
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
    const bearer = bearerOf(payload);
    verified.set(jwt, bearer, { exp: payload.exp ?? 0, nbf: payload.nbf });
    return bearer;
  }

  return {
    keys,

    async sign(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const jwt = await signed(
        { tenant_id: claims.tenantId, email: claims.email, sid: claims.sessionId },
        claims.userId,
        issuedAt,
        ttlSeconds,
      );
      return { jwt, expiresAt: new Date((issuedAt + ttlSeconds) * 1000) };
    },

    async signServiceToken(claims, now) {
      const issuedAt = Math.floor(now.getTime() / 1000);
      const payload = {
        client_id: claims.clientId,
        tenant_id: claims.tenantId,
        scope: claims.scopes.join(' '),
      };
      const jwt = await signed(payload, claims.clientId, issuedAt, serviceTtlSeconds);
      const expiresAt = new Date((issuedAt + serviceTtlSeconds) * 1000);
      return { jwt, expiresAt, expiresIn: serviceTtlSeconds };
    },

    verifyBearer,

    async verify(jwt, now) {
      const bearer = await verifyBearer(jwt, now);
      if (bearer.kind !== 'session') throw new Error('JWT is not a session JWT');
      return bearer.session;
    },

    async verifyServiceToken(jwt, now) {
      const bearer = await verifyBearer(jwt, now);
      if (bearer.kind !== 'service') throw new Error('JWT is not a service access token');
      return bearer.service;
    },
  };
}
