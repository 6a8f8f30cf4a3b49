import type { AppRouter, Context } from '@dyocense/api';
import { getTRPCErrorShape, type TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { ContextFor } from '../context-for';
import { hotProcedures, type HotProcedure } from './hot-procedures';
import { isPlainObject, mediaType } from './request-shape';

const STOCK = Symbol('stock');
/** Path segments trpc-to-openapi would pass on unchanged (it does not percent-decode). */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;

interface RestRoute {
  hot: HotProcedure;
  /** In Fastify's notation: `/v1/tenants/:tenant_id/plans`. */
  url: string;
  /** The input as trpc-to-openapi would pass it, or STOCK for anything it might read otherwise. */
  readInput(request: FastifyRequest): unknown;
}

/** A hot procedure's REST route, read from its declared method and path. */
function restRoute(hot: HotProcedure): RestRoute {
  const segments = hot.rest.path.split('/');
  const params = segments.flatMap((segment) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1];
    if (!name && segment.includes('{')) {
      throw new Error(`${hot.path}: a path parameter must be a whole segment, not ${segment}`);
    }
    return name ? [{ name }] : [];
  });
  // trpc-to-openapi reads a body for every method but these (it reads the query string instead).
  const withBody = !['GET', 'DELETE'].includes(hot.rest.method);
  // Such a call's input is its query string, or none for a void input: not mirrored here.
  if (!withBody && params.length === 0) {
    throw new Error(
      `${hot.path}: the fast path serves ${hot.rest.method} only with path parameters`,
    );
  }
  return {
    hot,
    url: segments.map((segment) => segment.replace(/^\{(\w+)\}$/, ':$1')).join('/'),
    readInput(request) {
      // Fastify percent-decodes its params and trpc-to-openapi does not: with no escape in the
      // URL both read the same plain segments.
      if (request.url.includes('?') || request.url.includes('%')) return STOCK;
      const routeParams = request.params as Record<string, string>;
      const pathInput: Record<string, string> = {};
      for (const { name } of params) {
        const value = routeParams[name] ?? '';
        if (!PLAIN_SEGMENT.test(value)) return STOCK;
        pathInput[name] = value;
      }
      if (!withBody) return pathInput;
      // JSON bodies as trpc-to-openapi reads them (Fastify has parsed them): a plain object only.
      if (mediaType(request) !== 'application/json' || !isPlainObject(request.body)) return STOCK;
      return { ...request.body, ...pathInput };
    },
  };
}

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
 * The hot procedures' REST routes, answered like trpc-to-openapi's handler (same status, Content-Type and
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
  for (const route of hotProcedures(options.router).map(restRoute)) {
    const { hot } = route;
    app.route({
      method: hot.rest.method,
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
