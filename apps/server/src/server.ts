import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  appRouter,
  createContext,
  createJwtService,
  createLogMailer,
  createOpenApiDocument,
  createOutboxWorker,
  createSmtpMailer,
  type ApiDeps,
  type Mailer,
} from '@dyocense/api';
import { createDatabase, migrateToLatest } from '@dyocense/db';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify from 'fastify';
import { sql } from 'kysely';
import type { ServerConfig } from './env';
import { registerErrorHandlers } from './error-handlers';
import { loggerOptions } from './logger';
import { readRefreshCookie, refreshCookieWriter } from './refresh-cookie';
import { registerRestApi } from './rest-api';
import { loadSigningKeys } from './signing-keys';

export interface AccountsServer {
  /** Migrates the database and listens; resolves to the address it listens on. */
  start(): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

function createMailer(config: ServerConfig, log: (message: string) => void): Mailer {
  return config.smtp ? createSmtpMailer(config.smtp) : createLogMailer(log);
}

export function createServer(config: ServerConfig): AccountsServer {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 5000 },
  });
  const db = createDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  const mailer = createMailer(config, (message) => app.log.info(message));
  const outbox = createOutboxWorker({
    db,
    mailer,
    ...config.outbox,
    onError: (message, error) => app.log.error({ err: error }, message),
  });
  const deps: ApiDeps = {
    db,
    jwt: createJwtService({
      keys: loadSigningKeys(config, (message) => app.log.warn(message)),
      ttlMinutes: config.jwt.ttlMinutes,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    }),
    sessionTtlDays: config.sessionTtlDays,
    refreshReuseGraceSeconds: config.refreshReuseGraceSeconds,
    devMode: config.nodeEnv !== 'production' && !config.smtp,
    verificationTokenTtlSeconds: config.verificationTokenTtlSeconds,
    signinTokenTtlSeconds: config.signinTokenTtlSeconds,
    frontendUrl: config.frontendUrl,
    onEmailQueued: () => outbox.wake(),
  };
  const contextFor = (headers: IncomingHttpHeaders, setCookieHeader: (value: string) => void) =>
    createContext({
      ...deps,
      authorization: headers.authorization ?? null,
      userAgent: headers['user-agent'] ?? null,
      refreshCookie: readRefreshCookie(headers.cookie),
      setRefreshCookie: refreshCookieWriter(setCookieHeader, {
        secure: config.cookieSecure,
        now: () => new Date(),
      }),
    });

  app.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandlers(app);

  const openApiDocument = createOpenApiDocument(config.publicUrl);
  app.get('/openapi.json', async () => openApiDocument);
  const jwks = deps.jwt.keys.jwks();
  app.get('/.well-known/jwks.json', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').send(jwks),
  );
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

  void app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        contextFor(req.headers, (value) => void res.header('set-cookie', value)),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error, path }, 'tRPC call failed');
      },
    } satisfies FastifyTRPCPluginOptions<typeof appRouter>['trpcOptions'],
  });
  registerRestApi(app, {
    router: appRouter,
    createContext: (req, res) =>
      contextFor(req.headers, (value) => res.setHeader('set-cookie', value)),
  });

  return {
    async start() {
      await migrateToLatest(db);
      const address = await app.listen({ host: config.host, port: config.port });
      outbox.start();
      return address;
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
      await outbox.stop();
      mailer.close();
      await db.destroy();
    },
  };
}
