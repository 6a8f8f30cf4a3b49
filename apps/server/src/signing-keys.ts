import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createKeySet, generatePrivateKeyPem, type KeySet } from '@dyocense/api';
import type { ServerConfig } from './env';

/** Development only: a secret made once and kept in the data directory, so restarts keep sessions. */
function readOrCreateDevFile(
  dataDir: string,
  name: string,
  create: () => string,
): { value: string; path: string } {
  const path = join(dataDir, name);
  if (existsSync(path)) {
    const value = readFileSync(path, 'utf8').trim();
    if (value) return { value, path };
  }
  mkdirSync(dataDir, { recursive: true });
  const value = create();
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { value, path };
}

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
    return createKeySet({ alg, secret: current, previousSecrets });
  }
  let current = privateKeyPem;
  if (!current) {
    const dev = readOrCreateDevFile(config.dataDir, `jwt-private-key-${alg}.pem`, () =>
      generatePrivateKeyPem(alg),
    );
    warn(`ACCOUNTS_JWT_PRIVATE_KEY is not set: using the development ${alg} key in ${dev.path}`);
    current = dev.value;
  }
  return createKeySet({ alg, privateKeyPem: current, previousPublicKeysPem });
}
