import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from './app-router.js';

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
}

/**
 * The options of `createApiClient`: where the service is, and the session to call it as (if any).
 * Other kinds of credentials join `SessionCredentials` here as members of a union.
 */
export type ApiClientOptions = ApiClientConnection & SessionCredentials;

/** The bearer token for the next request, if the client has one: the one place credentials are read. */
async function currentToken(options: ApiClientOptions): Promise<string | undefined> {
  return options.getToken ? await options.getToken() : options.token;
}

/** The typed client: each procedure as `.query(input)` or `.mutate(input)`. */
export type ApiClient = TRPCClient<AppRouter>;

/** A typed client for other services: `await client.tenants.plans.query({tenant_id: 'me'})`. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        async headers() {
          const token = await currentToken(options);
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}
