import { randomUUID } from 'node:crypto';
import {
  appRouter,
  createContext,
  createJwtService,
  createLogMailer,
  createOpenApiDocument,
  createOutboxWorker,
  createOAuthProviders,
  createRateLimits,
  createSmtpMailer,
  type ApiDeps,
  type Mailer,
  type RateLimitStore,
} from '@dyocense/api';
import { migrateToLatest, openDatabase, type NativeDatabase } from '@dyocense/db';
import Fastify, { LogController } from 'fastify';
import { Redis } from 'ioredis';
import { sql } from 'kysely';
import type { ContextFor } from './context-for';
import type { ServerConfig } from './env';
import { registerErrorHandlers } from './error-handlers';
import { registerTrpc } from './fast-path/trpc-fast-routes';
import { registerHttpHardening } from './http-hardening';
import { loggerOptions } from './logger';
import { setupObservability } from './observability';
import { registerOAuthRoutes } from './oauth-routes';
import { readRefreshCookie, refreshCookieWriter } from './refresh-cookie';
import { registerRestApi } from './rest-api';
import { loadSigningKeys } from './signing-keys';
import { startTokenPurge } from './token-purge';
import { registerWebApp } from './web-app';

export interface AccountsServer {
  /** Migrates the database and listens; resolves to the address it listens on. */
  start(): Promise<string>;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  stop(): Promise<void>;
}

function createMailer(config: ServerConfig, log: (message: string) => void): Mailer {
  return config.smtp ? createSmtpMailer(config.smtp) : createLogMailer(log);
}

/** A hop count becomes "trust the first n hops", as proxy-addr does (Fastify types omit numbers). */
function trustProxyOption(trust: ServerConfig['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** Rate-limit counters live in Redis when configured, else in the service's own database. */
function rateLimitStore(
  config: ServerConfig,
  native: NativeDatabase,
): { store: RateLimitStore; connect(): Promise<void>; close(): Promise<void> } {
  const redisUrl = config.rateLimits?.redisUrl;
  if (!redisUrl) return { store: native, connect: async () => {}, close: async () => {} };
  // Connected before the server listens; afterwards an unreachable Redis fails requests at once
  // instead of queueing them.
  const client = new Redis(redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  return {
    store: { kind: 'redis', client },
    connect: () => client.connect(),
    close: async () => void (await client.quit()),
  };
}

export function createServer(config: ServerConfig): AccountsServer {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 5000 },
    trustProxy: trustProxyOption(config.trustProxy),
    requestTimeout: config.requestTimeoutMs,
    // Error and warning logs stay; one line per request is for development unless asked for.
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
  });
  const { db, native } = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  const limits = rateLimitStore(config, native);
  const mailer = createMailer(config, (message) => app.log.info(message));
  const observability = setupObservability(app, { config, db, native, log: app.log });
  const outbox = createOutboxWorker({
    db,
    mailer,
    events: observability.authEvents,
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
    authEvents: observability.authEvents,
    adminApiKey: config.adminApiKey,
    oauthProviders: createOAuthProviders(config.oauthProviders, config.publicUrl),
    ...(config.rateLimits && {
      rateLimits: createRateLimits(
        limits.store,
        config.rateLimits.rules,
        config.rateLimits.keyPrefix,
      ),
    }),
  };
  // The services and settings are the same for every request: resolved once, then copied.
  const serviceContext = createContext(deps);
  const contextFor: ContextFor = (request, setHeader) => ({
    ...serviceContext,
    authorization: request.headers.authorization ?? null,
    userAgent: request.headers['user-agent'] ?? null,
    clientIp: request.ip,
    refreshCookie: readRefreshCookie(request.headers.cookie),
    setResponseHeader: setHeader,
    setRefreshCookie: refreshCookieWriter((value) => setHeader('set-cookie', value), {
      secure: config.cookieSecure,
      now: () => new Date(),
    }),
  });

  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  registerHttpHardening(app, config);
  registerErrorHandlers(app, registerWebApp(app, config.webDistDir));

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

  registerTrpc(app, {
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        contextFor(req, (name, value) => void res.header(name, value)),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error, path }, 'tRPC call failed');
      },
    },
    contextFor,
    logRequests: config.logRequests,
    fastPath: config.fastPath,
  });
  registerOAuthRoutes(app, {
    contextFor,
    frontendUrl: config.frontendUrl,
    cookieSecure: config.cookieSecure,
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
      await limits.connect();
      purge = startTokenPurge({
        db,
        log: app.log,
        ...config.tokenPurge,
        eventRetentionSeconds: config.authEvents.retentionSeconds,
      });
      await observability.start();
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
      await purge?.stop();
      await observability.stop();
      await outbox.stop();
      mailer.close();
      await limits.close();
      await db.destroy();
    },
  };
}
