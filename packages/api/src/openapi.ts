import type { AnyTRPCRouter } from '@trpc/server';
import { generateOpenApiDocument, type OpenAPIObject } from 'trpc-to-openapi';
import type { oas31 } from 'zod-openapi';
import { procedureErrorResponses, RETRY_AFTER_HEADER } from './openapi-responses';
import { declaredProcedures, type Access, type DeclaredProcedure } from './procedure-meta';
import { appRouter } from './root';
import { SERVICE_SCOPES } from './scopes';

/** The contract's version: its major is the `/v1` of the paths. */
export const API_VERSION = '1.0.0';

/** A route the server serves beside the procedures (provider redirects, the token endpoint). */
export interface HttpRouteOperation {
  method: 'get' | 'post';
  /** OpenAPI notation: `/v1/auth/{provider}/authorize`. */
  path: `/${string}`;
  operation: oas31.OperationObject & { operationId: string; summary: string; tags: [string] };
  /** The schemas its responses refer to (`errorResponses(…).schemas`), for `components`. */
  schemas?: Record<string, oas31.SchemaObject>;
}

const DESCRIPTION = [
  'Passwordless sign-up and sign-in by emailed one-time links or sign-in providers, account',
  'provisioning, sessions (a short-lived JWT and a rotating refresh token) and tenant-scoped reads.',
  '',
  'Every procedure is also served through tRPC at `/trpc`. Errors are JSON with a stable `code`,',
  'a `message` a person can act on, and `data.reason` (a refusal) or `data.fields` (invalid',
  'input); each operation lists the statuses and reasons it answers with. 429 and 503 answers',
  'carry `Retry-After`.',
].join('\n');

const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Sign-up, sign-in (emailed links and providers), sessions and the signed-in account',
  tenants: 'What the signed-in user’s tenant holds: plans, workspaces and its audit log',
  analytics: 'The sign-up funnel, for the operator',
  'service-clients': 'The tenant’s service clients: credentials of its other services (owner only)',
  oauth: 'Access tokens for services: OAuth 2.0 client credentials (docs/services.md)',
};

/** Who may call, as an OpenAPI security requirement; public operations say so with `[]`. */
export const SECURITY_OF_ACCESS: Record<Access, oas31.SecurityRequirementObject[]> = {
  public: [],
  session: [{ bearerAuth: [] }],
  operator: [{ operatorKey: [] }],
};

/** Who may call a declared procedure: a scope lets a service's access token in beside a session. */
function securityOf(declared: DeclaredProcedure): oas31.SecurityRequirementObject[] {
  const security = SECURITY_OF_ACCESS[declared.access];
  return declared.scope ? [...security, { serviceToken: [declared.scope] }] : security;
}

const securitySchemes = (baseUrl: string): Record<string, oas31.SecuritySchemeObject> => ({
  ...SECURITY_SCHEMES,
  serviceToken: {
    type: 'oauth2',
    description:
      'A service’s access token (RFC 9068 JWT) from `POST /oauth/token`, holding the scope the operation names',
    flows: { clientCredentials: { tokenUrl: `${baseUrl}/oauth/token`, scopes: SERVICE_SCOPES } },
  },
});

const SECURITY_SCHEMES: Record<string, oas31.SecuritySchemeObject> = {
  clientSecretBasic: {
    type: 'http',
    scheme: 'basic',
    description: 'A service client’s id and secret (RFC 6749 §2.3.1), for `POST /oauth/token`',
  },
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: 'A session JWT from `auth.verify` or `auth.refresh`',
  },
  operatorKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'The operator key: the server’s `ADMIN_API_KEY`, as `Authorization: Bearer …`',
  },
  oauthFlowCookie: {
    type: 'apiKey',
    in: 'cookie',
    name: '__Host-dyocense_oauth',
    description:
      'The sign-in flow cookie set by a provider’s callback (`dyocense_oauth` where cookies are not Secure)',
  },
};

function withContract(
  operation: oas31.OperationObject,
  declared: DeclaredProcedure,
): { operation: oas31.OperationObject; schemas: Record<string, oas31.SchemaObject> } {
  const success = operation.responses?.['200'] as oas31.ResponseObject | undefined;
  const errors = procedureErrorResponses(operation.operationId ?? declared.trpcPath, declared);
  return {
    operation: {
      ...operation,
      security: securityOf(declared),
      responses: { '200': { ...success, description: 'The answer' }, ...errors.responses },
    },
    schemas: errors.schemas,
  };
}

/**
 * The REST contract (OpenAPI 3.1), generated from the same procedures tRPC serves, plus `routes`
 * the server serves beside them: each operation with its security and every status it answers
 * (from its declared refusals), `servers` at `baseUrl` (the public URL).
 */
export function createOpenApiDocument(
  baseUrl: string,
  router: AnyTRPCRouter = appRouter,
  routes: readonly HttpRouteOperation[] = [],
): OpenAPIObject {
  const procedures = declaredProcedures(router);
  const tagNames = [...new Set([...procedures.map(({ tag }) => tag), ...routes.map(tagOfRoute)])];
  const generated = generateOpenApiDocument(router, {
    title: 'Dyocense Accounts',
    description: DESCRIPTION,
    version: API_VERSION,
    license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    baseUrl,
  }) as oas31.OpenAPIObject;
  const paths: oas31.PathsObject = { ...generated.paths };
  // The library's own error schemas describe bodies the service does not send.
  const schemas = Object.fromEntries(
    Object.entries(generated.components?.schemas ?? {}).filter(
      ([name]) => !name.startsWith('error.'),
    ),
  );
  for (const declared of procedures) {
    const method = declared.method.toLowerCase() as 'get';
    const item = paths[declared.path] ?? {};
    const generatedOperation = item[method];
    if (!generatedOperation) throw new Error(`${declared.trpcPath}: not in the generated document`);
    const { operation, schemas: own } = withContract(generatedOperation, declared);
    paths[declared.path] = { ...item, [method]: operation };
    Object.assign(schemas, own);
  }
  for (const route of routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: route.operation };
    Object.assign(schemas, route.schemas);
  }
  const document: oas31.OpenAPIObject = {
    ...generated,
    servers: [{ url: baseUrl, description: 'This server (its PUBLIC_URL)' }],
    tags: tagNames.map((name) => ({
      name,
      description: TAG_DESCRIPTIONS[name] ?? `Operations under /v1/${name}`,
    })),
    paths,
    components: {
      ...(Object.keys(schemas).length > 0 && { schemas }),
      securitySchemes: securitySchemes(baseUrl),
      headers: { RetryAfter: RETRY_AFTER_HEADER },
    },
  };
  return document as OpenAPIObject;
}

function tagOfRoute(route: HttpRouteOperation): string {
  return route.operation.tags[0];
}
