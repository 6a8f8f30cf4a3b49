import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from './root';

export interface ApiClientOptions {
  /** The tRPC endpoint, e.g. `http://localhost:8001/trpc`. */
  url: string;
  /** A session JWT sent with every call. */
  token?: string;
  /** Called before each request for a current JWT; wins over `token`. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
}

/** A typed client for other services: `await client.tenants.plans.query({tenant_id: 'me'})`. */
export function createApiClient(options: ApiClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        async headers() {
          const token = options.getToken ? await options.getToken() : options.token;
          return token ? { authorization: `Bearer ${token}` } : {};
        },
      }),
    ],
  });
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type { AppRouter, RouterInputs, RouterOutputs } from './root';
