import type { AppRouter } from '@dyocense/api';
import {
  fastifyRequestHandler,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import {
  getErrorShape,
  getHTTPStatusCode,
  transformTRPCResponse,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextFor } from '../context-for';
import { hijackReply } from '../raw-reply';
import { HOT_PROCEDURES, hotProcedure, type HotProcedure } from './hot-procedures';
import { isPlainObject, mediaType, queryString } from './request-shape';

type TrpcOptions = FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];

/** Sent to tRPC's own handler instead: anything but one plain JSON call. */
const STOCK = Symbol('stock');

function parseInput(router: AppRouter, json: string): unknown {
  try {
    const parsed: unknown = JSON.parse(json);
    if (!isPlainObject(parsed)) return STOCK;
    return router._def._config.transformer.input.deserialize(parsed);
  } catch {
    return STOCK;
  }
}

/** The raw input of a single, unbatched call, exactly as tRPC's JSON handler would read it. */
function readInput(router: AppRouter, request: FastifyRequest, type: HotProcedure['type']) {
  if ('trpc-accept' in request.headers) return STOCK;
  if (type === 'query') {
    const params = new URLSearchParams(queryString(request));
    const input = params.get('input');
    return input && params.size === 1 ? parseInput(router, input) : STOCK;
  }
  if (queryString(request) !== '' || mediaType(request) !== 'application/json') return STOCK;
  return typeof request.body === 'string' ? parseInput(router, request.body) : STOCK;
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
  },
): void {
  const { trpcOptions, contextFor } = options;
  const router = trpcOptions.router;
  const config = router._def._config;
  const stock = (request: FastifyRequest, reply: FastifyReply, path: string) =>
    fastifyRequestHandler({ ...trpcOptions, req: request, res: reply, path });

  const fastHandler =
    (hot: HotProcedure) => async (request: FastifyRequest, reply: FastifyReply) => {
      const rawInput = readInput(router, request, hot.type);
      if (rawInput === STOCK) return stock(request, reply, hot.path);
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
            error: getErrorShape({
              config,
              ctx,
              error: outcome.error,
              input: rawInput,
              path: hot.path,
              type: hot.type,
            }),
          };
      hijackReply(request, reply, options.logRequests);
      // A string body goes out in one write with the head; a Buffer would take a second one.
      const body = JSON.stringify(transformTRPCResponse(config, response));
      reply.raw.writeHead(getHTTPStatusCode(response), {
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
      scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_, body, done) =>
        done(null, body),
      );
      scope.addContentTypeParser('multipart/form-data', (_, body, done) => done(null, body));
      if (options.fastPath) {
        for (const path of HOT_PROCEDURES) {
          const hot = hotProcedure(router, path);
          scope.route({
            method: hot.type === 'query' ? 'GET' : 'POST',
            url: `/${path}`,
            // HEAD stays with tRPC's handler, which answers it itself.
            exposeHeadRoute: false,
            handler: fastHandler(hot),
          });
        }
      }
      scope.all('/:path', (request, reply) =>
        stock(request, reply, (request.params as { path: string }).path),
      );
    },
    { prefix: '/trpc' },
  );
}
