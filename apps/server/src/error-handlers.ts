import { asAccountsError, type AccountsError } from '@dyocense/api';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { FailureLog } from './failure-log';
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

/**
 * Answers a refusal of the service with its status, code, message, `data.reason` and Retry-After
 * (also as `data.retryAfterSeconds`).
 */
export function sendRefusal(reply: FastifyReply, refusal: AccountsError): FastifyReply {
  if (refusal.retryAfterSeconds)
    void reply.header('retry-after', String(refusal.retryAfterSeconds));
  const status = getHTTPStatusCodeFromError(new TRPCError({ code: refusal.code }));
  return reply.code(status).send({
    code: refusal.code,
    message: refusal.message,
    data: {
      reason: refusal.reason,
      ...(refusal.retryAfterSeconds && { retryAfterSeconds: refusal.retryAfterSeconds }),
    },
  });
}

/**
 * A refusal of the service (an AccountsError, or the database unable to serve) answers as on the
 * tRPC and REST surfaces; false for any other error.
 */
function answerRefusal(failures: FailureLog, reply: FastifyReply, error: unknown): boolean {
  const refusal = asAccountsError(error);
  if (!refusal) return false;
  if (refusal.reason === 'SERVICE_UNAVAILABLE') {
    failures.unavailable(error, reply.request.routeOptions.url);
  }
  void sendRefusal(reply, refusal);
  return true;
}

/**
 * Every error and unknown route answers JSON `{code, message}`; server faults say nothing more.
 * A browser asking for an unknown page gets the web app's 404 page instead.
 */
export function registerErrorHandlers(
  app: FastifyInstance,
  options: { webApp?: WebApp | undefined; failures: FailureLog },
): void {
  const { webApp, failures } = options;
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
    if (answerRefusal(failures, reply, error)) return;
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
