import type { OAuthProviderConfig } from '@dyocense/api';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config/config-error';
import {
  databaseLocationSchema,
  readDatabase,
  resolveDatabaseUrl,
  type DatabaseConfig,
} from './config/database';
import { emailProductionProblems, readEmail, type EmailConfig } from './config/email';
import { httpProductionProblems, readHttp, type HttpConfig } from './config/http';
import { jwtProblems, readJwt, type JwtConfig } from './config/jwt';
import { readLifecycle, type LifecycleConfig } from './config/lifecycle';
import type { NodeEnv } from './config/node-env';
import { readObservability, type ObservabilityConfig } from './config/observability';
import { collect, parseStrictly, withoutEmptyValues } from './config/parse';
import { readPasskeys, type PasskeysConfig } from './config/passkeys';
import { readRateLimits, type RateLimitsConfig } from './config/rate-limits';
import { readRedis } from './config/redis';
import { parseSections } from './config/sections';
import { readSessions, type SessionsConfig } from './config/sessions';
import { readOAuthProviders } from './config/sign-in-providers';
import { readWebApp, type WebAppConfig } from './config/web-app';

export { ConfigError } from './config/config-error';
export type { RedisSettings } from './config/redis';

/** apps/web/dist, found from this module both as source (src/) and bundled (dist/). */
const DEFAULT_WEB_DIST_DIR = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The server's configuration: one part per concern in ./config, each read from its variables. */
export interface ServerConfig
  extends
    HttpConfig,
    DatabaseConfig,
    JwtConfig,
    SessionsConfig,
    PasskeysConfig,
    EmailConfig,
    RateLimitsConfig,
    LifecycleConfig,
    ObservabilityConfig,
    WebAppConfig {
  nodeEnv: NodeEnv;
  /** Sign-in providers from `OAUTH_<NAME>_*`; see config/sign-in-providers.ts. */
  oauthProviders: OAuthProviderConfig[];
}

/**
 * Only what names the database (DATABASE_URL, or DATA_DIR for the SQLite file), for
 * `npm run db:migrate`: a migration step needs none of the server's other settings.
 */
export function readDatabaseUrl(source: Record<string, string | undefined> = process.env): string {
  return resolveDatabaseUrl(parseStrictly(databaseLocationSchema, withoutEmptyValues(source)));
}

/**
 * Reads and checks the whole configuration once; throws one ConfigError listing every problem,
 * each naming its variable (never its value).
 */
export function readConfig(source: Record<string, string | undefined> = process.env): ServerConfig {
  const present = withoutEmptyValues(source);
  const problems: string[] = [];
  const env = parseSections(present, problems);
  const nodeEnv = env.nodeEnv.NODE_ENV;
  problems.push(
    ...httpProductionProblems(env.http, nodeEnv),
    ...jwtProblems(env.jwt, nodeEnv),
    ...emailProductionProblems(env.email, nodeEnv),
  );
  const email = collect(problems, () => readEmail(env.email));
  const database = collect(problems, () => readDatabase(env.database));
  const http = collect(problems, () => readHttp(env.http));
  const oauthProviders = collect(problems, () => readOAuthProviders(present, nodeEnv));
  const passkeys = http && collect(problems, () => readPasskeys(env.passkeys, http.frontendUrl));
  if (problems.length > 0 || !email || !database || !http || !oauthProviders || !passkeys) {
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return {
    nodeEnv,
    ...http,
    ...database,
    ...readJwt(env.jwt),
    ...readSessions(env.sessions, nodeEnv),
    ...passkeys,
    ...email,
    ...readRateLimits(env.rateLimits, env.rateLimitRules, readRedis(env.redis)),
    ...readLifecycle(env.lifecycle, nodeEnv),
    ...readObservability(env.observability, nodeEnv),
    ...readWebApp(env.webApp, DEFAULT_WEB_DIST_DIR),
    oauthProviders,
  };
}
