export {
  createApiClient,
  type ApiClient,
  type ApiClientConnection,
  type ApiClientOptions,
  type ServiceCredentials,
  type SessionCredentials,
} from './create-api-client.js';
export {
  clientCredentials,
  createServiceTokenSource,
  fetchServiceToken,
  ServiceTokenError,
  type ClientCredentialsOptions,
  type ServiceToken,
  type ServiceTokenSource,
} from './client-credentials.js';
export {
  ACCOUNTS_ERROR_REASONS,
  accountsErrorReason,
  isAccountsError,
  type AccountsErrorReason,
  type ApiClientError,
} from './errors.js';
export type { AppRouter, RouterInputs, RouterOutputs } from './app-router.js';
// The same class the client throws: `instanceof` holds with the application's own @trpc/client,
// which this package shares as a peer.
export { TRPCClientError, isTRPCClientError } from '@trpc/client';
