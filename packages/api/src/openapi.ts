import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import { appRouter } from './root';

/** The REST contract (OpenAPI 3.1), generated from the same procedures tRPC serves. */
export function createOpenApiDocument(baseUrl: string): OpenAPIObject {
  return generateOpenApiDocument(appRouter, {
    title: 'Dyocense Accounts',
    description: 'Passwordless sign-up, account provisioning and tenant-scoped reads.',
    version: '0.1.0',
    baseUrl,
    tags: ['auth', 'tenants'],
    securitySchemes: {
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    },
  });
}
