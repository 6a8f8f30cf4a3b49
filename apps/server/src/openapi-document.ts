import { appRouter, createOpenApiDocument } from '@dyocense/api';
import type { OpenAPIObject } from 'trpc-to-openapi';
import { oauthRouteOperations } from './oauth-routes-contract';

/**
 * The service's whole REST contract, served at /openapi.json: the procedures, and the sign-in
 * routes of the providers configured (`providerIds`), at the public URL.
 */
export function serviceOpenApiDocument(
  publicUrl: string,
  providerIds: readonly string[],
): OpenAPIObject {
  return createOpenApiDocument(publicUrl, appRouter, oauthRouteOperations(providerIds));
}
