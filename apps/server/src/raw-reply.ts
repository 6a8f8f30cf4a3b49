import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Takes the response from Fastify for a handler that writes it on the raw response, keeping
 * what Fastify would have added: the headers set so far (the request id) and, if asked for,
 * the completion log line.
 */
export function hijackReply(
  request: FastifyRequest,
  reply: FastifyReply,
  logRequests: boolean,
): void {
  reply.hijack();
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) reply.raw.setHeader(name, value);
  }
  if (!logRequests) return;
  reply.raw.once('finish', () => {
    request.log.info(
      { res: { statusCode: reply.raw.statusCode }, responseTime: reply.elapsedTime },
      'request completed',
    );
  });
}
