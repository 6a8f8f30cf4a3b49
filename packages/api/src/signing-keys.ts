import {
  createHash,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  generateKeyPairSync,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

export const JWT_ALGORITHMS = ['HS256', 'EdDSA', 'ES256'] as const;
export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export interface SigningKey {
  kid: string;
  alg: JwtAlgorithm;
  /** Verifies tokens: the public key, or the shared secret for HS256. */
  verifyKey: KeyObject;
  /** Only the current key signs. */
  signKey?: KeyObject;
  /** Published in the JWKS (asymmetric keys only: a shared secret is never published). */
  publicJwk?: JsonWebKey & { kid: string; alg: string; use: 'sig' };
}

export interface KeySet {
  current: SigningKey & { signKey: KeyObject };
  /** The current key and the previous ones, which still verify until their tokens expire. */
  byKid: ReadonlyMap<string, SigningKey>;
  algorithms: JwtAlgorithm[];
  jwks(): { keys: NonNullable<SigningKey['publicJwk']>[] };
}

/** RFC 7638 thumbprint: SHA-256 of the key's required members, in order, as base64url. */
function thumbprint(jwk: JsonWebKey): string {
  const members =
    jwk.kty === 'OKP'
      ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x }
      : { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

function secretKey(secret: string): SigningKey {
  // Derived from the secret but revealing nothing usable about it.
  const kid = createHash('sha256')
    .update(`dyocense-hs256:${secret}`)
    .digest('base64url')
    .slice(0, 22);
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  return { kid, alg: 'HS256', verifyKey: key, signKey: key };
}

function publicKey(alg: JwtAlgorithm, key: KeyObject): SigningKey {
  const jwk = key.export({ format: 'jwk' });
  const kid = thumbprint(jwk);
  return { kid, alg, verifyKey: key, publicJwk: { ...jwk, kid, alg, use: 'sig' } };
}

/** The algorithm a PEM key is for, or an error naming what it is. */
function algorithmOf(key: KeyObject): JwtAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'EdDSA';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return 'ES256';
  }
  throw new Error(`unsupported signing key type ${key.asymmetricKeyType ?? 'unknown'}`);
}

/** Splits concatenated PEM blocks. */
function pemBlocks(pems: string): string[] {
  return pems.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
}

export interface KeySetOptions {
  alg: JwtAlgorithm;
  /** HS256: the shared secret. */
  secret?: string;
  /** HS256: secrets that signed earlier tokens, still accepted during a rotation. */
  previousSecrets?: string[];
  /** EdDSA/ES256: the PKCS#8 PEM private key that signs. */
  privateKeyPem?: string;
  /** EdDSA/ES256: public keys (SPKI PEM, concatenated) of earlier signing keys. */
  previousPublicKeysPem?: string;
}

function currentKey(options: KeySetOptions): SigningKey & { signKey: KeyObject } {
  if (options.alg === 'HS256') {
    if (!options.secret) throw new Error('HS256 needs a secret');
    const key = secretKey(options.secret);
    return { ...key, signKey: key.verifyKey };
  }
  if (!options.privateKeyPem) throw new Error(`${options.alg} needs a private key`);
  const privateKey = createPrivateKey(options.privateKeyPem);
  const alg = algorithmOf(privateKey);
  if (alg !== options.alg) throw new Error(`the private key is for ${alg}, not ${options.alg}`);
  return { ...publicKey(alg, createPublicKey(privateKey)), signKey: privateKey };
}

function previousKeys(options: KeySetOptions): SigningKey[] {
  const secrets = (options.previousSecrets ?? []).map(secretKey);
  const publicKeys = pemBlocks(options.previousPublicKeysPem ?? '').map((pem) => {
    const key = createPublicKey(pem);
    return publicKey(algorithmOf(key), key);
  });
  return [...secrets, ...publicKeys];
}

/** The keys that sign and verify session JWTs; throws a clear message for a bad key. */
export function createKeySet(options: KeySetOptions): KeySet {
  const current = currentKey(options);
  const keys = [current, ...previousKeys(options)];
  const byKid = new Map(keys.map((key) => [key.kid, key]));
  return {
    current,
    byKid,
    algorithms: [...new Set(keys.map((key) => key.alg))],
    jwks: () => ({ keys: keys.flatMap((key) => (key.publicJwk ? [key.publicJwk] : [])) }),
  };
}

/** A new PKCS#8 PEM private key for EdDSA (Ed25519) or ES256 (P-256). */
export function generatePrivateKeyPem(alg: 'EdDSA' | 'ES256'): string {
  const { privateKey } =
    alg === 'EdDSA'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}
