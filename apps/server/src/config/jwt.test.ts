import { createPublicKey } from 'node:crypto';
import { generatePrivateKeyPem } from '@dyocense/api';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../env';

const PRODUCTION = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://accounts.example.com',
  SMTP_HOST: 'smtp.example.com',
  SMTP_FROM: 'a@example.com',
};
const edKey = generatePrivateKeyPem('EdDSA');
const publicPem = (privatePem: string) =>
  createPublicKey(privatePem).export({ format: 'pem', type: 'spki' }).toString();

/** The problems readConfig names, one per line. */
function problems(env: Record<string, string>): string[] {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message.split('\n').slice(1);
  }
  throw new Error('readConfig accepted it');
}

describe('signing keys from the environment', () => {
  it('signs with EdDSA by default, its PEM read with \\n standing for newlines', () => {
    const escaped = edKey.trim().replaceAll('\n', '\\n');
    const config = readConfig({
      ACCOUNTS_JWT_PRIVATE_KEY: escaped,
      ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: publicPem(generatePrivateKeyPem('EdDSA')),
      ACCOUNTS_JWT_PREVIOUS_SECRETS: 'one-old-secret, another-old-secret',
    });
    expect(config.jwt).toMatchObject({
      alg: 'EdDSA',
      privateKeyPem: edKey.trim(),
      previousSecrets: ['one-old-secret', 'another-old-secret'],
    });
  });

  it('requires a private key in production, saying how to make one', () => {
    expect(problems(PRODUCTION)).toEqual([
      '  ACCOUNTS_JWT_PRIVATE_KEY is required when NODE_ENV=production with ACCOUNTS_JWT_ALG=EdDSA: a PKCS#8 PEM private key (e.g. `openssl genpkey -algorithm ed25519`)',
    ]);
    expect(() => readConfig({ ...PRODUCTION, ACCOUNTS_JWT_PRIVATE_KEY: edKey })).not.toThrow();
  });

  it('tells a deployment with only an HS256 secret what changed, and still runs HS256 when asked', () => {
    const secret = 's'.repeat(32);
    expect(problems({ ...PRODUCTION, ACCOUNTS_JWT_SECRET: secret })).toEqual([
      expect.stringMatching(
        /^ {2}ACCOUNTS_JWT_PRIVATE_KEY is required .*; ACCOUNTS_JWT_SECRET is set, but it signs only with ACCOUNTS_JWT_ALG=HS256$/,
      ),
    ]);
    const hs256 = readConfig({
      ...PRODUCTION,
      ACCOUNTS_JWT_ALG: 'HS256',
      ACCOUNTS_JWT_SECRET: secret,
    });
    expect(hs256.jwt).toMatchObject({ alg: 'HS256', secret });
    expect(problems({ ...PRODUCTION, ACCOUNTS_JWT_ALG: 'HS256' })).toEqual([
      expect.stringMatching(/^ {2}ACCOUNTS_JWT_SECRET is required when NODE_ENV=production/),
    ]);
  });

  it('names every unusable key at once, never its content, in any environment', () => {
    const garbage = 'not-a-key-but-a-secret-value';
    const found = problems({
      PORT: 'eighty',
      ACCOUNTS_JWT_PRIVATE_KEY: garbage,
      ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: garbage,
    });
    expect(found).toEqual([
      expect.stringMatching(/^ {2}PORT must be a port number/),
      '  ACCOUNTS_JWT_PRIVATE_KEY: the private key is not a PEM private key (`openssl genpkey -algorithm ed25519`)',
      '  ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: the previous public keys hold no PEM block',
    ]);
    expect(found.join('\n')).not.toContain(garbage);
    expect(
      problems({
        ACCOUNTS_JWT_PRIVATE_KEY: generatePrivateKeyPem('ES256'),
        ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: `${publicPem(edKey)}-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----`,
      }),
    ).toEqual([
      '  ACCOUNTS_JWT_PRIVATE_KEY: the private key is for ES256, not EdDSA',
      '  ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: previous public key 2 is not a PEM public key',
    ]);
  });

  it('refuses an algorithm it does not support', () => {
    expect(problems({ ACCOUNTS_JWT_ALG: 'RS256' })).toEqual([
      '  ACCOUNTS_JWT_ALG must be one of HS256, EdDSA, ES256',
    ]);
  });
});
