import type { AppRouter } from '@dyocense/api';
import { getTRPCErrorShape, transformTRPCResponse, type TRPCError } from '@trpc/server';
import { getHTTPStatusCode, resolveResponse } from '@trpc/server/http';
import {
  fastifyRequestHandler,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextFor } from '../context-for';
import { hijackReply } from '../raw-reply';
import { checkTrpcInput, inputTooLarge } from '../trpc-input-limits';
import { hotProcedures, type HotProcedure } from './hot-procedures';
import { isPlainObject, mediaType } from './request-shape';

type TrpcOptions = FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];

/** Sent to tRPC's own handler instead: anything but one plain JSON call. */
const STOCK = Symbol('stock');

/** The deserialized input, or STOCK when tRPC's handler should answer (it reports the problem). */
function deserializeInput(router: AppRouter, parsed: unknown): unknown {
  if (!isPlainObject(parsed)) return STOCK;
  try {
    return router._def._config.transformer.input.deserialize(parsed);
  } catch {
    return STOCK;
  }
}

/** One call as the fast path reads it: its deserialized input, and whether it came as a batch. */
interface FastCall {
  rawInput: unknown;
  /** A batch of one (`?batch=1`, as the typed client's httpBatchLink sends every call). */
  batch: boolean;
}

/** The input at index 0 of a batch of one: `{"0": envelope}` and nothing else, or STOCK. */
function onlyCall(parsed: unknown): unknown {
  if (!isPlainObject(parsed)) return STOCK;
  const keys = Object.keys(parsed);
  return keys.length === 1 && keys[0] === '0' ? parsed[0] : STOCK;
}

/**
 * The one call of a request, exactly as tRPC's JSON handler would read it: unbatched, or a batch
 * of one. Anything else (longer batches, extra parameters, streaming) is STOCK.
 */
function readCall(
  router: AppRouter,
  request: FastifyRequest,
  type: HotProcedure['type'],
  input: { value: unknown; params: URLSearchParams },
): FastCall | typeof STOCK {
  if ('trpc-accept' in request.headers) return STOCK;
  const { params, value: parsed } = input;
  const batch = params.get('batch') === '1';
  const expected = (batch ? 1 : 0) + (type === 'query' ? 1 : 0);
  if (params.size !== expected) return STOCK;
  if (type === 'query' ? !params.get('input') : mediaType(request) !== 'application/json')
    return STOCK;
  if (type === 'mutation' && typeof request.body !== 'string') return STOCK;
  const envelope = batch ? onlyCall(parsed) : parsed;
  const rawInput = envelope === STOCK ? STOCK : deserializeInput(router, envelope);
  return rawInput === STOCK ? STOCK : { rawInput, batch };
}

/** The procedure path(s) of a /trpc route: a hot route's own, or the stock route's parameter. */
function trpcPath(request: FastifyRequest): string {
  const params = request.params as { path?: string } | undefined;
  return params?.path ?? request.routeOptions.url?.slice('/trpc/'.length) ?? '';
}

/** A body-less copy of the request for tRPC's handler: enough for it to shape an error. */
function headRequest(request: FastifyRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'content-length' || name === 'transfer-encoding') continue;
    for (const item of [value ?? []].flat()) headers.append(name, item);
  }
  return new Request(new URL(request.url, 'http://localhost'), {
    method: request.method,
    headers,
  });
}

/**
 * tRPC at /trpc. The hot procedures, called singly with JSON, skip the adapter's translation to
 * fetch Request/Response and answer with the same status, headers and body; every other call
 * (batches, other procedures, unusual requests) goes through tRPC's own Fastify handler.
 */
export function registerTrpc(
  app: FastifyInstance,
  options: {
    trpcOptions: TrpcOptions & { router: AppRouter };
    contextFor: ContextFor;
    logRequests: boolean;
    fastPath: boolean;
    /** The most bytes of one request's tRPC input (body or `?input=`). */
    inputLimit: number;
  },
): void {
  const { trpcOptions, contextFor } = options;
  const router = trpcOptions.router;
  const config = router._def._config;
  const stock = (request: FastifyRequest, reply: FastifyReply, path: string) =>
    fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path });
  // Refused before either path parses it, in tRPC's own error shape, through its error formatter.
  const refuse = async (
    request: FastifyRequest,
    reply: FastifyReply,
    path: string,
    error: TRPCError,
  ) =>
    reply.send(
      await resolveResponse({
        router,
        path,
        error,
        req: headRequest(request),
        createContext: async () =>
          contextFor(request, (name, value) => void reply.header(name, value)),
        onError: (failure) => trpcOptions.onError?.({ ...failure, req: request }),
      }),
    );
  // No more than the server takes in any body.
  const inputLimit = Math.min(options.inputLimit, app.initialConfig.bodyLimit ?? Infinity);
  const checked = (request: FastifyRequest, path: string) =>
    checkTrpcInput(request, path, inputLimit);

  const fastHandler =
    (hot: HotProcedure) => async (request: FastifyRequest, reply: FastifyReply) => {
      const input = checked(request, hot.path);
      if (!input.ok) return refuse(request, reply, hot.path, input.error);
      const call = readCall(router, request, hot.type, input);
      if (call === STOCK) return stock(request, reply, hot.path);
      const { rawInput } = call;
      const ctx = contextFor(request, (name, value) => reply.raw.setHeader(name, value));
      const outcome = await hot.call(rawInput, ctx);
      if (!outcome.ok) {
        trpcOptions.onError?.({
          error: outcome.error,
          path: hot.path,
          input: rawInput,
          ctx,
          type: hot.type,
          req: request,
        });
      }
      const response = outcome.ok
        ? { result: { data: outcome.data } }
        : {
            error: getTRPCErrorShape({
              config,
              ctx,
              error: outcome.error,
              input: rawInput,
              path: hot.path,
              type: hot.type,
            }),
          };
      const answer = call.batch ? [response] : response;
      hijackReply(request, reply, options.logRequests);
      // A string body goes out in one write with the head; a Buffer would take a second one.
      const body = JSON.stringify(transformTRPCResponse(config, answer));
      reply.raw.writeHead(getHTTPStatusCode(answer), {
        vary: 'trpc-accept, accept',
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
      });
      reply.raw.end(body);
    };

  void app.register(
    async (scope) => {
      // The same body parsing as tRPC's plugin: JSON arrives as text for tRPC to parse.
      scope.removeContentTypeParser(['application/json', 'multipart/form-data']);
      // Reads no more than a tRPC input may hold; a longer body is refused in tRPC's shape below.
      const json = { parseAs: 'string', bodyLimit: inputLimit } as const;
      scope.addContentTypeParser('application/json', json, (_, body, done) => done(null, body));
      scope.addContentTypeParser('multipart/form-data', (_, body, done) => done(null, body));
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        // Anything else goes on to the server's own error handler.
        if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
        return refuse(request, reply, trpcPath(request), inputTooLarge(inputLimit));
      });
      if (options.fastPath) {
        for (const hot of hotProcedures(router)) {
          scope.route({
            method: hot.type === 'query' ? 'GET' : 'POST',
            url: `/${hot.path}`,
            // HEAD stays with tRPC's handler, which answers it itself.
            exposeHeadRoute: false,
            handler: fastHandler(hot),
          });
        }
      }
      scope.all('/:path', (request, reply) => {
        const path = (request.params as { path: string }).path;
        const input = checked(request, path);
        return input.ok ? stock(request, reply, path) : refuse(request, reply, path, input.error);
      });
    },
    { prefix: '/trpc' },
  );
}
