import { SERVICE_SCOPE_NAMES, type HttpRouteOperation } from '@dyocense/api';
import { TOKEN_PATH } from './oauth-token-route';

/** RFC 6749's error body (§5.2), with the codes of one status. */
const tokenError = (codes: string[]) => ({
  type: 'object',
  required: ['error', 'error_description'],
  properties: {
    error: { type: 'string', enum: codes },
    error_description: { type: 'string', description: 'What went wrong, for a person' },
  },
});

const NO_STORE = {
  'Cache-Control': { required: true, schema: { type: 'string', const: 'no-store' } },
  Pragma: { required: true, schema: { type: 'string', const: 'no-cache' } },
} as const;

const json = (schema: object) => ({ 'application/json': { schema } });

const refusal = (description: string, codes: string[], headers: object = {}) => ({
  description,
  headers: { ...NO_STORE, ...headers },
  content: json(tokenError(codes)),
});

const RETRY_AFTER = { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } };

/**
 * `POST /oauth/token` (oauth-token-route.ts) as an operation of the contract: OAuth 2.0 client
 * credentials, answering RFC 6749's JSON rather than the API's error shape.
 */
export const TOKEN_ENDPOINT_OPERATION: HttpRouteOperation = {
  method: 'post',
  path: TOKEN_PATH,
  operation: {
    operationId: 'oauth-token',
    summary: 'A service’s access token, by OAuth 2.0 client credentials (RFC 6749 §4.4)',
    description:
      'The client authenticates with HTTP Basic (`client_secret_basic`) or with `client_id` and `client_secret` in the form (`client_secret_post`), not both. The token is an RFC 9068 JWT (`typ: at+jwt`) that the JWKS verifies.',
    tags: ['oauth'],
    // Basic, or the credentials in the form (no scheme of their own).
    security: [{ clientSecretBasic: [] }, {}],
    requestBody: {
      required: true,
      content: {
        'application/x-www-form-urlencoded': {
          schema: {
            type: 'object',
            required: ['grant_type'],
            properties: {
              grant_type: { type: 'string', enum: ['client_credentials'] },
              scope: {
                type: 'string',
                description: `Space-separated, fewer than the client holds: ${SERVICE_SCOPE_NAMES.join(', ')}`,
              },
              client_id: { type: 'string', description: 'With client_secret_post only' },
              client_secret: { type: 'string', description: 'With client_secret_post only' },
            },
          },
        },
      },
    },
    responses: {
      '200': {
        description: 'The access token',
        headers: NO_STORE,
        content: json({
          type: 'object',
          required: ['access_token', 'token_type', 'expires_in', 'scope'],
          properties: {
            access_token: { type: 'string' },
            token_type: { type: 'string', const: 'Bearer' },
            expires_in: { type: 'integer', minimum: 1, description: 'Seconds' },
            scope: { type: 'string', description: 'The scopes granted, space-separated' },
          },
        }),
      },
      '400': refusal('The request cannot be used', [
        'invalid_request',
        'invalid_scope',
        'unsupported_grant_type',
      ]),
      '401': refusal(
        'Client authentication failed: an unknown client, a wrong secret or a revoked client answer alike',
        ['invalid_client'],
        { 'WWW-Authenticate': { schema: { type: 'string' }, description: 'When Basic was tried' } },
      ),
      '429': refusal(
        'Too many requests: wait the `Retry-After` seconds',
        ['temporarily_unavailable'],
        RETRY_AFTER,
      ),
      '500': refusal('A fault of the service (logged)', ['server_error']),
      '503': refusal(
        'The database cannot serve right now: retry after `Retry-After` seconds',
        ['temporarily_unavailable'],
        RETRY_AFTER,
      ),
      default: { description: 'A request refused before it is read: too large a body or head' },
    },
  },
};
