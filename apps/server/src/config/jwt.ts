import { JWT_ALGORITHMS, type JwtAlgorithm } from '@dyocense/api';
import { z } from 'zod';
import type { NodeEnv } from './node-env';
import { commaSeparated, secret, whole } from './values';

/** How session JWTs are signed and checked, and for how long they last. */
export const jwtSchema = z
  .object({
    ACCOUNTS_JWT_ALG: z
      .enum(JWT_ALGORITHMS, {
        error: `ACCOUNTS_JWT_ALG must be one of ${JWT_ALGORITHMS.join(', ')}`,
      })
      .default('HS256')
      .meta({ description: JWT_ALGORITHMS.map((alg) => `\`${alg}\``).join(', ') }),
    ACCOUNTS_JWT_SECRET: secret('ACCOUNTS_JWT_SECRET', 32, 'openssl rand -base64 48')
      .optional()
      .meta({
        description:
          'HS256 key, at least 32 characters (`openssl rand -base64 48`); required in production with HS256',
        defaultText: 'generated in development',
      }),
    ACCOUNTS_JWT_PREVIOUS_SECRETS: z.string().optional().meta({
      description: 'comma-separated HS256 secrets still accepted during a rotation',
    }),
    ACCOUNTS_JWT_PRIVATE_KEY: z.string().optional().meta({
      description:
        'EdDSA/ES256 PKCS#8 PEM private key (`openssl genpkey -algorithm ed25519`); `\\n` may stand for newlines; required in production with those algorithms',
      defaultText: 'generated in development',
    }),
    ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: z.string().optional().meta({
      description:
        'EdDSA/ES256 PEM public keys of earlier signing keys, still accepted and published during a rotation; `\\n` may stand for newlines',
    }),
    ACCOUNTS_JWT_TTL: whole(1, 1440)
      .default(60)
      .meta({ description: 'session JWT lifetime, minutes' }),
    ACCOUNTS_JWT_ISSUER: z
      .string()
      .min(1)
      .default('dyocense-accounts')
      .meta({ description: '`iss` of issued JWTs, checked on every request' }),
    ACCOUNTS_JWT_AUDIENCE: z
      .string()
      .min(1)
      .default('dyocense')
      .meta({ description: '`aud` of issued JWTs, checked on every request' }),
  })
  .meta({ title: 'Signing keys and JWTs' });

export interface JwtConfig {
  jwt: {
    alg: JwtAlgorithm;
    secret?: string;
    previousSecrets: string[];
    privateKeyPem?: string;
    previousPublicKeysPem?: string;
    ttlMinutes: number;
    issuer: string;
    audience: string;
  };
}

type JwtEnv = z.output<typeof jwtSchema>;

/** Production signs with a key of its own: without one, the start stops. */
export function jwtProductionProblems(env: JwtEnv, nodeEnv: NodeEnv): string[] {
  if (nodeEnv !== 'production') return [];
  if (env.ACCOUNTS_JWT_ALG === 'HS256' && !env.ACCOUNTS_JWT_SECRET) {
    return [
      'ACCOUNTS_JWT_SECRET is required when NODE_ENV=production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`)',
    ];
  }
  if (env.ACCOUNTS_JWT_ALG !== 'HS256' && !env.ACCOUNTS_JWT_PRIVATE_KEY) {
    return [
      `ACCOUNTS_JWT_PRIVATE_KEY is required when NODE_ENV=production with ACCOUNTS_JWT_ALG=${env.ACCOUNTS_JWT_ALG}: a PKCS#8 PEM private key`,
    ];
  }
  return [];
}

/** A PEM in an environment variable often arrives with its newlines written as \n. */
const unescapePem = (pem: string | undefined) => pem?.replace(/\\n/g, '\n');

export function readJwt(env: JwtEnv): JwtConfig {
  return {
    jwt: {
      alg: env.ACCOUNTS_JWT_ALG,
      secret: env.ACCOUNTS_JWT_SECRET,
      previousSecrets: commaSeparated(env.ACCOUNTS_JWT_PREVIOUS_SECRETS),
      privateKeyPem: unescapePem(env.ACCOUNTS_JWT_PRIVATE_KEY),
      previousPublicKeysPem: unescapePem(env.ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS),
      ttlMinutes: env.ACCOUNTS_JWT_TTL,
      issuer: env.ACCOUNTS_JWT_ISSUER,
      audience: env.ACCOUNTS_JWT_AUDIENCE,
    },
  };
}
