import { createApiClient } from '@dyocense/client';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { describeFailure, isWorthRetrying } from './api-errors';
import { withSessionRenewal } from './session/renewing-fetch';
import { useSession } from './session/session-context';
import { TRPCProvider } from './trpc';

/**
 * The tRPC client and query cache. A call refused with 401 is repeated once after renewing the
 * session; a refusal that remains on any query ends it.
 */
export function ApiProvider({
  fetch,
  children,
}: {
  fetch: typeof globalThis.fetch;
  children: ReactNode;
}) {
  const { session, endSession, accessToken, renewSession } = useSession();
  const [queryClient] = useState(
    () =>
      new QueryClient({
        queryCache: new QueryCache({
          onError(error) {
            if (describeFailure(error).kind === 'session-ended') endSession('expired');
          },
        }),
        defaultOptions: {
          queries: {
            retry: (failures, error) => failures < 2 && isWorthRetrying(error),
            refetchOnWindowFocus: false,
          },
        },
      }),
  );
  const [trpcClient] = useState(() =>
    createApiClient({
      url: '/trpc',
      getToken: accessToken,
      fetch: withSessionRenewal(fetch, renewSession),
    }),
  );

  // Nothing one account loaded may show to the next. Only a session that ends clears the cache:
  // clearing on a signed-out page's first render would orphan its public queries in flight.
  const hadSession = useRef(session !== undefined);
  useEffect(() => {
    if (session) hadSession.current = true;
    else if (hadSession.current) {
      hadSession.current = false;
      queryClient.clear();
    }
  }, [session, queryClient]);

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
