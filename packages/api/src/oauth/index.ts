export { createOAuthProviders, type OAuthProviders } from './providers';
export type { OAuthProvider, OAuthProviderConfig, ProviderIdentity } from './provider';
export { OAuthFailure, OAUTH_FAILURE_REASONS, type OAuthFailureReason } from './oauth-failure';
export {
  beginProviderSignIn,
  completeProviderSignup,
  finishProviderSignIn,
  FLOW_TTL_SECONDS,
  NAMING_TTL_SECONDS,
  type FlowOutcome,
  type OAuthDeps,
} from './sign-in-flow';
