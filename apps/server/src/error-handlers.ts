import { asAccountsError } from '@dyocense/api';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { unavailableLog } from './unavailable-log';
import type { WebApp } from './web-app';

/** tRPC's names for the HTTP statuses Fastify itself may answer with. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  408: 'TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** 503 with Retry-After when the database cannot serve right now; false for any other error. */
function answerUnavailable(app: FastifyInstance, reply: FastifyReply, error: unknown): boolean {
  const refusal = asAccountsError(error);
  if (refusal?.reason !== 'SERVICE_UNAVAILABLE') return false;
  unavailableLog(app)(error, reply.request.routeOptions.url);
  void reply
    .code(503)
    .header('retry-after', String(refusal.retryAfterSeconds))
    .send({ code: 'SERVICE_UNAVAILABLE', message: refusal.message });
  return true;
}

/**
 * Every error and unknown route answers JSON `{code, message}`; server faults say nothing more.
 * A browser asking for an unknown page gets the web app's 404 page instead.
 */
export function registerErrorHandlers(app: FastifyInstance, webApp?: WebApp): void {
  app.setNotFoundHandler((request, reply) => {
    if (webApp?.wantsPage(request)) {
      void webApp.sendPage(reply, 404);
      return;
    }
    void reply.code(404).send({
      code: 'NOT_FOUND',
      message: `Nothing here: ${request.method} ${request.url.split('?', 1)[0]}`,
    });
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (answerUnavailable(app, reply, error)) return;
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      void reply.code(500).send({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on our side; please try again in a moment.',
      });
      return;
    }
    void reply
      .code(status)
      .send({ code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: error.message });
  });
}
