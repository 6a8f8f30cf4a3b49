import type { AppRouter, Context } from '@dyocense/api';
import { getTRPCErrorShape, type TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { ContextFor } from '../context-for';
import { hotProcedure, type HotProcedure, type HotProcedurePath } from './hot-procedures';
import { isPlainObject, mediaType } from './request-shape';

const STOCK = Symbol('stock');
/** Path segments trpc-to-openapi would pass on unchanged (it does not percent-decode). */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;

interface RestRoute {
  path: HotProcedurePath;
  url: string;
  readInput(request: FastifyRequest): unknown;
}

/** JSON bodies as trpc-to-openapi reads them (Fastify has parsed them): a plain object only. */
const bodyInput = (request: FastifyRequest) =>
  request.url.includes('?') ||
  mediaType(request) !== 'application/json' ||
  !isPlainObject(request.body)
    ? STOCK
    : { ...request.body };

const ROUTES: RestRoute[] = [
  { path: 'auth.signup', url: '/v1/auth/signup', readInput: bodyInput },
  { path: 'auth.verify', url: '/v1/auth/verify', readInput: bodyInput },
  {
    path: 'tenants.plans',
    url: '/v1/tenants/:tenant_id/plans',
    readInput(request) {
      const tenantId = request.url.split('/')[3] ?? '';
      return request.url.includes('?') || !PLAIN_SEGMENT.test(tenantId)
        ? STOCK
        : { tenant_id: tenantId };
    },
  },
];

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify(body));
}

/** trpc-to-openapi's error body: the formatted shape, its message, the code name and zod issues. */
function errorBody(
  router: AppRouter,
  hot: HotProcedure,
  error: TRPCError,
  input: unknown,
  ctx: Context,
) {
  const shape = getTRPCErrorShape({
    config: router._def._config,
    error,
    type: hot.type,
    path: hot.path,
    input,
    ctx,
  });
  const isInputValidationError =
    error.code === 'BAD_REQUEST' && error.cause instanceof Error && error.cause.name === 'ZodError';
  return {
    ...shape,
    message: isInputValidationError ? 'Input validation failed' : (shape?.message ?? error.message),
    code: error.code,
    issues: isInputValidationError
      ? (error.cause as Error & { issues: unknown }).issues
      : undefined,
  };
}

/**
 * The hot REST routes, answered like trpc-to-openapi's handler (same status, Content-Type and
 * body) without building a fetch Request and AbortSignal per call. Anything unusual goes to
 * `stock`, the library's handler.
 */
export function registerRestFastRoutes(
  app: FastifyInstance,
  options: {
    router: AppRouter;
    contextFor: ContextFor;
    stock: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    onHijack: (request: FastifyRequest, reply: FastifyReply) => void;
    onError: (error: TRPCError, path: string) => void;
  },
): void {
  for (const route of ROUTES) {
    const hot = hotProcedure(options.router, route.path);
    app.route({
      method: hot.type === 'query' ? 'GET' : 'POST',
      url: route.url,
      exposeHeadRoute: false,
      async handler(request, reply) {
        const input = route.readInput(request);
        if (input === STOCK) return options.stock(request, reply);
        options.onHijack(request, reply);
        const ctx = options.contextFor(request, (name, value) => reply.raw.setHeader(name, value));
        const outcome = await hot.call(input, ctx);
        if (outcome.ok) return send(reply.raw, 200, outcome.data);
        options.onError(outcome.error, hot.path);
        const body = errorBody(options.router, hot, outcome.error, input, ctx);
        send(reply.raw, getHTTPStatusCodeFromError(outcome.error), body);
      },
    });
  }
}
