import { asAccountsError, grantClientCredentials } from '@dyocense/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ContextFor } from './context-for';
import type { FailureLog } from './failure-log';
import { readTokenRequest, type TokenError } from './oauth-token-request';

/** The token endpoint's path (RFC 6749 §3.2). */
export const TOKEN_PATH = '/oauth/token';

const STATUS_OF_ERROR: Record<TokenError['error'], number> = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_scope: 400,
  unsupported_grant_type: 400,
  temporarily_unavailable: 503,
  server_error: 500,
};

/** Token answers are never cached, success or error (RFC 6749 §5.1). */
function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
}

function sendTokenError(reply: FastifyReply, error: TokenError, status?: number): FastifyReply {
  // A client that tried HTTP Basic (or sent no credentials) is told to use it (§5.2).
  if (error.error === 'invalid_client' && error.challenge) {
    void reply.header('www-authenticate', 'Basic realm="dyocense", charset="UTF-8"');
  }
  return noStore(reply)
    .code(status ?? STATUS_OF_ERROR[error.error])
    .send({ error: error.error, error_description: error.description });
}

/**
 * `POST /oauth/token`: OAuth 2.0 client credentials for the tenants' service clients. Answers
 * RFC 6749's JSON (`access_token`, or `error` and `error_description`), never the API's error
 * shape; 429 and 503 say `temporarily_unavailable` with `Retry-After`.
 */
export function registerTokenEndpoint(
  app: FastifyInstance,
  options: { contextFor: ContextFor; failures: FailureLog },
): void {
  void app.register(async (scope) => {
    // The form is read here, whatever its type, so that every answer is OAuth's JSON.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(TOKEN_PATH, async (request: FastifyRequest, reply: FastifyReply) => {
      const read = readTokenRequest(request);
      if ('error' in read) return sendTokenError(reply, read);
      const ctx = options.contextFor(request, (name, value) => void reply.header(name, value));
      try {
        const grant = await grantClientCredentials(ctx, read.credentials);
        if (!grant.ok) return sendTokenError(reply, grant);
        return noStore(reply).code(200).send(grant.token);
      } catch (error) {
        const refusal = asAccountsError(error);
        if (refusal?.reason === 'CLIENT_AUTHENTICATION_FAILED') {
          const failed = { error: 'invalid_client', description: refusal.message } as const;
          return sendTokenError(reply, { ...failed, challenge: read.basic });
        }
        if (refusal?.retryAfterSeconds) {
          if (refusal.reason === 'SERVICE_UNAVAILABLE')
            options.failures.unavailable(error, TOKEN_PATH);
          void reply.header('retry-after', String(refusal.retryAfterSeconds));
          const status = refusal.reason === 'RATE_LIMITED' ? 429 : 503;
          const busy = { error: 'temporarily_unavailable', description: refusal.message } as const;
          return sendTokenError(reply, busy, status);
        }
        request.log.error({ err: error }, 'token request failed');
        const fault = {
          error: 'server_error',
          description: 'Something went wrong on our side',
        } as const;
        return sendTokenError(reply, fault);
      }
    });
  });
}
