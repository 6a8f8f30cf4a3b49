import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from './env';

const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `limit` (walked without recursion). */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Security headers on every response (a strict CSP for the web app, no framing, no referrer,
 * HSTS in production), CORS only for the configured origins, and a JSON depth limit.
 */
export function registerHttpHardening(app: FastifyInstance, config: ServerConfig): void {
  void app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: config.nodeEnv === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });

  const allowed = new Set(config.corsOrigins);
  void app.register(cors, {
    // Only listed origins, never `null` or a wildcard, so credentials are safe to allow.
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'x-request-id'],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });

  app.addHook('preValidation', async (request, reply) => {
    if (nestsDeeperThan(request.body, MAX_JSON_DEPTH)) {
      return reply.code(400).send({
        code: 'BAD_REQUEST',
        message: `The JSON body nests more than ${MAX_JSON_DEPTH} levels deep`,
      });
    }
  });
}
