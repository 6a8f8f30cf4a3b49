import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

const flag = (name: string) =>
  z
    .enum(['true', 'false'], { error: `${name} must be true or false` })
    .transform((value) => value === 'true');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: port('PORT').default(8001),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be an absolute URL' }).optional(),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  PERSISTENCE_BACKEND: z.enum(['sqlite', 'postgres']).optional(),
  POSTGRES_URL: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  ACCOUNTS_JWT_SECRET: z
    .string()
    .min(32, 'ACCOUNTS_JWT_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)')
    .optional(),
  ACCOUNTS_JWT_TTL: z.coerce.number().int().min(1).max(1440).default(60),
  ACCOUNTS_JWT_ISSUER: z.string().min(1).default('dyocense-accounts'),
  ACCOUNTS_JWT_AUDIENCE: z.string().min(1).default('dyocense'),
  VERIFICATION_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(86_400),
  TOKEN_PURGE_INTERVAL: z.coerce.number().int().min(1).max(86_400).default(3_600),
  EXPIRED_TOKEN_RETENTION: z.coerce
    .number()
    .int()
    .min(0)
    .max(90 * 86_400)
    .default(7 * 86_400),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_REQUESTS: flag('LOG_REQUESTS').optional(),
  HTTP_FAST_PATH: flag('HTTP_FAST_PATH').default(true),
  BODY_LIMIT: z.coerce.number().int().min(1024).max(10_485_760).default(65_536),
});

export interface ServerConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The address clients use; names the server in the OpenAPI document. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string;
  databasePoolSize: number;
  jwt: { secret?: string; ttlMinutes: number; issuer: string; audience: string };
  verificationTokenTtlSeconds: number;
  tokenPurge: { intervalSeconds: number; retentionSeconds: number };
  logLevel: (typeof LOG_LEVELS)[number];
  /** One log line per request (errors are logged either way). */
  logRequests: boolean;
  /** Hot procedures answered without the stock adapters' per-request translation. */
  fastPath: boolean;
  bodyLimit: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
    })
    .join('\n  ');
}

function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}

function resolveDatabaseUrl(env: z.infer<typeof envSchema>): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (env.PERSISTENCE_BACKEND === 'postgres') {
    if (!env.POSTGRES_URL) {
      throw new ConfigError(
        'PERSISTENCE_BACKEND=postgres needs POSTGRES_URL (or set DATABASE_URL)',
      );
    }
    return env.POSTGRES_URL;
  }
  return `${env.DATA_DIR.replace(/\/+$/, '')}/dyocense.db`;
}

/** Reads and checks the whole configuration once; a bad value throws a message naming it. */
export function readConfig(source: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = envSchema.safeParse(withoutEmptyValues(source));
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n  ${describeIssues(parsed.error)}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.ACCOUNTS_JWT_SECRET) {
    throw new ConfigError(
      'ACCOUNTS_JWT_SECRET is required when NODE_ENV=production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`)',
    );
  }
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    dataDir: env.DATA_DIR,
    databaseUrl: resolveDatabaseUrl(env),
    databasePoolSize: env.DATABASE_POOL_SIZE,
    jwt: {
      secret: env.ACCOUNTS_JWT_SECRET,
      ttlMinutes: env.ACCOUNTS_JWT_TTL,
      issuer: env.ACCOUNTS_JWT_ISSUER,
      audience: env.ACCOUNTS_JWT_AUDIENCE,
    },
    verificationTokenTtlSeconds: env.VERIFICATION_TOKEN_TTL,
    tokenPurge: {
      intervalSeconds: env.TOKEN_PURGE_INTERVAL,
      retentionSeconds: env.EXPIRED_TOKEN_RETENTION,
    },
    logLevel: env.LOG_LEVEL,
    logRequests: env.LOG_REQUESTS ?? env.NODE_ENV !== 'production',
    fastPath: env.HTTP_FAST_PATH,
    bodyLimit: env.BODY_LIMIT,
  };
}
