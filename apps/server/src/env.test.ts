import { API_DEFAULTS, DEFAULT_RATE_LIMIT_RULES, generatePrivateKeyPem } from '@dyocense/api';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig, readDatabaseUrl } from './env';

/** The least a production configuration needs. */
const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://accounts.example.com',
  ACCOUNTS_JWT_PRIVATE_KEY: generatePrivateKeyPem('EdDSA'),
  SMTP_HOST: 'smtp.example.com',
  SMTP_FROM: 'a@example.com',
};

describe('readConfig', () => {
  it('runs on SQLite in ./data on port 8001 with nothing configured', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 8001,
      databaseUrl: './data/dyocense.db',
      publicUrl: 'http://localhost:8001',
      verificationTokenTtlSeconds: 86_400,
      jwt: { alg: 'EdDSA', ttlMinutes: 60, secret: undefined, privateKeyPem: undefined },
    });
    expect(config.webDistDir).toBe(resolve(import.meta.dirname, '../../web/dist'));
  });

  it('resolves WEB_DIST_DIR against the working directory', () => {
    expect(readConfig({ WEB_DIST_DIR: 'build/web' }).webDistDir).toBe(resolve('build/web'));
  });

  it('reads every setting, ignoring empty values', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://db.internal/accounts',
      ACCOUNTS_JWT_SECRET: 's'.repeat(32),
      ACCOUNTS_JWT_TTL: '15',
      VERIFICATION_TOKEN_TTL: '3600',
      PUBLIC_URL: 'https://accounts.example.com/',
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      databaseUrl: 'postgres://db.internal/accounts',
      publicUrl: 'https://accounts.example.com',
      verificationTokenTtlSeconds: 3600,
      logLevel: 'info',
      jwt: { ttlMinutes: 15, secret: 's'.repeat(32) },
    });
  });

  it('accepts the old PERSISTENCE_BACKEND and POSTGRES_URL names', () => {
    const config = readConfig({
      PERSISTENCE_BACKEND: 'postgres',
      POSTGRES_URL: 'postgresql://legacy/accounts',
    });
    expect(config.databaseUrl).toBe('postgresql://legacy/accounts');
    expect(() => readConfig({ PERSISTENCE_BACKEND: 'postgres' })).toThrow(/POSTGRES_URL/);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['ACCOUNTS_JWT_SECRET', { ACCOUNTS_JWT_SECRET: 'short' }],
    ['VERIFICATION_TOKEN_TTL', { VERIFICATION_TOKEN_TTL: '-5' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
    ['LOG_REQUESTS', { LOG_REQUESTS: 'yes' }],
    ['HTTP_FAST_PATH', { HTTP_FAST_PATH: 'maybe' }],
    ['TOKEN_PURGE_INTERVAL', { TOKEN_PURGE_INTERVAL: '0' }],
  ])('names %s when its value is bad', (variable, env) => {
    expect(() => readConfig(env)).toThrow(new RegExp(variable));
  });

  it('refuses to run in production without its address, a signing key or SMTP, naming all at once', () => {
    const problems = () => {
      try {
        readConfig({ NODE_ENV: 'production', PORT: 'eighty', CORS_ORIGINS: '*' });
      } catch (error) {
        return (error as Error).message.split('\n').slice(1);
      }
      throw new Error('readConfig accepted it');
    };
    expect(problems()).toEqual([
      expect.stringMatching(/^ {2}PORT must be a port number/),
      expect.stringMatching(/^ {2}PUBLIC_URL is required when NODE_ENV=production/),
      expect.stringMatching(/^ {2}ACCOUNTS_JWT_PRIVATE_KEY is required when NODE_ENV=production/),
      expect.stringMatching(/^ {2}SMTP_HOST is required when NODE_ENV=production/),
      expect.stringMatching(/^ {2}CORS_ORIGINS: "\*" is not allowed/),
    ]);
    expect(() =>
      readConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://accounts.example.com',
        ACCOUNTS_JWT_PRIVATE_KEY: production.ACCOUNTS_JWT_PRIVATE_KEY,
      }),
    ).toThrow(/SMTP_HOST is required when NODE_ENV=production/);
  });

  it('reads the shutdown settings: a drain delay in production only, unless set', () => {
    expect(readConfig({}).shutdown).toEqual({ delayMs: 0, timeoutMs: 30_000 });
    expect(readConfig(production).shutdown.delayMs).toBe(5_000);
    expect(readConfig({ ...production, SHUTDOWN_DELAY_MS: '1500' }).shutdown.delayMs).toBe(1_500);
    expect(readConfig({ MIGRATE_ON_START: 'false' }).migrateOnStart).toBe(false);
    expect(() => readConfig({ SHUTDOWN_TIMEOUT_MS: '10' })).toThrow(/SHUTDOWN_TIMEOUT_MS/);
  });

  it('names only the database for a migration step', () => {
    expect(readDatabaseUrl({ NODE_ENV: 'production' })).toBe('./data/dyocense.db');
    expect(readDatabaseUrl({ DATABASE_URL: 'postgres://db/accounts', PORT: 'eighty' })).toBe(
      'postgres://db/accounts',
    );
    expect(() => readDatabaseUrl({ PERSISTENCE_BACKEND: 'mysql' })).toThrow(/PERSISTENCE_BACKEND/);
  });

  it('reads the session settings', () => {
    const config = readConfig({ SESSION_TTL_DAYS: '7' });
    expect(config.sessionTtlDays).toBe(7);
    expect(config.cookieSecure).toBe(false);
  });

  it('reads the admin key, the event settings and where metrics are served', () => {
    const defaults = readConfig({});
    expect(defaults.adminApiKey).toBeUndefined();
    expect(defaults.metrics).toBeUndefined();
    expect(defaults.authEvents).toEqual({ retentionSeconds: 400 * 86_400 });
    const config = readConfig({
      ADMIN_API_KEY: 'a'.repeat(24),
      AUTH_EVENTS_EMAIL_KEY: 'e'.repeat(32),
      AUTH_EVENTS_RETENTION_DAYS: '30',
      METRICS_TOKEN: 'm'.repeat(16),
      METRICS_PORT: '9464',
    });
    expect(config.adminApiKey).toBe('a'.repeat(24));
    expect(config.authEvents).toEqual({
      emailHashKey: 'e'.repeat(32),
      retentionSeconds: 30 * 86_400,
    });
    expect(config.metrics).toEqual({ token: 'm'.repeat(16), port: 9464 });
    expect(() => readConfig({ ADMIN_API_KEY: 'short' })).toThrow(
      /ADMIN_API_KEY must be at least 24/,
    );
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN must be at least 16/,
    );
  });

  it('marks the refresh cookie Secure in production unless told otherwise', () => {
    expect(readConfig(production).cookieSecure).toBe(true);
    expect(readConfig({ ...production, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('reads SMTP settings, requiring a sender with a host', () => {
    const config = readConfig({
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'mailer',
      SMTP_PASSWORD: 'secret',
      SMTP_FROM: 'Dyocense <hello@example.com>',
      FRONTEND_URL: 'https://app.example.com/',
    });
    expect(config.smtp).toEqual({
      host: 'smtp.example.com',
      port: 465,
      secure: true,
      requireTls: false,
      user: 'mailer',
      password: 'secret',
      from: 'Dyocense <hello@example.com>',
    });
    expect(config.frontendUrl).toBe('https://app.example.com');
    expect(readConfig({}).smtp).toBeUndefined();
    expect(() => readConfig({ SMTP_HOST: 'smtp.example.com' })).toThrow(/SMTP_FROM/);
    expect(() => readConfig({ SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE must be true or false/);
  });

  it('logs every request outside production only, unless LOG_REQUESTS says otherwise', () => {
    expect(readConfig({}).logRequests).toBe(true);
    expect(readConfig(production).logRequests).toBe(false);
    expect(readConfig({ ...production, LOG_REQUESTS: 'true' }).logRequests).toBe(true);
  });

  it('takes the link and session defaults from the API', () => {
    expect(readConfig({})).toMatchObject({
      verificationTokenTtlSeconds: API_DEFAULTS.verificationTokenTtlSeconds,
      signinTokenTtlSeconds: API_DEFAULTS.signinTokenTtlSeconds,
      sessionTtlDays: API_DEFAULTS.sessionTtlDays,
      refreshReuseGraceSeconds: API_DEFAULTS.refreshReuseGraceSeconds,
    });
  });

  it('reads each rate-limit rule from its pair of variables, and Redis when named', () => {
    expect(readConfig({}).rateLimits).toEqual({ keyPrefix: 'rl', rules: DEFAULT_RATE_LIMIT_RULES });
    const config = readConfig({
      RATE_LIMIT_METRICS_FAILURES_PER_IP: '3',
      RATE_LIMIT_METRICS_FAILURES_WINDOW_SECONDS: '60',
      RATE_LIMIT_EMAILS_PER_ADDRESS: '2',
      RATE_LIMIT_KEY_PREFIX: 'staging',
      REDIS_URL: 'redis://cache.internal:6379',
      REDIS_COMMAND_TIMEOUT_MS: '250',
    });
    expect(config.rateLimits).toEqual({
      keyPrefix: 'staging',
      redis: {
        url: 'redis://cache.internal:6379',
        connectTimeoutMs: 2_000,
        commandTimeoutMs: 250,
        reconnectMaxMs: 2_000,
      },
      rules: {
        ...DEFAULT_RATE_LIMIT_RULES,
        metricsTokenFailuresPerIp: { points: 3, durationSeconds: 60 },
        emailsPerAddress: { points: 2, durationSeconds: 3600 },
      },
    });
    expect(readConfig({ RATE_LIMITS_ENABLED: 'false' }).rateLimits).toBeUndefined();
    expect(() => readConfig({ RATE_LIMIT_VERIFY_WINDOW_SECONDS: '0' })).toThrow(
      /RATE_LIMIT_VERIFY_WINDOW_SECONDS/,
    );
  });
});
