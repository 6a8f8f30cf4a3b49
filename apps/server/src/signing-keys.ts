import { randomBytes } from 'node:crypto';
import { createKeySet, generatePrivateKeyPem, type KeySet } from '@dyocense/api';
import { readOrCreateDevFile } from './dev-secret-file';
import type { ServerConfig } from './env';

/**
 * The JWT signing keys from the configuration; outside production a missing key is generated into
 * the data directory (with a warning), since production refuses to start without one.
 */
export function loadSigningKeys(config: ServerConfig, warn: (message: string) => void): KeySet {
  const { alg, secret, previousSecrets, privateKeyPem, previousPublicKeysPem } = config.jwt;
  if (alg === 'HS256') {
    let current = secret;
    if (!current) {
      const dev = readOrCreateDevFile(config.dataDir, 'jwt-secret', () =>
        randomBytes(48).toString('base64url'),
      );
      warn(`ACCOUNTS_JWT_SECRET is not set: using the development secret in ${dev.path}`);
      current = dev.value;
    }
    return createKeySet({ alg, secret: current, previousSecrets, previousPublicKeysPem });
  }
  if (secret) {
    warn(
      `ACCOUNTS_JWT_SECRET is not used with ACCOUNTS_JWT_ALG=${alg}: to keep accepting the JWTs it signed until they expire, move it to ACCOUNTS_JWT_PREVIOUS_SECRETS`,
    );
  }
  let current = privateKeyPem;
  if (!current) {
    const dev = readOrCreateDevFile(config.dataDir, `jwt-private-key-${alg}.pem`, () =>
      generatePrivateKeyPem(alg),
    );
    warn(`ACCOUNTS_JWT_PRIVATE_KEY is not set: using the development ${alg} key in ${dev.path}`);
    current = dev.value;
  }
  return createKeySet({
    alg,
    privateKeyPem: current,
    previousSecrets,
    previousPublicKeysPem,
  });
}
