import {
  errorResponses,
  providerSignupInput,
  SECURITY_OF_ACCESS,
  type HttpRouteOperation,
} from '@dyocense/api';
import { z } from 'zod';

const query = (name: string, description: string, maxLength: number) =>
  ({
    name,
    in: 'query',
    required: false,
    description,
    schema: { type: 'string', maxLength },
  }) as const;

const noStore = { schema: { type: 'string' }, description: 'Always `no-store`' } as const;

/** A 302 with where it goes; refusals go to the web app's problem page with only a reason. */
const redirect = (where: string) => ({
  description: `A redirect: ${where}`,
  headers: {
    Location: { required: true, schema: { type: 'string', format: 'uri' } },
    'Cache-Control': noStore,
  },
});

/**
 * A redirect route's operation: a 302, or an error body for what Node's HTTP parser refuses before
 * any route (400, 431) and for a fault of the service.
 */
function redirectRoute(
  path: `/v1/${string}`,
  operation: Omit<HttpRouteOperation['operation'], 'responses'>,
  where: string,
): HttpRouteOperation {
  const errors = errorResponses(operation.operationId, { 400: [], 431: [], 500: [] });
  const { '500': fault, ...refused } = errors.responses;
  return {
    method: 'get',
    path,
    operation: { ...operation, responses: { '302': redirect(where), ...refused, default: fault } },
    schemas: errors.schemas,
  };
}

/** A JSON route's operation: its answer, and its errors with the reasons of each status. */
function jsonRoute(
  path: `/v1/${string}`,
  operation: Omit<HttpRouteOperation['operation'], 'responses'>,
  success: ReturnType<typeof answer>,
  reasonsByStatus: Record<number, readonly string[]>,
): HttpRouteOperation {
  const errors = errorResponses(operation.operationId, reasonsByStatus);
  return {
    method: 'post',
    path,
    operation: { ...operation, responses: { '200': success, ...errors.responses } },
    schemas: errors.schemas,
  };
}

function jsonBody(schema: z.ZodType): { type: 'object' } {
  // The dialect is the document's own (OpenAPI 3.1 is JSON Schema 2020-12): no `$schema` inside.
  const json: { $schema?: string } = z.toJSONSchema(schema, { io: 'input' });
  delete json.$schema;
  return json as { type: 'object' };
}

const answer = (description: string, properties: Record<string, { type: 'string' }>) => ({
  description,
  content: {
    'application/json': {
      schema: { type: 'object', required: Object.keys(properties), properties },
    },
  },
});

/** The redirect flow of one configured provider (`id` as in its settings: `google`, `okta`…). */
function providerOperations(id: string): HttpRouteOperation[] {
  return [
    redirectRoute(
      `/v1/auth/${id}/authorize`,
      {
        operationId: `auth-${id}-authorize`,
        summary: `Start signing in with ${id}: a redirect to it (state, PKCE, nonce)`,
        description:
          'Sets the HttpOnly flow cookie; a refusal redirects to the web app’s `/signin/problem?reason=…`.',
        tags: ['auth'],
        security: SECURITY_OF_ACCESS.public,
        parameters: [query('next', 'A path on this site to return to', 512)],
      },
      `to ${id}, or to the web app’s problem page`,
    ),
    redirectRoute(
      `/v1/auth/${id}/callback`,
      {
        operationId: `auth-${id}-callback`,
        summary: `${id}’s redirect back: signs in or provisions, then a redirect to the web app`,
        tags: ['auth'],
        security: SECURITY_OF_ACCESS.public,
        parameters: [
          query('state', 'The state sent to the provider', 512),
          query('code', 'The authorization code', 4096),
          query('error', 'The provider’s refusal', 200),
        ],
      },
      'to the web app (signed in, naming the business, or the problem page)',
    ),
    jsonRoute(
      `/v1/auth/${id}/connect`,
      {
        operationId: `auth-${id}-connect`,
        summary: `Connect ${id} to the signed-in user: where to send the browser`,
        tags: ['auth'],
        security: SECURITY_OF_ACCESS.session,
      },
      answer('Where to send the browser', { authorize_url: { type: 'string' } }),
      {
        400: [],
        401: ['SESSION_INVALID'],
        413: [],
        415: [],
        431: [],
        500: [],
        502: ['OAUTH_PROVIDER_UNAVAILABLE', 'OAUTH_PROVIDER_ERROR'],
        503: ['SERVICE_UNAVAILABLE'],
      },
    ),
  ];
}

/** Finishing a provider's sign-up that gave no business name: one route for every provider. */
const PROVIDER_SIGNUP = jsonRoute(
  '/v1/auth/providers/signup',
  {
    operationId: 'auth-provider-signup',
    summary: 'Finish a provider’s sign-up that gave no business name: creates the account',
    tags: ['auth'],
    security: [{ oauthFlowCookie: [] }],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: jsonBody(providerSignupInput) } },
    },
  },
  answer('Signed in (refresh cookie set): where the web app goes next', {
    next: { type: 'string' },
  }),
  {
    400: [],
    409: ['OAUTH_ACCOUNT_EXISTS'],
    412: ['OAUTH_SIGNUP_EXPIRED'],
    413: [],
    415: [],
    429: ['RATE_LIMITED'],
    431: [],
    500: [],
    503: ['SERVICE_UNAVAILABLE'],
  },
);

/**
 * The contract of the sign-in routes of the configured providers (oauth-routes.ts), HTTP routes
 * of the server rather than procedures; a provider that is not configured answers 404 and is
 * not an operation. Each provider gets paths of its own: `/v1/auth/{provider}/…` would be
 * ambiguous beside `/v1/auth/sessions/{id}`.
 */
export function oauthRouteOperations(providerIds: readonly string[]): HttpRouteOperation[] {
  return [...providerIds.flatMap(providerOperations), PROVIDER_SIGNUP];
}
