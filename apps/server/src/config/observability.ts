import { z } from 'zod';
import type { NodeEnv } from './node-env';
import { flag, port, secret, whole } from './values';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Logs, metrics, the audit trail of auth events, and the operator's admin API. */
export const observabilitySchema = z
  .object({
    LOG_LEVEL: z
      .enum(LOG_LEVELS)
      .default('info')
      .meta({ description: LOG_LEVELS.map((level) => `\`${level}\``).join(', ') }),
    LOG_REQUESTS: flag('LOG_REQUESTS').optional().meta({
      description: 'one log line per request; errors and warnings are logged either way',
      defaultText: '`true`; `false` in production',
    }),
    METRICS_TOKEN: secret('METRICS_TOKEN', 16, 'openssl rand -hex 24').optional().meta({
      description:
        'serves `GET /metrics` on the main port to `Authorization: Bearer <token>`; at least 16 characters',
    }),
    METRICS_PORT: port('METRICS_PORT').optional().meta({
      description:
        'serves `GET /metrics` on this port of its own (on `HOST`); without it and `METRICS_TOKEN` there are no metrics',
    }),
    ADMIN_API_KEY: secret('ADMIN_API_KEY', 24, 'openssl rand -base64 32').optional().meta({
      description:
        'the operator key of the admin API (`analytics.funnel`, `/admin`), at least 24 characters; unset, the admin API is off',
    }),
    AUTH_EVENTS_EMAIL_KEY: secret('AUTH_EVENTS_EMAIL_KEY', 32, 'openssl rand -base64 48')
      .optional()
      .meta({
        description:
          'HMAC key for addresses in auth events, at least 32 characters; set it in production (without it, plain SHA-256 and a warning at start); changing it starts new funnel identities',
      }),
    AUTH_EVENTS_RETENTION_DAYS: whole(1, 3650)
      .default(400)
      .meta({ description: 'days auth events are kept; the purge job deletes older ones' }),
  })
  .meta({ title: 'Logs, metrics, auth events and the admin API' });

export interface ObservabilityConfig {
  logLevel: (typeof LOG_LEVELS)[number];
  /** One log line per request (errors are logged either way). */
  logRequests: boolean;
  /** /metrics: behind a bearer token on the main port, and/or on a port of its own. Off without either. */
  metrics?: { token?: string; port?: number };
  /** The operator key of the admin API; absent, the admin API is off. */
  adminApiKey?: string;
  authEvents: { emailHashKey?: string; retentionSeconds: number };
}

export function readObservability(
  env: z.output<typeof observabilitySchema>,
  nodeEnv: NodeEnv,
): ObservabilityConfig {
  return {
    logLevel: env.LOG_LEVEL,
    logRequests: env.LOG_REQUESTS ?? nodeEnv !== 'production',
    ...((env.METRICS_TOKEN || env.METRICS_PORT !== undefined) && {
      metrics: {
        ...(env.METRICS_TOKEN && { token: env.METRICS_TOKEN }),
        ...(env.METRICS_PORT !== undefined && { port: env.METRICS_PORT }),
      },
    }),
    ...(env.ADMIN_API_KEY && { adminApiKey: env.ADMIN_API_KEY }),
    authEvents: {
      ...(env.AUTH_EVENTS_EMAIL_KEY && { emailHashKey: env.AUTH_EVENTS_EMAIL_KEY }),
      retentionSeconds: env.AUTH_EVENTS_RETENTION_DAYS * 86_400,
    },
  };
}
