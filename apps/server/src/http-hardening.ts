import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
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
 * The headers helmet sets for `options`, worked out once: none of them depends on the request, and
 * building them per request (as helmet's Fastify plugin does) cost a tenth of a small response.
 */
export function securityHeadersFor(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/** The service's CSP: nothing but its own scripts, styles, fonts and connections. */
const CSP_DIRECTIVES = {
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
};

/**
 * The CSP of the API reference page (/docs) alone: the service's, with inline styles allowed,
 * because the reference renderer (Scalar) sets styles at run time (style elements and
 * attributes). Scripts stay 'self' only, so no injected script can run there either.
 */
export function apiReferenceContentSecurityPolicy(): string {
  const directives = { ...CSP_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] };
  const headers = securityHeadersFor({ contentSecurityPolicy: { useDefaults: false, directives } });
  return headers['content-security-policy'] ?? '';
}

/**
 * The service's security headers: a strict CSP for the web app, no framing, no referrer, HSTS in
 * production. Worked out once per server; the early 414/431 answers send them too.
 */
export function serviceSecurityHeaders(config: ServerConfig): Record<string, string> {
  return securityHeadersFor({
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    hsts: config.nodeEnv === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  });
}

/**
 * Security headers on every response, CORS only for the configured origins, and a JSON depth
 * limit.
 */
export function registerHttpHardening(app: FastifyInstance, config: ServerConfig): void {
  const securityHeaders = serviceSecurityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(securityHeaders);
    done();
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
