import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  appRouter,
  createContext,
  createJwtService,
  createOpenApiDocument,
  type ApiDeps,
} from '@dyocense/api';
import { createDatabase, migrateToLatest } from '@dyocense/db';
import Fastify, { LogController } from 'fastify';
import { sql } from 'kysely';
import { loadOrCreateDevJwtSecret } from './dev-jwt-secret';
import type { ServerConfig } from './env';
import { registerErrorHandlers } from './error-handlers';
import { loggerOptions } from './logger';
import { registerTrpc } from './fast-path/trpc-fast-routes';
import { registerRestApi } from './rest-api';
import { startTokenPurge } from './token-purge';

export interface AccountsServer {
  /** Migrates the database and listens; resolves to the address it listens on. */
  start(): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

function resolveJwtSecret(config: ServerConfig, warn: (message: string) => void): string {
  if (config.jwt.secret) return config.jwt.secret;
  const { secret, path } = loadOrCreateDevJwtSecret(config.dataDir);
  warn(`ACCOUNTS_JWT_SECRET is not set: using the development secret in ${path}`);
  return secret;
}

export function createServer(config: ServerConfig): AccountsServer {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 5000 },
    // Error and warning logs stay; one line per request is for development unless asked for.
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
  });
  const db = createDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  const deps: ApiDeps = {
    db,
    jwt: createJwtService({
      ...config.jwt,
      secret: resolveJwtSecret(config, (message) => app.log.warn(message)),
    }),
    devMode: config.nodeEnv !== 'production',
    verificationTokenTtlSeconds: config.verificationTokenTtlSeconds,
  };
  const contextFor = (headers: IncomingHttpHeaders) =>
    createContext({ ...deps, authorization: headers.authorization ?? null });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandlers(app);

  const openApiDocument = createOpenApiDocument(config.publicUrl);
  app.get('/openapi.json', async () => openApiDocument);
  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ready' };
    } catch (error) {
      app.log.warn({ err: error }, 'database unreachable');
      return reply.code(503).send({ code: 'SERVICE_UNAVAILABLE', message: 'Database unreachable' });
    }
  });

  registerTrpc(app, {
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }) => contextFor(req.headers),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error, path }, 'tRPC call failed');
      },
    },
    contextFor,
    logRequests: config.logRequests,
    fastPath: config.fastPath,
  });
  registerRestApi(app, {
    router: appRouter,
    contextFor,
    logRequests: config.logRequests,
    fastPath: config.fastPath,
  });

  let purge: ReturnType<typeof startTokenPurge> | undefined;
  return {
    async start() {
      await migrateToLatest(db);
      purge = startTokenPurge({ db, log: app.log, ...config.tokenPurge });
      return app.listen({ host: config.host, port: config.port });
    },
    async stop() {
      // Fastify closes only the connections idle when close() is called; a keep-alive
      // connection whose request finishes later would hold the server open until it times out.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 25);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      await purge?.stop();
      await db.destroy();
    },
  };
}
