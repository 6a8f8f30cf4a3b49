import { describe, expect, it } from 'vitest';
import { readConfig } from './env';

describe('readConfig', () => {
  it('runs on SQLite in ./data on port 8001 with nothing configured', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      port: 8001,
      databaseUrl: './data/dyocense.db',
      publicUrl: 'http://localhost:8001',
      verificationTokenTtlSeconds: 86_400,
      jwt: { ttlMinutes: 60, secret: undefined },
    });
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

  it('refuses to run in production without a JWT secret', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(
      /ACCOUNTS_JWT_SECRET is required when NODE_ENV=production/,
    );
  });

  it('logs every request outside production only, unless LOG_REQUESTS says otherwise', () => {
    const production = { NODE_ENV: 'production', ACCOUNTS_JWT_SECRET: 's'.repeat(32) };
    expect(readConfig({}).logRequests).toBe(true);
    expect(readConfig(production).logRequests).toBe(false);
    expect(readConfig({ ...production, LOG_REQUESTS: 'true' }).logRequests).toBe(true);
  });
});
