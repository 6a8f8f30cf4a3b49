import {
  findMembership,
  findSessionById,
  findUserById,
  listMembershipsOfUser,
  setSessionTenant,
  setUserDefaultTenant,
  type DB,
} from '@dyocense/db';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { listResponse, serializeMembership } from '../responses';
import { grantMovedSession } from './session-grant';

/** The tenants the caller belongs to, the one their session is in marked `current`. */
export async function membershipsOf(deps: { db: DB }, session: VerifiedSession) {
  const memberships = await listMembershipsOfUser(deps.db, session.userId);
  return listResponse(memberships.map((row) => serializeMembership(row, session.tenantId)));
}

type SwitchContext = Pick<Context, 'db' | 'jwt' | 'now' | 'events' | 'setResponseHeader'>;

/**
 * Moves the caller's session to `tenantId`, in `trx`, and makes it the tenant their next sign-in
 * opens; answers what `grantMovedSession` signs. The caller checks they may be there.
 */
export async function moveSession(trx: DB, session: VerifiedSession, tenantId: string) {
  const user = await findUserById(trx, session.userId);
  const row = await findSessionById(trx, session.sessionId);
  if (!user || !row) throw new AccountsError('SESSION_INVALID');
  await setSessionTenant(trx, session.sessionId, tenantId);
  await setUserDefaultTenant(trx, session.userId, tenantId);
  return { user, sessionId: session.sessionId, tenantId, refreshExpiresAt: row.expires_at };
}

/**
 * Moves the caller's session to another tenant they belong to and signs a JWT for it; no new
 * sign-in. The session's JWTs for the old tenant stop working, and its refresh token keeps
 * rotating as before (it is neither reissued nor resent). The next sign-in opens this tenant.
 */
export async function switchTenant(ctx: SwitchContext, session: VerifiedSession, tenantId: string) {
  const where = { tenantId, userId: session.userId };
  const moved = await ctx.db.transaction().execute(async (trx) => {
    if (!(await findMembership(trx, where))) throw new AccountsError('TENANT_FORBIDDEN');
    const moving = await moveSession(trx, session, tenantId);
    await ctx.events.record(trx, { type: 'tenant_switched', tenantId });
    return moving;
  });
  return grantMovedSession(ctx, moved.user, moved);
}
