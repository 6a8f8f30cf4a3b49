import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePrivateKeyPem } from '@dyocense/api';
import { afterEach, describe, expect, it } from 'vitest';
import { readOrCreateDevFile } from './dev-secret-file';
import { readConfig } from './env';
import { loadSigningKeys } from './signing-keys';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyocense-keys-'));
  dirs.push(dir);
  return dir;
}

/** The keys a server with this environment signs with, and what it warned about. */
function keysFor(env: Record<string, string>) {
  const warnings: string[] = [];
  const keys = loadSigningKeys(readConfig(env), (message) => warnings.push(message));
  return { keys, warnings };
}

describe('loadSigningKeys', () => {
  it('generates an EdDSA key into the data directory once, and signs with it after a restart', () => {
    const DATA_DIR = dataDir();
    const first = keysFor({ DATA_DIR });
    expect(first.keys.current.alg).toBe('EdDSA');
    expect(first.warnings).toEqual([
      `ACCOUNTS_JWT_PRIVATE_KEY is not set: using the development EdDSA key in ${join(DATA_DIR, 'jwt-private-key-EdDSA.pem')}`,
    ]);
    expect(readdirSync(DATA_DIR)).toEqual(['jwt-private-key-EdDSA.pem']);
    expect(statSync(join(DATA_DIR, 'jwt-private-key-EdDSA.pem')).mode & 0o777).toBe(0o600);
    expect(first.keys.jwks().keys).toEqual([
      expect.objectContaining({ kid: first.keys.current.kid, alg: 'EdDSA', use: 'sig' }),
    ]);
    expect(keysFor({ DATA_DIR }).keys.current.kid).toBe(first.keys.current.kid);
  });

  it('uses the configured key and writes nothing', () => {
    const DATA_DIR = dataDir();
    const { keys, warnings } = keysFor({
      DATA_DIR,
      ACCOUNTS_JWT_PRIVATE_KEY: generatePrivateKeyPem('EdDSA'),
    });
    expect(keys.current.alg).toBe('EdDSA');
    expect(warnings).toEqual([]);
    expect(readdirSync(DATA_DIR)).toEqual([]);
  });

  it('says that an HS256 secret is not used with EdDSA, and accepts it as a previous one', () => {
    const secret = 's'.repeat(32);
    const { keys, warnings } = keysFor({
      DATA_DIR: dataDir(),
      ACCOUNTS_JWT_PRIVATE_KEY: generatePrivateKeyPem('EdDSA'),
      ACCOUNTS_JWT_SECRET: secret,
      ACCOUNTS_JWT_PREVIOUS_SECRETS: secret,
    });
    expect(warnings).toEqual([
      expect.stringMatching(/^ACCOUNTS_JWT_SECRET is not used with ACCOUNTS_JWT_ALG=EdDSA/),
    ]);
    expect(keys.algorithms).toEqual(['EdDSA', 'HS256']);
    expect(keys.jwks().keys).toHaveLength(1);
  });

  it('still signs with HS256 when asked, generating its secret in development', () => {
    const DATA_DIR = dataDir();
    const { keys } = keysFor({ DATA_DIR, ACCOUNTS_JWT_ALG: 'HS256' });
    expect(keys.current.alg).toBe('HS256');
    expect(keys.jwks()).toEqual({ keys: [] });
    expect(readdirSync(DATA_DIR)).toEqual(['jwt-secret']);
  });
});

describe('readOrCreateDevFile', () => {
  it('keeps the file of a process that wrote it first, so both sign alike', () => {
    const dir = dataDir();
    const { value } = readOrCreateDevFile(dir, 'key', () => {
      // Another process, starting at the same moment, finishes first.
      writeFileSync(join(dir, 'key'), 'theirs\n');
      return 'ours';
    });
    expect(value).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['key']);
  });
});
