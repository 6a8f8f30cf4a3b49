import type { ClientCredentials } from '@dyocense/api';
import type { FastifyRequest } from 'fastify';
import { mediaType } from './fast-path/request-shape';

/** The error codes of RFC 6749 §5.2 this endpoint answers with (and 429/503's retryable one). */
export type TokenErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_scope'
  | 'unsupported_grant_type'
  | 'temporarily_unavailable'
  | 'server_error';

export interface TokenError {
  error: TokenErrorCode;
  description: string;
  /** invalid_client: answer `WWW-Authenticate: Basic` (HTTP Basic was tried, or nothing was). */
  challenge?: boolean;
}

/** A token request as read from its form and headers, before the client is authenticated. */
export type TokenRequest = { credentials: ClientCredentials; basic: boolean } | TokenError;

const invalidRequest = (description: string): TokenError => ({
  error: 'invalid_request',
  description,
});

/** Client authentication by HTTP Basic (client_secret_basic), its parts form-encoded (RFC 6749 §2.3.1). */
function basicCredentials(authorization: string): { id: string; secret: string } | undefined {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization)?.[1];
  if (!encoded) return undefined;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const formDecode = (part: string) => {
    try {
      return decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  };
  const id = formDecode(decoded.slice(0, colon));
  const secret = formDecode(decoded.slice(colon + 1));
  return id && secret ? { id, secret } : undefined;
}

/** The form's parameters, or a problem: not a form, or a parameter sent twice (§3.2). */
function formOf(request: FastifyRequest): URLSearchParams | TokenError {
  if (mediaType(request) !== 'application/x-www-form-urlencoded') {
    return invalidRequest('Send the request as application/x-www-form-urlencoded');
  }
  const params = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
  for (const name of new Set(params.keys())) {
    if (params.getAll(name).length > 1) return invalidRequest(`${name} is sent more than once`);
  }
  return params;
}

/**
 * Reads a client-credentials request (RFC 6749 §4.4.2): the grant type, the scope, and the client
 * authenticated by exactly one of HTTP Basic or client_id/client_secret in the body.
 */
export function readTokenRequest(request: FastifyRequest): TokenRequest {
  const params = formOf(request);
  if (!(params instanceof URLSearchParams)) return params;
  const grantType = params.get('grant_type');
  if (!grantType)
    return invalidRequest('grant_type is missing; send grant_type=client_credentials');
  const authorization = request.headers.authorization;
  const basic = authorization === undefined ? undefined : basicCredentials(authorization);
  if (authorization !== undefined && !basic) {
    return {
      error: 'invalid_client',
      description:
        'Authenticate with HTTP Basic (client id and secret) or client_id and client_secret in the body',
      challenge: true,
    };
  }
  const bodyId = params.get('client_id');
  const bodySecret = params.get('client_secret');
  if (basic && (bodySecret !== null || (bodyId !== null && bodyId !== basic.id))) {
    return invalidRequest('Authenticate in one way only: HTTP Basic or the body, not both');
  }
  if (grantType !== 'client_credentials') {
    return {
      error: 'unsupported_grant_type',
      description: 'Only grant_type=client_credentials is served here',
    };
  }
  const id = basic?.id ?? bodyId;
  const secret = basic?.secret ?? bodySecret;
  if (!id || !secret) {
    return {
      error: 'invalid_client',
      description: 'Send the client id and secret (HTTP Basic, or client_id and client_secret)',
      challenge: true,
    };
  }
  const scope = params.get('scope') ?? undefined;
  return { credentials: { clientId: id, clientSecret: secret, scope }, basic: basic !== undefined };
}
