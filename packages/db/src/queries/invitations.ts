import type { Updateable } from 'kysely';
import type { DB } from '../database';
import type { Invitation, InvitationTable, NewInvitation } from '../schema';

/**
 * An invitation with what its answers and email name: its tenant's name, and its inviter's
 * (null when a service invited, or the inviter's account is gone).
 */
export type InvitationDetails = Invitation & {
  tenant_name: string;
  invited_by_name: string | null;
};

function selectDetails(db: DB) {
  return db
    .selectFrom('invitations')
    .innerJoin('tenants', 'tenants.id', 'invitations.tenant_id')
    .leftJoin('users', 'users.id', 'invitations.invited_by_user_id')
    .selectAll('invitations')
    .select(['tenants.name as tenant_name', 'users.full_name as invited_by_name']);
}

export async function insertInvitation(db: DB, invitation: NewInvitation): Promise<void> {
  await db.insertInto('invitations').values(invitation).execute();
}

/** The address's invitation to the tenant that was neither accepted nor revoked (expired too). */
export async function findOpenInvitationTo(
  db: DB,
  where: { tenantId: string; email: string },
): Promise<Invitation | undefined> {
  return db
    .selectFrom('invitations')
    .selectAll()
    .where('tenant_id', '=', where.tenantId)
    .where('email', '=', where.email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** One of the tenant's invitations, whatever its state; another tenant's id finds nothing. */
export async function findInvitation(
  db: DB,
  where: { tenantId: string; id: string },
): Promise<InvitationDetails | undefined> {
  return selectDetails(db)
    .where('invitations.tenant_id', '=', where.tenantId)
    .where('invitations.id', '=', where.id)
    .executeTakeFirst();
}

/** The tenant's invitations neither accepted nor revoked (expired ones too), newest first. */
export async function listOpenInvitations(db: DB, tenantId: string): Promise<InvitationDetails[]> {
  return selectDetails(db)
    .where('invitations.tenant_id', '=', tenantId)
    .where('invitations.accepted_at', 'is', null)
    .where('invitations.revoked_at', 'is', null)
    .orderBy('invitations.created_at', 'desc')
    .orderBy('invitations.id', 'desc')
    .execute();
}

/** The invitation whose link carries the token with this hash. */
export async function findInvitationByTokenHash(
  db: DB,
  tokenHash: string,
): Promise<InvitationDetails | undefined> {
  return selectDetails(db).where('invitations.token_hash', '=', tokenHash).executeTakeFirst();
}

/** Changes one of the tenant's open invitations (neither accepted nor revoked); whether it was open. */
async function updateOpenInvitation(
  db: DB,
  where: { tenantId: string; id: string },
  changes: Updateable<InvitationTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set(changes)
    .where('tenant_id', '=', where.tenantId)
    .where('id', '=', where.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Gives an open invitation a new token, role and expiry (its old link stops working), as sent
 * at `sentAt`; whether it was open.
 */
export async function reissueInvitation(
  db: DB,
  where: { tenantId: string; id: string },
  reissue: Pick<Invitation, 'token_hash' | 'sent_at' | 'expires_at'> &
    Partial<Pick<Invitation, 'role'>>,
): Promise<boolean> {
  return updateOpenInvitation(db, where, reissue);
}

/** Revokes one of the tenant's open invitations; whether it was open. */
export async function revokeInvitation(
  db: DB,
  where: { tenantId: string; id: string },
  now: Date,
): Promise<boolean> {
  return updateOpenInvitation(db, where, { revoked_at: now });
}

/**
 * Marks the invitation accepted by `userId` if, and only if, it is still pending at `now` (not
 * accepted, revoked or expired), in one conditional UPDATE: of any number of concurrent callers
 * exactly one gets true.
 */
export async function markInvitationAccepted(
  db: DB,
  accept: { id: string; userId: string; now: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: accept.now, accepted_by: accept.userId })
    .where('id', '=', accept.id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', accept.now)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
