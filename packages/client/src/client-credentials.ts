/**
 * OAuth 2.0 client credentials for a service calling Dyocense Accounts as itself: fetches an
 * access token with its client id and secret (HTTP Basic), keeps it, renews it shortly before it
 * expires and once when the API answers 401. `clientCredentials()` gives the `getToken` and
 * `fetch` that `createApiClient` takes.
 */

export interface ClientCredentialsOptions {
  /** The tRPC endpoint, e.g. `http://localhost:8001/trpc`; the token endpoint is found from it. */
  url: string;
  /** The client id from Settings (`svc_…`). */
  clientId: string;
  /** The client secret shown once when the client was registered (`dsk_…`). */
  clientSecret: string;
  /** Fewer scopes than the client holds, space-separated. @default all of the client's */
  scope?: string;
  /** The token endpoint. @default `/oauth/token` on the origin of `url` */
  tokenUrl?: string;
  /** Renew this long before the token expires, in seconds. @default 30 */
  renewBeforeSeconds?: number;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** The clock, in milliseconds. @default Date.now */
  now?: () => number;
}

/** A token from the token endpoint, with when to stop using it. */
export interface ServiceToken {
  accessToken: string;
  scope: string;
  /** Epoch milliseconds after which the token is no longer sent. */
  renewAt: number;
}

/** A refusal of the token endpoint (RFC 6749 §5.2), e.g. `invalid_client` for a revoked client. */
export class ServiceTokenError extends Error {
  override readonly name = 'ServiceTokenError';
  constructor(
    /** `invalid_client`, `invalid_scope`, `temporarily_unavailable`, … */
    readonly error: string,
    message: string,
    readonly status: number,
    /** For 429 and 503: seconds to wait. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

function tokenUrlOf(options: ClientCredentialsOptions): string {
  return options.tokenUrl ?? new URL('/oauth/token', options.url).toString();
}

/** One token request; resolves to the token or rejects with a ServiceTokenError. */
export async function fetchServiceToken(options: ClientCredentialsOptions): Promise<ServiceToken> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (options.scope !== undefined) form.set('scope', options.scope);
  const pair = `${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`;
  const response = await fetchImpl(tokenUrlOf(options), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${btoa(pair)}`,
    },
    body: form.toString(),
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok || typeof body.access_token !== 'string') {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ServiceTokenError(
      typeof body.error === 'string' ? body.error : 'server_error',
      typeof body.error_description === 'string'
        ? body.error_description
        : `The token endpoint answered ${response.status}`,
      response.status,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
  const expiresIn = typeof body.expires_in === 'number' ? body.expires_in : 0;
  const renewBefore = Math.min(options.renewBeforeSeconds ?? 30, expiresIn / 2);
  return {
    accessToken: body.access_token,
    scope: typeof body.scope === 'string' ? body.scope : '',
    renewAt: now() + (expiresIn - renewBefore) * 1000,
  };
}

/** A service's current token: fetched on first use, kept until shortly before it expires. */
export interface ServiceTokenSource {
  /** The token to send now; concurrent callers share one request. */
  getToken(): Promise<string>;
  /** Forgets the token (the API refused it), so the next `getToken` fetches a new one. */
  invalidate(token: string): void;
}

export function createServiceTokenSource(options: ClientCredentialsOptions): ServiceTokenSource {
  const now = options.now ?? Date.now;
  let current: ServiceToken | undefined;
  let pending: Promise<ServiceToken> | undefined;
  return {
    async getToken() {
      if (current && now() < current.renewAt) return current.accessToken;
      pending ??= fetchServiceToken(options).finally(() => {
        pending = undefined;
      });
      current = await pending;
      return current.accessToken;
    },
    invalidate(token) {
      if (current?.accessToken === token) current = undefined;
    },
  };
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** The request's bearer token, whichever way its headers were given. */
function bearerOf(init: RequestInit | undefined): string | undefined {
  const authorization = new Headers(init?.headers).get('authorization') ?? '';
  return BEARER.exec(authorization)?.[1];
}

/**
 * What `createApiClient` takes to call as a service:
 * `createApiClient({ url, ...clientCredentials({ url, clientId, clientSecret }) })`. A call
 * answered 401 is sent once more with a new token (the old one expired early, or the service's
 * keys were rotated); a second 401 is the answer.
 */
export function clientCredentials(options: ClientCredentialsOptions): {
  getToken: () => Promise<string>;
  fetch: typeof globalThis.fetch;
} {
  const source = createServiceTokenSource(options);
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const retryingFetch: typeof globalThis.fetch = async (input, init) => {
    const response = await fetchImpl(input, init);
    const sent = bearerOf(init);
    if (response.status !== 401 || sent === undefined) return response;
    source.invalidate(sent);
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${await source.getToken()}`);
    return fetchImpl(input, { ...init, headers });
  };
  return { getToken: () => source.getToken(), fetch: retryingFetch };
}
