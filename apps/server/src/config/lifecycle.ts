import { z } from 'zod';
import type { NodeEnv } from './node-env';
import { whole } from './values';

/** In production a balancer needs a moment to see the drain; at a terminal, Ctrl-C is at once. */
const PRODUCTION_DRAIN_DELAY_MS = 5_000;

/** How the server stops, and how often it clears out what has expired. */
export const lifecycleSchema = z
  .object({
    SHUTDOWN_DELAY_MS: whole(0, 120_000)
      .optional()
      .meta({
        description:
          'on `SIGTERM`/`SIGINT`, how long `/readyz` says `draining` (while still serving) before the listener closes, so a load balancer has moved traffic away; milliseconds',
        defaultText: `\`${PRODUCTION_DRAIN_DELAY_MS}\` in production, else \`0\``,
      }),
    SHUTDOWN_TIMEOUT_MS: whole(1000, 600_000).default(30_000).meta({
      description:
        'the longest a shutdown may take before the process exits anyway (code 1), milliseconds',
    }),
    TOKEN_PURGE_INTERVAL: whole(1, 86_400).default(3_600).meta({
      description:
        'seconds between purges of expired verification tokens, settled emails, old auth events and expired sign-in flows (one also runs at start)',
    }),
    EXPIRED_TOKEN_RETENTION: whole(0, 90 * 86_400)
      .default(7 * 86_400)
      .meta({
        description:
          'seconds an expired link still answers "expired" before it is deleted, and a sent or failed email stays in the outbox',
      }),
  })
  .meta({ title: 'Shutdown and clean-up' });

export interface LifecycleConfig {
  shutdown: {
    /**
     * How long `/readyz` says `draining` before the listener closes, so a load balancer has
     * stopped sending traffic by then.
     */
    delayMs: number;
    /** The longest a shutdown may take; past it the process exits anyway (code 1). */
    timeoutMs: number;
  };
  tokenPurge: { intervalSeconds: number; retentionSeconds: number };
}

export function readLifecycle(
  env: z.output<typeof lifecycleSchema>,
  nodeEnv: NodeEnv,
): LifecycleConfig {
  return {
    shutdown: {
      delayMs: env.SHUTDOWN_DELAY_MS ?? (nodeEnv === 'production' ? PRODUCTION_DRAIN_DELAY_MS : 0),
      timeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    },
    tokenPurge: {
      intervalSeconds: env.TOKEN_PURGE_INTERVAL,
      retentionSeconds: env.EXPIRED_TOKEN_RETENTION,
    },
  };
}
