import { appRouter, createOpenApiDocument } from '@dyocense/api';
import type { OpenAPIObject } from 'trpc-to-openapi';
import { oauthRouteOperations } from './oauth-routes-contract';
import { TOKEN_ENDPOINT_OPERATION } from './oauth-token-contract';

/**
 * The service's whole REST contract, served at /openapi.json: the procedures, the sign-in routes
 * of the providers configured (`providerIds`) and the token endpoint, at the public URL.
 */
export function serviceOpenApiDocument(
  publicUrl: string,
  providerIds: readonly string[],
): OpenAPIObject {
  return createOpenApiDocument(publicUrl, appRouter, [
    ...oauthRouteOperations(providerIds),
    TOKEN_ENDPOINT_OPERATION,
  ]);
}
