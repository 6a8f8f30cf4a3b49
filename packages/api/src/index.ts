export {
  appRouter,
  createCaller,
  type AppRouter,
  type RouterInputs,
  type RouterOutputs,
} from './root';
export {
  createApiDeps,
  createContext,
  type ApiDeps,
  type ApiOptions,
  type Context,
  type RequestOptions,
} from './context';
export { bearerToken } from './bearer';
export { signInProviders } from './services/account';
export {
  createJwtService,
  type JwtOptions,
  type JwtService,
  type ServiceTokenClaims,
  type SessionClaims,
  type VerifiedServiceToken,
} from './jwt';
export { AccountsError, asAccountsError, type AccountsErrorReason } from './errors';
export { createOpenApiDocument, SECURITY_OF_ACCESS, type HttpRouteOperation } from './openapi';
export { errorResponses, refusalsOf } from './openapi-responses';
export {
  declaredProcedures,
  type Access,
  type Declaration,
  type DeclaredProcedure,
} from './procedure-meta';
export { procedureTable } from './procedure-table';
export * from './schemas';
export * from './service-client-schemas';
export {
  grantClientCredentials,
  type ClientCredentials,
  type ServiceTokenGrant,
  type ServiceTokenResponse,
} from './services/service-tokens';
export {
  createOutboxWorker,
  type OutboxWorker,
  type OutboxWorkerOptions,
} from './email/outbox-worker';
export { createLogMailer, createSmtpMailer, type Mailer, type SmtpOptions } from './email/mailer';
export {
  createKeySet,
  DEFAULT_JWT_ALGORITHM,
  GENERATE_COMMAND,
  generatePrivateKeyPem,
  JWT_ALGORITHMS,
  readPrivateKey,
  readPublicKeys,
  type JwtAlgorithm,
  type KeySet,
} from './signing-keys';
export type { SetRefreshCookie } from './context';
export {
  createRateLimits,
  DEFAULT_RATE_LIMIT_RULES,
  type RateLimitRules,
  type RateLimitStore,
  type RateLimits,
} from './rate-limits';
export { API_DEFAULTS } from './defaults';
export { samplePlanFor } from './services/sample-plan';
export { createAuthEvents, type AuthEventOptions, type AuthEvents } from './services/auth-events';
export { createEmailHasher } from './events/email-hash';
export { ipPrefix, userAgentFamily } from './events/request-origin';
export { assertOperatorSecret, isSameSecret, type OperatorSecret } from './operator-secrets';
export {
  beginProviderSignIn,
  completeProviderSignup,
  createOAuthProviders,
  finishProviderSignIn,
  OAuthFailure,
  OAUTH_FAILURE_REASONS,
  type OAuthFailureReason,
  type OAuthProviderConfig,
  type OAuthProviders,
} from './oauth/index';
