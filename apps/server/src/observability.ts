import {
  AccountsError,
  appRouter,
  isSameSecret,
  type AuthEventOptions,
  type RateLimits,
} from '@dyocense/api';
import type { DB, NativeDatabase } from '@dyocense/db';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import type { ServerConfig } from './env';
import { createMetrics, type Metrics } from './metrics';

export interface Observability {
  /** How auth events hash addresses, and the metrics that count them. */
  authEvents: AuthEventOptions;
  /** Starts the metrics port, if one is configured. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

type ScrapeRefusal = { status: 401 } | { status: 429; retryAfterSeconds: number; message: string };

/**
 * Whether a scrape may read the metrics. Wrong tokens are counted per client IP; once they are
 * spent the address is refused, even with the right token, until its window ends.
 */
async function refusalOf(
  request: { ip: string; headers: { authorization?: string } },
  token: string,
  rateLimits: RateLimits | undefined,
): Promise<ScrapeRefusal | undefined> {
  const rule = 'metricsTokenFailuresPerIp';
  const presented = request.headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  try {
    await rateLimits?.assertNotExhausted(rule, request.ip);
    if (presented && isSameSecret(token, presented)) return undefined;
    await rateLimits?.consume(rule, request.ip);
    return { status: 401 };
  } catch (error) {
    if (!(error instanceof AccountsError) || error.reason !== 'RATE_LIMITED') throw error;
    return { status: 429, retryAfterSeconds: error.retryAfterSeconds ?? 1, message: error.message };
  }
}

function metricsHandler(
  metrics: Metrics,
  token: string | undefined,
  rateLimits: RateLimits | undefined,
) {
  return async (
    request: { ip: string; headers: { authorization?: string } },
    reply: FastifyReply,
  ) => {
    const refusal = token ? await refusalOf(request, token, rateLimits) : undefined;
    if (refusal?.status === 401) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({
        code: 'UNAUTHORIZED',
        message: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"',
      });
    }
    if (refusal?.status === 429) {
      return reply
        .code(429)
        .header('retry-after', String(refusal.retryAfterSeconds))
        .send({ code: 'TOO_MANY_REQUESTS', message: refusal.message });
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
  if (token) app.get('/metrics', metricsHandler(metrics, token, options.rateLimits));

  let listener: FastifyInstance | undefined;
  return {
    authEvents: { emailHashKey, onEvent: (event) => metrics.onAuthEvent(event) },
    async start() {
      if (port === undefined) return;
      listener = Fastify({ logger: false });
      listener.get('/metrics', metricsHandler(metrics, token, options.rateLimits));
      const address = await listener.listen({ host: config.host, port });
      options.log.info(`metrics on ${address}/metrics`);
    },
    async stop() {
      await listener?.close();
    },
  };
}
