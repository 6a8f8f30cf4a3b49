import { webcrypto, type KeyObject } from 'node:crypto';
import type { JwtAlgorithm } from './signing-keys';

const ALGORITHMS = {
  HS256: { name: 'HMAC', hash: 'SHA-256' },
  EdDSA: { name: 'Ed25519' },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
} as const;

/** `key` as the WebCrypto key jose works with, for one algorithm and one use. */
function importKey(key: KeyObject, alg: JwtAlgorithm, usage: 'sign' | 'verify') {
  const algorithm = ALGORITHMS[alg];
  if (key.type === 'secret') {
    return webcrypto.subtle.importKey('raw', key.export(), algorithm, false, [usage]);
  }
  const format = key.type === 'private' ? 'pkcs8' : 'spki';
  const der = key.export({ format: 'der', type: format });
  return webcrypto.subtle.importKey(format, der, algorithm, false, [usage]);
}

/**
 * Imports each key into WebCrypto once. Given a secret KeyObject, jose exports and re-imports it
 * on every signature and verification, a twentieth of a verification.
 */
export function webCryptoKeys() {
  const imported = new Map<KeyObject, Promise<webcrypto.CryptoKey>>();
  return (key: KeyObject, alg: JwtAlgorithm, usage: 'sign' | 'verify') => {
    let cryptoKey = imported.get(key);
    if (!cryptoKey) {
      cryptoKey = importKey(key, alg, usage);
      imported.set(key, cryptoKey);
    }
    return cryptoKey;
  };
}
