import {
  DEFAULT_JWT_ALGORITHM,
  GENERATE_COMMAND,
  JWT_ALGORITHMS,
  readPrivateKey,
  readPublicKeys,
  type JwtAlgorithm,
} from '@dyocense/api';
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
      .default(DEFAULT_JWT_ALGORITHM)
      .meta({
        description: `${JWT_ALGORITHMS.map((alg) => `\`${alg}\``).join(', ')}; EdDSA and ES256 publish their public keys at \`/.well-known/jwks.json\`, HS256 shares a secret and publishes nothing`,
      }),
    ACCOUNTS_JWT_SECRET: secret('ACCOUNTS_JWT_SECRET', 32, 'openssl rand -base64 48')
      .optional()
      .meta({
        description:
          'HS256 key, at least 32 characters (`openssl rand -base64 48`); required in production with HS256',
        defaultText: 'generated in development',
      }),
    ACCOUNTS_JWT_PREVIOUS_SECRETS: z.string().optional().meta({
      description:
        'comma-separated HS256 secrets still accepted during a rotation, also one away from HS256',
    }),
    ACCOUNTS_JWT_PRIVATE_KEY: z.string().optional().meta({
      description:
        'EdDSA/ES256 PKCS#8 PEM private key (`openssl genpkey -algorithm ed25519` for EdDSA); `\\n` may stand for newlines; required in production with those algorithms',
      defaultText: 'generated in development',
    }),
    ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: z.string().optional().meta({
      description:
        'EdDSA/ES256 PEM public keys of earlier signing keys, still accepted and published during a rotation; `\\n` may stand for newlines',
    }),
    ACCOUNTS_JWT_TTL: whole(1, 1440)
      .default(60)
      .meta({ description: 'session JWT lifetime, minutes' }),
    ACCOUNTS_SERVICE_TOKEN_TTL: whole(60, 3600).default(600).meta({
      description:
        'lifetime of a service’s access token (`POST /oauth/token`), seconds; a revoked client’s token still verifies offline until then',
    }),
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
    serviceTokenTtlSeconds: number;
    issuer: string;
    audience: string;
  };
}

type JwtEnv = z.output<typeof jwtSchema>;

/** A PEM in an environment variable often arrives with its newlines written as \n. */
const unescapePem = (pem: string | undefined) => pem?.replace(/\\n/g, '\n');

/** Production signs with a key of its own: without one, the start stops. */
function productionProblems(env: JwtEnv): string[] {
  const alg = env.ACCOUNTS_JWT_ALG;
  if (alg === 'HS256') {
    return env.ACCOUNTS_JWT_SECRET
      ? []
      : [
          `ACCOUNTS_JWT_SECRET is required when NODE_ENV=production with ACCOUNTS_JWT_ALG=HS256: set it to at least 32 random characters (e.g. ${GENERATE_COMMAND.HS256})`,
        ];
  }
  if (env.ACCOUNTS_JWT_PRIVATE_KEY) return [];
  // A deployment that set only the HS256 secret, from before EdDSA was the default.
  const secretHint = env.ACCOUNTS_JWT_SECRET
    ? '; ACCOUNTS_JWT_SECRET is set, but it signs only with ACCOUNTS_JWT_ALG=HS256'
    : '';
  return [
    `ACCOUNTS_JWT_PRIVATE_KEY is required when NODE_ENV=production with ACCOUNTS_JWT_ALG=${alg}: a PKCS#8 PEM private key (e.g. ${GENERATE_COMMAND[alg]})${secretHint}`,
  ];
}

/** The keys that are set must be usable: found at start, with every other problem. */
function keyProblems(env: JwtEnv): string[] {
  const problems: string[] = [];
  const check = (variable: string, read: () => unknown) => {
    try {
      read();
    } catch (error) {
      problems.push(`${variable}: ${(error as Error).message}`);
    }
  };
  const privateKey = unescapePem(env.ACCOUNTS_JWT_PRIVATE_KEY);
  const alg = env.ACCOUNTS_JWT_ALG;
  if (privateKey && alg !== 'HS256') {
    check('ACCOUNTS_JWT_PRIVATE_KEY', () => readPrivateKey(alg, privateKey));
  }
  const previous = unescapePem(env.ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS);
  if (previous) check('ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS', () => readPublicKeys(previous));
  return problems;
}

/** What stops the start: a key that does not work, or none in production. */
export function jwtProblems(env: JwtEnv, nodeEnv: NodeEnv): string[] {
  return [...(nodeEnv === 'production' ? productionProblems(env) : []), ...keyProblems(env)];
}

export function readJwt(env: JwtEnv): JwtConfig {
  return {
    jwt: {
      alg: env.ACCOUNTS_JWT_ALG,
      secret: env.ACCOUNTS_JWT_SECRET,
      previousSecrets: commaSeparated(env.ACCOUNTS_JWT_PREVIOUS_SECRETS),
      privateKeyPem: unescapePem(env.ACCOUNTS_JWT_PRIVATE_KEY),
      previousPublicKeysPem: unescapePem(env.ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS),
      ttlMinutes: env.ACCOUNTS_JWT_TTL,
      serviceTokenTtlSeconds: env.ACCOUNTS_SERVICE_TOKEN_TTL,
      issuer: env.ACCOUNTS_JWT_ISSUER,
      audience: env.ACCOUNTS_JWT_AUDIENCE,
    },
  };
}
