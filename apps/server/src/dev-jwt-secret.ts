import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Development only: a JWT secret generated once and kept in the data directory, so that a
 * restart keeps sessions valid. Production requires ACCOUNTS_JWT_SECRET instead.
 */
export function loadOrCreateDevJwtSecret(dataDir: string): { secret: string; path: string } {
  const path = join(dataDir, 'jwt-secret');
  if (existsSync(path)) {
    const secret = readFileSync(path, 'utf8').trim();
    if (secret.length >= 32) return { secret, path };
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, `${secret}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
  return { secret, path };
}
