import {
  appRouter,
  createApiDeps,
  createJwtService,
  createLogMailer,
  createOutboxWorker,
  createOAuthProviders,
  createRateLimits,
  createSmtpMailer,
  signInProviders,
  type Mailer,
} from '@dyocense/api';
import { migrateToLatest, openDatabase, pingDatabase } from '@dyocense/db';
import Fastify, { LogController, type FastifyBaseLogger } from 'fastify';
import { registerApiReference } from './api-reference';
import { clientErrorHandling, requestIdFor } from './client-errors';
import { contextForServer } from './context-for';
import type { ServerConfig } from './env';
import { registerDrain } from './drain';
import { registerErrorHandlers } from './error-handlers';
import { registerTrpc } from './fast-path/trpc-fast-routes';
import { registerHttpHardening, serviceSecurityHeaders } from './http-hardening';
import { loggerOptions } from './logger';
import { setupObservability } from './observability';
import { registerOAuthRoutes } from './oauth-routes';
import { registerTokenEndpoint } from './oauth-token-route';
import { serviceOpenApiDocument } from './openapi-document';
import { registerReadiness } from './readiness';
import { rateLimitBackend } from './redis-store';
import { registerRestApi } from './rest-api';
import { loadSigningKeys } from './signing-keys';
import { startTokenPurge } from './token-purge';
import { createFailureLog, describeFailure } from './failure-log';
import { registerWebApp } from './web-app';

export interface AccountsServer {
  /** Migrates the database (unless MIGRATE_ON_START=false) and listens; resolves to the address. */
  start(): Promise<string>;
  /**
   * Drains (see `drainAndClose`), stops the background jobs, then closes the pools. Calling it
   * again returns the same shutdown.
   */
  stop(): Promise<void>;
  /** The server's JSON log. */
  readonly log: FastifyBaseLogger;
}

function createMailer(config: ServerConfig, log: (message: string) => void): Mailer {
  return config.smtp ? createSmtpMailer(config.smtp) : createLogMailer(log);
}

/** A hop count becomes "trust the first n hops", as proxy-addr does (Fastify types omit numbers). */
function trustProxyOption(trust: ServerConfig['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

export function createServer(config: ServerConfig): AccountsServer {
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimit,
    // genReqId reads x-request-id itself: a client's id is kept only when short and plain.
    requestIdHeader: false,
    genReqId: requestIdFor,
    ...clientErrorHandling(serviceSecurityHeaders(config)),
    routerOptions: { maxParamLength: 5000 },
    trustProxy: trustProxyOption(config.trustProxy),
    requestTimeout: config.requestTimeoutMs,
    // While closing, a request on a kept-alive connection is still served (with Connection:
    // close), not refused: the balancer already sends new traffic elsewhere.
    return503OnClosing: false,
    // Error and warning logs stay; one line per request is for development unless asked for.
    logController: new LogController({ disableRequestLogging: !config.logRequests }),
  });
  const failures = createFailureLog(app.log);
  const { db, native } = openDatabase(config.databaseUrl, {
    poolSize: config.databasePoolSize,
    connectTimeoutMs: config.databaseTimeouts.connectMs,
    statementTimeoutMs: config.databaseTimeouts.statementMs,
    idleTimeoutMs: config.databaseTimeouts.idleMs,
    backgroundCheckpoints: true,
    onError: (message, error) => app.log.warn({ cause: describeFailure(error) }, message),
  });
  const limits = rateLimitBackend(config.rateLimits?.redis, native, app.log);
  const mailer = createMailer(config, (message) => app.log.info(message));
  const rateLimits =
    config.rateLimits &&
    createRateLimits(limits.store, config.rateLimits.rules, config.rateLimits.keyPrefix);
  const observability = setupObservability(app, { config, db, native, log: app.log, rateLimits });
  const outbox = createOutboxWorker({
    db,
    mailer,
    events: observability.authEvents,
    ...config.outbox,
    onError: (message, error) => app.log.error({ err: error }, message),
    onOutage: (message, error) => app.log.warn({ cause: describeFailure(error) }, message),
    onRecovery: (message) => app.log.info(message),
  });
  // The services and settings are the same for every request: built once, here.
  const deps = createApiDeps({
    db,
    jwt: createJwtService({
      keys: loadSigningKeys(config, (message) => app.log.warn(message)),
      ttlMinutes: config.jwt.ttlMinutes,
      serviceTokenTtlSeconds: config.jwt.serviceTokenTtlSeconds,
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
    }),
    sessionTtlDays: config.sessionTtlDays,
    refreshReuseGraceSeconds: config.refreshReuseGraceSeconds,
    devMode: config.nodeEnv !== 'production' && !config.smtp,
    verificationTokenTtlSeconds: config.verificationTokenTtlSeconds,
    signinTokenTtlSeconds: config.signinTokenTtlSeconds,
    emailCodeTtlSeconds: config.emailCodeTtlSeconds,
    invitationTtlDays: config.invitationTtlDays,
    frontendUrl: config.frontendUrl,
    webauthnRpId: config.webauthnRpId,
    freshSigninSeconds: config.freshSigninSeconds,
    onEmailQueued: () => outbox.wake(),
    authEvents: observability.authEvents,
    adminApiKey: config.adminApiKey,
    oauthProviders: createOAuthProviders(config.oauthProviders, config.publicUrl),
    ...(rateLimits && { rateLimits }),
  });
  const contextFor = contextForServer(deps, { cookieSecure: config.cookieSecure });

  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  const readiness = registerReadiness(app, {
    checks: [
      {
        name: 'database',
        required: true,
        check: () => pingDatabase(db),
      },
      ...limits.checks,
    ],
  });

  registerHttpHardening(app, config);
  const drain = registerDrain(app, readiness);
  const webApp = registerWebApp(app, config.webDistDir, { providers: signInProviders(deps).items });
  registerErrorHandlers(app, { webApp, failures });

  const openApiDocument = serviceOpenApiDocument(
    config.publicUrl,
    config.oauthProviders.map(({ id }) => id),
  );
  app.get('/openapi.json', async () => openApiDocument);
  registerApiReference(app);
  const jwks = deps.jwt.keys.jwks();
  app.get('/.well-known/jwks.json', async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=300').send(jwks),
  );
  app.get('/healthz', async () => ({ status: 'ok' }));
  registerTrpc(app, {
    trpcOptions: {
      router: appRouter,
      createContext: ({ req, res }) =>
        contextFor(req, (name, value) => void res.header(name, value)),
      onError: ({ error, path }) => failures.callFailed('tRPC', error, path),
    },
    contextFor,
    logRequests: config.logRequests,
    fastPath: config.fastPath,
    inputLimit: config.trpcInputLimit,
  });
  registerOAuthRoutes(app, {
    contextFor,
    frontendUrl: config.frontendUrl,
    cookieSecure: config.cookieSecure,
  });
  registerTokenEndpoint(app, { contextFor, failures });
  registerRestApi(app, {
    router: appRouter,
    contextFor,
    failures,
    logRequests: config.logRequests,
    fastPath: config.fastPath,
  });

  let purge: ReturnType<typeof startTokenPurge> | undefined;
  let stopping: Promise<void> | undefined;
  return {
    async start() {
      if (config.migrateOnStart) await migrateToLatest(db);
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
    stop() {
      stopping ??= (async () => {
        await drain.drainAndClose(config.shutdown.delayMs, config.requestTimeoutMs);
        await purge?.stop();
        await observability.stop();
        await outbox.stop();
        mailer.close();
        await limits.close();
        await db.destroy();
        app.log.info('stopped');
      })();
      return stopping;
    },
    log: app.log,
  };
}
