import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

// Long enough for a UUID or a trace id; short and plain enough to log and echo safely.
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's `x-request-id` when it is 1–128 of `[A-Za-z0-9._:-]`, else a fresh UUID. */
export function requestIdFor(request: IncomingMessage): string {
  const header = request.headers['x-request-id'];
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** What the service answers to a request Node or Fastify's router refused before any route. */
function clientErrorBody(status: number): { code: string; message: string } {
  if (status === 408) return { code: 'TIMEOUT', message: 'The request took too long to arrive' };
  if (status === 414) return { code: 'URI_TOO_LONG', message: 'The URL is too long' };
  if (status === 431) {
    return {
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
      message: 'The request headers are too large',
    };
  }
  return { code: 'BAD_REQUEST', message: 'The request could not be read' };
}

function statusOfClientError(error: { code?: string }): number {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  if (error.code === 'HPE_HEADER_OVERFLOW') return 431;
  return 400;
}

/**
 * Fastify's `clientErrorHandler` and `frameworkErrors`: requests refused by Node's HTTP parser
 * (431, 408, 400) or the router (414, a bad URL) answer short JSON, never echoing the URL, with
 * the security headers and a request id like every other response.
 */
export function clientErrorHandling(securityHeaders: Record<string, string>) {
  return {
    clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
      // A reset connection has nobody left to answer.
      if (error.code === 'ECONNRESET' || socket.destroyed) return;
      const status = statusOfClientError(error);
      const body = JSON.stringify(clientErrorBody(status));
      const headers = {
        ...securityHeaders,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
        'x-request-id': randomUUID(),
        connection: 'close',
      };
      const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
      if (socket.writable) {
        socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head.join('')}\r\n${body}`);
      }
      socket.destroy(error);
    },
    frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      void reply
        .headers(securityHeaders)
        .header('x-request-id', request.id)
        .code(status)
        .send(clientErrorBody(status));
    },
  };
}
