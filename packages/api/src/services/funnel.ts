import { countInvitationEvents, queryFunnel, type DB, type FunnelGrouping } from '@dyocense/db';
import type { z } from 'zod';
import type { funnelOutput } from '../analytics-schemas';
import { funnelResponse } from '../responses';

/**
 * The funnel of sign-ups started in [from, to), whole and (with `by`) per group, and the
 * invitations sent and accepted in the range.
 */
export async function signupFunnel(
  deps: { db: DB; now: () => Date; verificationTokenTtlSeconds: number },
  range: { from: string; to: string; by?: FunnelGrouping | undefined },
): Promise<z.infer<typeof funnelOutput>> {
  const now = deps.now();
  const from = new Date(range.from);
  const to = new Date(range.to);
  const rows = await queryFunnel(deps.db, {
    from,
    to,
    by: range.by,
    linksIssuedBefore: new Date(now.getTime() - deps.verificationTokenTtlSeconds * 1000),
  });
  const invitations = await countInvitationEvents(deps.db, { from, to });
  return funnelResponse({ from, to, by: range.by }, rows, invitations);
}
