import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from './app-router.js';
import { clientCredentials } from './client-credentials.js';

/** What every client takes, whatever credentials it sends. */
export interface ApiClientConnection {
  /** The tRPC endpoint, e.g. `http://localhost:8001/trpc`. */
  url: string;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** A person's session: its JWT, given once or asked for before each request. */
export interface SessionCredentials {
  /** A session JWT sent with every call. */
  token?: string;
  /** Called before each request for a current JWT; wins over `token`. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  clientId?: never;
  clientSecret?: never;
}

/**
 * A service calling as itself (OAuth 2.0 client credentials, docs/services.md): the client fetches
 * its access token from the token endpoint, renews it before it expires, and once on a 401.
 */
export interface ServiceCredentials {
  /** The client id from Settings (`svc_…`). */
  clientId: string;
  /** The secret shown once when the client was registered (`dsk_…`). */
  clientSecret: string;
  /** Fewer scopes than the client holds, space-separated. @default all of the client's */
  scope?: string;
  /** The token endpoint. @default `/oauth/token` on the origin of `url` */
  tokenUrl?: string;
  token?: never;
  getToken?: never;
}

/** The options of `createApiClient`: where the service is, and whom to call it as (if anyone). */
export type ApiClientOptions = ApiClientConnection & (SessionCredentials | ServiceCredentials);

/** The bearer token for each request and the fetch that sends it: the one place credentials are read. */
function credentialsOf(options: ApiClientOptions): {
  token: () => Promise<string | undefined>;
  fetch: typeof globalThis.fetch | undefined;
} {
  if (options.clientId !== undefined) {
    const service = clientCredentials({ ...options, clientId: options.clientId });
    return { token: service.getToken, fetch: service.fetch };
  }
  const { getToken, token } = options;
  return { token: async () => (getToken ? await getToken() : token), fetch: options.fetch };
}

/** The typed client: each procedure as `.query(input)` or `.mutate(input)`. */
export type ApiClient = TRPCClient<AppRouter>;

/** A typed client for other services: `await client.tenants.plans.query({tenant_id: 'me'})`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const credentials = credentialsOf(options);
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        transformer: superjson,
        ...(credentials.fetch ? { fetch: credentials.fetch } : {}),
        async headers() {
          const token = await credentials.token();
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
