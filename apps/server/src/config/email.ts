import { z } from 'zod';
import { ConfigError } from './config-error';
import type { NodeEnv } from './node-env';
import { flag, port, whole } from './values';

/** Where emails go (SMTP) and how the outbox retries them. */
export const emailSchema = z
  .object({
    SMTP_HOST: z.string().optional().meta({
      description:
        'SMTP server; required in production; unset outside production means dev mode (emails logged, tokens returned)',
    }),
    SMTP_PORT: port('SMTP_PORT').default(587).meta({ description: 'SMTP port' }),
    SMTP_USER: z
      .string()
      .optional()
      .meta({ description: 'SMTP user name, if the server needs credentials' }),
    SMTP_PASSWORD: z
      .string()
      .optional()
      .meta({ description: 'SMTP password, if the server needs credentials' }),
    SMTP_FROM: z.string().optional().meta({
      description: 'sender, e.g. `Dyocense <hello@example.com>`; required with `SMTP_HOST`',
    }),
    SMTP_SECURE: flag('SMTP_SECURE')
      .default(false)
      .meta({ description: '`true` for implicit TLS (usually port 465)' }),
    SMTP_REQUIRE_TLS: flag('SMTP_REQUIRE_TLS')
      .default(false)
      .meta({ description: '`true` to refuse sending unless the server upgrades with STARTTLS' }),
    EMAIL_MAX_ATTEMPTS: whole(1, 50)
      .default(8)
      .meta({ description: 'attempts before a message is given up' }),
    EMAIL_RETRY_BASE_MS: whole(1).default(5_000).meta({
      description: 'first retry delay, milliseconds; each later one doubles, with jitter',
    }),
    EMAIL_RETRY_MAX_MS: whole(1)
      .default(3_600_000)
      .meta({ description: 'longest retry delay, milliseconds' }),
    EMAIL_LEASE_SECONDS: whole(1).default(60).meta({
      description: 'how long a claimed message waits before another worker may retry it',
    }),
    EMAIL_POLL_INTERVAL_MS: whole(10).default(1_000).meta({
      description:
        'how often the worker looks for due messages, milliseconds (new ones are sent at once)',
    }),
  })
  .meta({ title: 'Email' });

export interface EmailConfig {
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
}

type EmailEnv = z.output<typeof emailSchema>;

/** Sign-up links are sent by email: production cannot run without a server to send them. */
export function emailProductionProblems(env: EmailEnv, nodeEnv: NodeEnv): string[] {
  if (nodeEnv !== 'production' || env.SMTP_HOST) return [];
  return [
    'SMTP_HOST is required when NODE_ENV=production: sign-up links are sent by email (see SMTP_* in docs/configuration.md)',
  ];
}

function readSmtp(env: EmailEnv): EmailConfig['smtp'] {
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

/** SMTP and the outbox; throws a ConfigError for a host without a sender. */
export function readEmail(env: EmailEnv): EmailConfig {
  const smtp = readSmtp(env);
  return {
    ...(smtp && { smtp }),
    outbox: {
      maxAttempts: env.EMAIL_MAX_ATTEMPTS,
      retryBaseMs: env.EMAIL_RETRY_BASE_MS,
      retryMaxMs: env.EMAIL_RETRY_MAX_MS,
      leaseMs: env.EMAIL_LEASE_SECONDS * 1000,
      pollIntervalMs: env.EMAIL_POLL_INTERVAL_MS,
    },
  };
}
