import { appRouter, isSameSecret, type AuthEventOptions } from '@dyocense/api';
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

function metricsHandler(metrics: Metrics, token: string | undefined) {
  return async (request: { headers: { authorization?: string } }, reply: FastifyReply) => {
    const presented = request.headers.authorization?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (token && (!presented || !isSameSecret(token, presented))) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({
        code: 'UNAUTHORIZED',
        message: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"',
      });
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
  options: { config: ServerConfig; db: DB; native: NativeDatabase; log: FastifyBaseLogger },
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
  if (token) app.get('/metrics', metricsHandler(metrics, token));

  let listener: FastifyInstance | undefined;
  return {
    authEvents: { emailHashKey, onEvent: (event) => metrics.onAuthEvent(event) },
    async start() {
      if (port === undefined) return;
      listener = Fastify({ logger: false });
      listener.get('/metrics', metricsHandler(metrics, token));
      const address = await listener.listen({ host: config.host, port });
      options.log.info(`metrics on ${address}/metrics`);
    },
    async stop() {
      await listener?.close();
    },
  };
}
