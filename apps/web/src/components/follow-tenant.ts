import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { describeFailure } from '../api-errors';
import { useSession } from '../session/session-context';
import { singleFlight } from '../session/single-flight';

/**
 * Keeps the app on the business its session is in. A call refused because the person is no
 * longer a member there (removed, or they left in another tab) renews the session once: the
 * server moves it to another business they belong to, or ends it, which signs this browser out.
 * Whenever the session moves to another tenant (that, a switch here or in another tab, a joined
 * invitation), every query loads again, for the new tenant.
 */
export function useFollowTenant(): void {
  const { session } = useSession();
  useRenewWhenMembershipEnds(session !== undefined);
  useReloadOnTenantChange(session?.tenant_id);
}

function useRenewWhenMembershipEnds(signedIn: boolean): void {
  const queryClient = useQueryClient();
  const { renewSession } = useSession();
  useEffect(() => {
    if (!signedIn) return;
    // A batch of calls refused together renews once; the withSessionRenewal fetch renews the
    // calls refused alone (401), but not those answered in a batch with others (207).
    const renew = singleFlight(renewSession);
    const onError = (error: unknown) => {
      if (describeFailure(error).kind === 'membership-ended') void renew();
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') onError(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [signedIn, renewSession, queryClient]);
}

function useReloadOnTenantChange(tenantId: string | undefined): void {
  const queryClient = useQueryClient();
  const shown = useRef(tenantId);
  useEffect(() => {
    const before = shown.current;
    shown.current = tenantId;
    // Signing in and out is the ApiProvider's concern; a move between two tenants is this one's.
    if (before && tenantId && before !== tenantId) void queryClient.resetQueries();
  }, [tenantId, queryClient]);
}
