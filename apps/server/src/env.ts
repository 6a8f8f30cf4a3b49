import {
  JWT_ALGORITHMS,
  type JwtAlgorithm,
  type OAuthProviderConfig,
  type RateLimitRules,
} from '@dyocense/api';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readOAuthProviders } from './oauth-config';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** apps/web/dist, found from this module both as source (src/) and bundled (dist/). */
const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a whole number`)
    .min(0, `${name} must be between 0 and 65535`)
    .max(65535, `${name} must be between 0 and 65535`);

const flag = (name: string) =>
  z
    .enum(['true', 'false', '1', '0'], { error: `${name} must be true or false` })
    .transform((value) => value === 'true' || value === '1');

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

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
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  ACCOUNTS_JWT_SECRET: z
    .string()
    .min(32, 'ACCOUNTS_JWT_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)')
    .optional(),
  ACCOUNTS_JWT_ALG: z
    .enum(JWT_ALGORITHMS, { error: `ACCOUNTS_JWT_ALG must be one of ${JWT_ALGORITHMS.join(', ')}` })
    .default('HS256'),
  ACCOUNTS_JWT_PREVIOUS_SECRETS: z.string().optional(),
  ACCOUNTS_JWT_PRIVATE_KEY: z.string().optional(),
  ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS: z.string().optional(),
  ACCOUNTS_JWT_TTL: z.coerce.number().int().min(1).max(1440).default(60),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  REFRESH_REUSE_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  COOKIE_SECURE: flag('COOKIE_SECURE').optional(),
  ACCOUNTS_JWT_ISSUER: z.string().min(1).default('dyocense-accounts'),
  ACCOUNTS_JWT_AUDIENCE: z.string().min(1).default('dyocense'),
  FRONTEND_URL: z.url({ error: 'FRONTEND_URL must be an absolute URL' }).optional(),
  SIGNIN_TOKEN_TTL: z.coerce.number().int().min(60).max(86_400).default(900),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: port('SMTP_PORT').default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().optional(),
  SMTP_SECURE: flag('SMTP_SECURE').default(false),
  SMTP_REQUIRE_TLS: flag('SMTP_REQUIRE_TLS').default(false),
  EMAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  EMAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5_000),
  EMAIL_RETRY_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  EMAIL_LEASE_SECONDS: z.coerce.number().int().min(1).default(60),
  EMAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(10).default(1_000),
  VERIFICATION_TOKEN_TTL: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 86_400)
    .default(86_400),
  RATE_LIMITS_ENABLED: flag('RATE_LIMITS_ENABLED').default(true),
  REDIS_URL: z.string().optional(),
  REDIS_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  REDIS_RECONNECT_MAX_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
  RATE_LIMIT_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_]{1,40}$/, 'RATE_LIMIT_KEY_PREFIX may hold only letters, digits and _')
    .default('rl'),
  RATE_LIMIT_LINK_REQUESTS_PER_IP: limit(20),
  RATE_LIMIT_LINK_REQUESTS_WINDOW_SECONDS: limit(600),
  RATE_LIMIT_EMAILS_PER_ADDRESS: limit(5),
  RATE_LIMIT_EMAILS_WINDOW_SECONDS: limit(3600),
  RATE_LIMIT_VERIFY_PER_IP: limit(60),
  RATE_LIMIT_VERIFY_WINDOW_SECONDS: limit(600),
  RATE_LIMIT_VERIFY_FAILURES_PER_TOKEN: limit(5),
  RATE_LIMIT_VERIFY_FAILURES_WINDOW_SECONDS: limit(3600),
  RATE_LIMIT_REFRESH_PER_IP: limit(120),
  RATE_LIMIT_REFRESH_WINDOW_SECONDS: limit(600),
  RATE_LIMIT_INSPECT_LINK_PER_IP: limit(60),
  RATE_LIMIT_INSPECT_LINK_WINDOW_SECONDS: limit(600),
  RATE_LIMIT_ADMIN_KEY_FAILURES_PER_IP: limit(10),
  RATE_LIMIT_ADMIN_KEY_FAILURES_WINDOW_SECONDS: limit(900),
  RATE_LIMIT_METRICS_FAILURES_PER_IP: limit(10),
  RATE_LIMIT_METRICS_FAILURES_WINDOW_SECONDS: limit(900),
  RATE_LIMIT_PROVIDER_SIGNUP_PER_IP: limit(10),
  RATE_LIMIT_PROVIDER_SIGNUP_WINDOW_SECONDS: limit(600),
  TRUST_PROXY: z.string().optional(),
  CORS_ORIGINS: z.string().optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30_000),
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(120_000).optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  MIGRATE_ON_START: flag('MIGRATE_ON_START').default(true),
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
  TRPC_INPUT_LIMIT: z.coerce.number().int().min(1024).max(1_048_576).default(16_384),
  WEB_DIST_DIR: z.string().optional(),
  ADMIN_API_KEY: z
    .string()
    .min(24, 'ADMIN_API_KEY must be at least 24 characters (e.g. `openssl rand -base64 32`)')
    .optional(),
  AUTH_EVENTS_EMAIL_KEY: z
    .string()
    .min(
      32,
      'AUTH_EVENTS_EMAIL_KEY must be at least 32 characters (e.g. `openssl rand -base64 48`)',
    )
    .optional(),
  AUTH_EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(400),
  METRICS_TOKEN: z
    .string()
    .min(16, 'METRICS_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 24`)')
    .optional(),
  METRICS_PORT: port('METRICS_PORT').optional(),
});

/** Redis for rate-limit counters; optional, the database counts while it is away. */
export interface RedisSettings {
  url: string;
  /** One connection attempt, and the longest boot waits for Redis. @default 2000 */
  connectTimeoutMs: number;
  /** One command; past it the database counts instead. @default 500 */
  commandTimeoutMs: number;
  /** The longest pause between reconnection attempts. @default 2000 */
  reconnectMaxMs: number;
}

export interface ServerConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** The address clients use; names the server in the OpenAPI document. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string;
  databasePoolSize: number;
  /**
   * PostgreSQL: how long opening (or waiting for) a connection may take, the statement timeout
   * (0: none) and how long an idle connection stays open.
   */
  databaseTimeouts: { connectMs: number; statementMs: number; idleMs: number };
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
  sessionTtlDays: number;
  refreshReuseGraceSeconds: number;
  /** Whether the refresh-token cookie is marked Secure (HTTPS only). */
  cookieSecure: boolean;
  verificationTokenTtlSeconds: number;
  signinTokenTtlSeconds: number;
  /** The web app's address; links in emails point at it. */
  frontendUrl: string;
  /** Unset in development: emails are then logged and tokens returned (dev mode). */
  smtp?: {
    host: string;
    port: number;
    user?: string;
    password?: string;
    from: string;
    secure: boolean;
    requireTls: boolean;
  };
  outbox: {
    maxAttempts: number;
    retryBaseMs: number;
    retryMaxMs: number;
    leaseMs: number;
    pollIntervalMs: number;
  };
  /** Absent when rate limits are switched off. */
  rateLimits?: { redis?: RedisSettings; keyPrefix: string; rules: RateLimitRules };
  /** Fastify's trustProxy: false (the socket's address only), a hop count, or proxy addresses. */
  trustProxy: boolean | number | string[];
  /** Origins allowed to call the API from a browser; none by default (same origin only). */
  corsOrigins: string[];
  requestTimeoutMs: number;
  shutdown: {
    /**
     * How long `/readyz` says `draining` before the listener closes, so a load balancer has
     * stopped sending traffic by then.
     */
    delayMs: number;
    /** The longest a shutdown may take; past it the process exits anyway (code 1). */
    timeoutMs: number;
  };
  /** Whether `start()` migrates the database (off when migrations are a release step). */
  migrateOnStart: boolean;
  tokenPurge: { intervalSeconds: number; retentionSeconds: number };
  logLevel: (typeof LOG_LEVELS)[number];
  /** One log line per request (errors are logged either way). */
  logRequests: boolean;
  /** Hot procedures answered without the stock adapters' per-request translation. */
  fastPath: boolean;
  bodyLimit: number;
  /** The most bytes of one tRPC request's input (body or `?input=`); larger ones get 413. */
  trpcInputLimit: number;
  /** The built web app (`index.html` and `assets/`), served from the same origin as the API. */
  webDistDir: string;
  /** The operator key of the admin API; absent, the admin API is off. */
  adminApiKey?: string;
  authEvents: { emailHashKey?: string; retentionSeconds: number };
  /** /metrics: behind a bearer token on the main port, and/or on a port of its own. Off without either. */
  metrics?: { token?: string; port?: number };
  /** Sign-in providers from `OAUTH_<NAME>_*`; see oauth-config.ts. */
  oauthProviders: OAuthProviderConfig[];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const variable = String(issue.path[0] ?? 'environment');
    return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
  });
}

function withoutEmptyValues(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => Boolean(entry[1]?.trim())),
  );
}

const databaseSchema = envSchema.pick({
  DATA_DIR: true,
  DATABASE_URL: true,
  PERSISTENCE_BACKEND: true,
  POSTGRES_URL: true,
});

function resolveDatabaseUrl(env: z.infer<typeof databaseSchema>): string {
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

function rateLimitRules(env: z.infer<typeof envSchema>): RateLimitRules {
  const rule = (points: number, durationSeconds: number) => ({ points, durationSeconds });
  return {
    linkRequestsPerIp: rule(
      env.RATE_LIMIT_LINK_REQUESTS_PER_IP,
      env.RATE_LIMIT_LINK_REQUESTS_WINDOW_SECONDS,
    ),
    emailsPerAddress: rule(env.RATE_LIMIT_EMAILS_PER_ADDRESS, env.RATE_LIMIT_EMAILS_WINDOW_SECONDS),
    verifyPerIp: rule(env.RATE_LIMIT_VERIFY_PER_IP, env.RATE_LIMIT_VERIFY_WINDOW_SECONDS),
    verifyFailuresPerToken: rule(
      env.RATE_LIMIT_VERIFY_FAILURES_PER_TOKEN,
      env.RATE_LIMIT_VERIFY_FAILURES_WINDOW_SECONDS,
    ),
    refreshPerIp: rule(env.RATE_LIMIT_REFRESH_PER_IP, env.RATE_LIMIT_REFRESH_WINDOW_SECONDS),
    inspectLinkPerIp: rule(
      env.RATE_LIMIT_INSPECT_LINK_PER_IP,
      env.RATE_LIMIT_INSPECT_LINK_WINDOW_SECONDS,
    ),
    adminKeyFailuresPerIp: rule(
      env.RATE_LIMIT_ADMIN_KEY_FAILURES_PER_IP,
      env.RATE_LIMIT_ADMIN_KEY_FAILURES_WINDOW_SECONDS,
    ),
    metricsTokenFailuresPerIp: rule(
      env.RATE_LIMIT_METRICS_FAILURES_PER_IP,
      env.RATE_LIMIT_METRICS_FAILURES_WINDOW_SECONDS,
    ),
    providerSignupPerIp: rule(
      env.RATE_LIMIT_PROVIDER_SIGNUP_PER_IP,
      env.RATE_LIMIT_PROVIDER_SIGNUP_WINDOW_SECONDS,
    ),
  };
}

/** `true`, a hop count, or a comma-separated list of proxy addresses or CIDR ranges. */
function parseTrustProxy(value: string | undefined): ServerConfig['trustProxy'] {
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * Whether `origin` is written exactly as a browser sends it in `Origin` (the only form that can
 * match): http(s), a plain host name or IP, no credentials, no default port, nothing after.
 */
function isExactOrigin(origin: string): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.origin === origin &&
    /^(?:[a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)
  );
}

function parseCorsOrigins(value: string | undefined): string[] {
  const origins = (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!isExactOrigin(origin)) {
      throw new ConfigError(
        `CORS_ORIGINS: "${origin}" is not allowed: it can never match a browser's Origin; list exact origins such as https://app.example.com or http://localhost:5173 (lowercase, no wildcard, no null, no user:password@, no path, no default port)`,
      );
    }
  }
  return origins;
}

function resolveSmtp(env: z.infer<typeof envSchema>): ServerConfig['smtp'] {
  if (!env.SMTP_HOST) return undefined;
  if (!env.SMTP_FROM) {
    throw new ConfigError(
      'SMTP_FROM is required with SMTP_HOST, e.g. "Dyocense <hello@example.com>"',
    );
  }
  return {
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    ...(env.SMTP_USER && { user: env.SMTP_USER }),
    ...(env.SMTP_PASSWORD && { password: env.SMTP_PASSWORD }),
    from: env.SMTP_FROM,
    secure: env.SMTP_SECURE,
    requireTls: env.SMTP_REQUIRE_TLS,
  };
}

/**
 * The environment with every field that failed its check left out (so its default applies),
 * and one line per problem: all of them are reported together, not one per restart.
 */
function parseEnv(present: Record<string, string>): {
  env: z.infer<typeof envSchema>;
  problems: string[];
} {
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return { env: parsed.data, problems: [] };
  const failed = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  const rest = Object.fromEntries(Object.entries(present).filter(([key]) => !failed.has(key)));
  return { env: envSchema.parse(rest), problems: describeIssues(parsed.error) };
}

/** What production cannot run without; each missing setting is one line. */
function productionProblems(env: z.infer<typeof envSchema>): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.PUBLIC_URL) {
    problems.push(
      'PUBLIC_URL is required when NODE_ENV=production: the address people and services use, e.g. https://accounts.example.com (emailed links point at it)',
    );
  }
  if (env.ACCOUNTS_JWT_ALG === 'HS256' && !env.ACCOUNTS_JWT_SECRET) {
    problems.push(
      'ACCOUNTS_JWT_SECRET is required when NODE_ENV=production: set it to at least 32 random characters (e.g. `openssl rand -base64 48`)',
    );
  }
  if (env.ACCOUNTS_JWT_ALG !== 'HS256' && !env.ACCOUNTS_JWT_PRIVATE_KEY) {
    problems.push(
      `ACCOUNTS_JWT_PRIVATE_KEY is required when NODE_ENV=production with ACCOUNTS_JWT_ALG=${env.ACCOUNTS_JWT_ALG}: a PKCS#8 PEM private key`,
    );
  }
  if (!env.SMTP_HOST) {
    problems.push(
      'SMTP_HOST is required when NODE_ENV=production: sign-up links are sent by email (see SMTP_* in docs/configuration.md)',
    );
  }
  return problems;
}

/** Runs one part of the reading; a ConfigError becomes a line in `problems`. */
function collect<T>(problems: string[], read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

/**
 * Only what names the database (DATABASE_URL, or DATA_DIR for the SQLite file), for
 * `npm run db:migrate`: a migration step needs none of the server's other settings.
 */
export function readDatabaseUrl(source: Record<string, string | undefined> = process.env): string {
  const parsed = databaseSchema.safeParse(withoutEmptyValues(source));
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration:\n  ${describeIssues(parsed.error).join('\n  ')}`);
  }
  return resolveDatabaseUrl(parsed.data);
}

/**
 * Reads and checks the whole configuration once; throws one ConfigError listing every problem,
 * each naming its variable (never its value).
 */
export function readConfig(source: Record<string, string | undefined> = process.env): ServerConfig {
  const present = withoutEmptyValues(source);
  const { env, problems } = parseEnv(present);
  problems.push(...productionProblems(env));
  const smtp = collect(problems, () => resolveSmtp(env));
  const databaseUrl = collect(problems, () => resolveDatabaseUrl(env));
  const corsOrigins = collect(problems, () => parseCorsOrigins(env.CORS_ORIGINS));
  const oauthProviders = collect(problems, () => readOAuthProviders(present, env.NODE_ENV));
  if (problems.length > 0 || !databaseUrl || !corsOrigins || !oauthProviders) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl,
    dataDir: env.DATA_DIR,
    databaseUrl,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseTimeouts: {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleMs: env.DATABASE_IDLE_TIMEOUT_MS,
    },
    jwt: {
      alg: env.ACCOUNTS_JWT_ALG,
      secret: env.ACCOUNTS_JWT_SECRET,
      previousSecrets: (env.ACCOUNTS_JWT_PREVIOUS_SECRETS ?? '')
        .split(',')
        .map((secret) => secret.trim())
        .filter(Boolean),
      // A PEM in an environment variable often arrives with its newlines written as \n.
      privateKeyPem: env.ACCOUNTS_JWT_PRIVATE_KEY?.replace(/\\n/g, '\n'),
      previousPublicKeysPem: env.ACCOUNTS_JWT_PREVIOUS_PUBLIC_KEYS?.replace(/\\n/g, '\n'),
      ttlMinutes: env.ACCOUNTS_JWT_TTL,
      issuer: env.ACCOUNTS_JWT_ISSUER,
      audience: env.ACCOUNTS_JWT_AUDIENCE,
    },
    sessionTtlDays: env.SESSION_TTL_DAYS,
    refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    cookieSecure: env.COOKIE_SECURE ?? env.NODE_ENV === 'production',
    verificationTokenTtlSeconds: env.VERIFICATION_TOKEN_TTL,
    signinTokenTtlSeconds: env.SIGNIN_TOKEN_TTL,
    frontendUrl: (env.FRONTEND_URL ?? publicUrl).replace(/\/+$/, ''),
    ...(smtp && { smtp }),
    outbox: {
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      retryBaseMs: env.EMAIL_RETRY_BASE_MS,
      retryMaxMs: env.EMAIL_RETRY_MAX_MS,
      leaseMs: env.EMAIL_LEASE_SECONDS * 1000,
      pollIntervalMs: env.EMAIL_POLL_INTERVAL_MS,
    },
    ...(env.RATE_LIMITS_ENABLED && {
      rateLimits: {
        ...(env.REDIS_URL && {
          redis: {
            url: env.REDIS_URL,
            connectTimeoutMs: env.REDIS_CONNECT_TIMEOUT_MS,
            commandTimeoutMs: env.REDIS_COMMAND_TIMEOUT_MS,
            reconnectMaxMs: env.REDIS_RECONNECT_MAX_MS,
          },
        }),
        keyPrefix: env.RATE_LIMIT_KEY_PREFIX,
        rules: rateLimitRules(env),
      },
    }),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    shutdown: {
      // In production a balancer needs a moment to see the drain; at a terminal, Ctrl-C is at once.
      delayMs: env.SHUTDOWN_DELAY_MS ?? (env.NODE_ENV === 'production' ? 5_000 : 0),
      timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    },
    migrateOnStart: env.MIGRATE_ON_START,
    tokenPurge: {
      intervalSeconds: env.TOKEN_PURGE_INTERVAL,
      retentionSeconds: env.EXPIRED_TOKEN_RETENTION,
    },
    logLevel: env.LOG_LEVEL,
    logRequests: env.LOG_REQUESTS ?? env.NODE_ENV !== 'production',
    fastPath: env.HTTP_FAST_PATH,
    bodyLimit: env.BODY_LIMIT,
    trpcInputLimit: env.TRPC_INPUT_LIMIT,
    webDistDir: resolve(env.WEB_DIST_DIR ?? DEFAULT_WEB_DIST_DIR),
    ...(env.ADMIN_API_KEY && { adminApiKey: env.ADMIN_API_KEY }),
    authEvents: {
      ...(env.AUTH_EVENTS_EMAIL_KEY && { emailHashKey: env.AUTH_EVENTS_EMAIL_KEY }),
      retentionSeconds: env.AUTH_EVENTS_RETENTION_DAYS * 86_400,
    },
    ...((env.METRICS_TOKEN || env.METRICS_PORT !== undefined) && {
      metrics: {
        ...(env.METRICS_TOKEN && { token: env.METRICS_TOKEN }),
        ...(env.METRICS_PORT !== undefined && { port: env.METRICS_PORT }),
      },
    }),
    oauthProviders,
  };
}
