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

/**
 * EdDSA (Ed25519): a public key that anyone can verify with (from the JWKS), short signatures,
 * and no secret to share with the services that check the JWTs.
 */
export const DEFAULT_JWT_ALGORITHM = 'EdDSA' satisfies JwtAlgorithm;

/** How to make a key for each algorithm, for the messages that ask for one. */
export const GENERATE_COMMAND: Record<JwtAlgorithm, string> = {
  HS256: '`openssl rand -base64 48`',
  EdDSA: '`openssl genpkey -algorithm ed25519`',
  ES256: '`openssl genpkey -algorithm ec -pkeyopt ec_paramgen_curve:P-256`',
};

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

/**
 * The private key that signs `alg`, from PEM (PKCS#8, as `openssl genpkey` writes it); throws a
 * message that says what is wrong with it, never its content.
 */
export function readPrivateKey(alg: Exclude<JwtAlgorithm, 'HS256'>, pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch {
    throw new Error(`the private key is not a PEM private key (${GENERATE_COMMAND[alg]})`);
  }
  const keyAlg = algorithmOf(key);
  if (keyAlg !== alg) throw new Error(`the private key is for ${keyAlg}, not ${alg}`);
  return key;
}

/** The public keys of concatenated PEM blocks; throws for text that holds none, or a bad one. */
export function readPublicKeys(pems: string): KeyObject[] {
  const blocks = pemBlocks(pems);
  if (blocks.length === 0 && pems.trim() !== '') {
    throw new Error('the previous public keys hold no PEM block');
  }
  return blocks.map((pem, index) => {
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch {
      throw new Error(`previous public key ${index + 1} is not a PEM public key`);
    }
    algorithmOf(key);
    return key;
  });
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
  const privateKey = readPrivateKey(options.alg, options.privateKeyPem);
  return { ...publicKey(options.alg, createPublicKey(privateKey)), signKey: privateKey };
}

function previousKeys(options: KeySetOptions): SigningKey[] {
  const secrets = (options.previousSecrets ?? []).map(secretKey);
  const publicKeys = readPublicKeys(options.previousPublicKeysPem ?? '').map((key) =>
    publicKey(algorithmOf(key), key),
  );
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
export function generatePrivateKeyPem(alg: Exclude<JwtAlgorithm, 'HS256'>): string {
  const { privateKey } =
    alg === 'EdDSA'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}
