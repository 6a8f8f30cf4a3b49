import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Paths never written to a log: credentials in headers and tokens in bodies. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.token',
  '*.jwt',
  '*.password',
];

/** The path without its query string: a query may carry a one-time token. */
function pathOnly(url: string | undefined): string | undefined {
  return url?.split('?', 1)[0];
}

/** Fastify's pino logger: structured JSON with the request id, and no secrets. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED, censor: '[redacted]' },
    serializers: {
      req(request: FastifyRequest) {
        return {
          id: request.id,
          method: request.method,
          url: pathOnly(request.url),
          ip: request.ip,
        };
      },
    },
  };
}
