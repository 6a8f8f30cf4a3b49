import type { AnyTRPCRouter } from '@trpc/server';
import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { declaredProcedures } from './procedure-meta';
import { appRouter } from './root';

/**
 * The REST contract (OpenAPI 3.1), generated from the same procedures tRPC serves; its tags are
 * those the procedures declare, in the router's order.
 */
export function createOpenApiDocument(
  baseUrl: string,
  router: AnyTRPCRouter = appRouter,
): OpenAPIObject {
  const tags = [...new Set(declaredProcedures(router).map(({ tag }) => tag))];
  return generateOpenApiDocument(router, {
    title: 'Dyocense Accounts',
    description: 'Passwordless sign-up, account provisioning and tenant-scoped reads.',
    version: '0.1.0',
    baseUrl,
    tags,
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
  });
}
