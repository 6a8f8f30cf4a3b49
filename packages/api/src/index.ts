export {
  appRouter,
  createCaller,
  type AppRouter,
  type RouterInputs,
  type RouterOutputs,
} from './root';
export { createContext, type ApiDeps, type Context, type CreateContextOptions } from './context';
export { createJwtService, type JwtOptions, type JwtService, type SessionClaims } from './jwt';
export { AccountsError, type AccountsErrorReason } from './errors';
export { createOpenApiDocument } from './openapi';
export * from './schemas';
export { samplePlanFor } from './services/sample-plan';
