import {
  appRouter,
  asAccountsError,
  assertOperatorSecret,
  createAuthEvents,
  type AuthEventOptions,
  type RateLimits,
} from '@dyocense/api';
import type { DB, NativeDatabase } from '@dyocense/db';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { sendRefusal } from './error-handlers';
import type { ServerConfig } from './env';
import { createMetrics, type Metrics } from './metrics';

export interface Observability {
  /** How auth events hash addresses, and the metrics that count them. */
  authEvents: AuthEventOptions;
  /** Starts the metrics port, if one is configured. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** What guards a scrape: the token, and the limit on wrong ones with its record. */
interface ScrapeGuard {
  token: string;
  db: DB;
  authEvents: AuthEventOptions;
  rateLimits: RateLimits | undefined;
}

/** The token checked like the operator key: wrong ones are limited per client IP. */
function assertScrapeAllowed(request: FastifyRequest, guard: ScrapeGuard): Promise<void> {
  const ctx = {
    db: guard.db,
    rateLimits: guard.rateLimits,
    events: createAuthEvents({
      ...guard.authEvents,
      now: () => new Date(),
      clientIp: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    }),
    clientIp: request.ip,
    authorization: request.headers.authorization ?? null,
  };
  return assertOperatorSecret(ctx, {
    configured: guard.token,
    rule: 'metricsTokenFailuresPerIp',
    reason: 'METRICS_TOKEN_INVALID',
  });
}

/** Serves the metrics, behind the token when there is one. */
function metricsHandler(metrics: Metrics, guard: ScrapeGuard | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (guard) {
      try {
        await assertScrapeAllowed(request, guard);
      } catch (error) {
        const refusal = asAccountsError(error);
        if (!refusal) throw error;
        if (refusal.reason === 'METRICS_TOKEN_INVALID')
          void reply.header('www-authenticate', 'Bearer');
        return sendRefusal(reply, refusal);
      }
    }
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(body);
  };
}

/**
 * Metrics (when METRICS_TOKEN or METRICS_PORT is set) and the settings of auth events. Every
 * request is counted once, when its response has finished, whichever handler answered it.
 */
export function setupObservability(
  app: FastifyInstance,
  options: {
    config: ServerConfig;
    db: DB;
    native: NativeDatabase;
    log: FastifyBaseLogger;
    /** Limits wrong metrics tokens per client IP; none when rate limits are off. */
    rateLimits?: RateLimits | undefined;
  },
): Observability {
  const { config } = options;
  if (config.nodeEnv === 'production' && !config.authEvents.emailHashKey) {
    options.log.warn(
      'AUTH_EVENTS_EMAIL_KEY is not set: auth events hash addresses with plain SHA-256, which anyone can recompute for a guessed address',
    );
  }
  const emailHashKey = config.authEvents.emailHashKey;
  if (!config.metrics) {
    return { authEvents: { emailHashKey }, start: async () => {}, stop: async () => {} };
  }
  const { token, port } = config.metrics;
  const metrics = createMetrics({ router: appRouter, db: options.db, native: options.native });
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(request, reply);
    done();
  });
  const authEvents: AuthEventOptions = {
    emailHashKey,
    onEvent: (event) => metrics.onAuthEvent(event),
  };
  const guard = token
    ? { token, db: options.db, authEvents, rateLimits: options.rateLimits }
    : undefined;
  const handler = metricsHandler(metrics, guard);
  if (token) app.get('/metrics', handler);

  let listener: FastifyInstance | undefined;
  return {
    authEvents,
    async start() {
      if (port === undefined) return;
      listener = Fastify({ logger: false });
      listener.get('/metrics', handler);
      const address = await listener.listen({ host: config.host, port });
      options.log.info(`metrics on ${address}/metrics`);
    },
    async stop() {
      await listener?.close();
    },
  };
}
