import {
  findInvitationByTokenHash,
  findMembership,
  findUserByEmail,
  insertMembership,
  insertUser,
  lockTenantMemberships,
  markInvitationAccepted,
  setUserDefaultTenant,
  type DB,
  type InvitationDetails,
  type User,
} from '@dyocense/db';
import { TRPCError } from '@trpc/server';
import { ZodRealError } from 'zod';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import { newUserId } from '../ids';
import type { AcceptInvitationInput } from '../invitation-schemas';
import type { VerifiedSession } from '../jwt';
import { hashToken } from '../tokens';
import { usableInvitation } from './invitations';
import { grantMovedSession, grantSession } from './session-grant';
import { startSession } from './sessions';
import { moveSession } from './tenant-switch';
import { inTransactionWithRetry } from './transactions';

type AcceptContext = Pick<
  Context,
  | 'db'
  | 'now'
  | 'events'
  | 'jwt'
  | 'sessionTtlDays'
  | 'refreshReuseGraceSeconds'
  | 'userAgent'
  | 'setResponseHeader'
  | 'setRefreshCookie'
>;

/**
 * Someone new accepting without a name: BAD_REQUEST naming `name`, as invalid input is, though
 * only the database tells (the address has no account yet).
 */
function nameRequired(): TRPCError {
  const issue = { code: 'custom' as const, path: ['name'], message: 'Enter your name', input: '' };
  return new TRPCError({ code: 'BAD_REQUEST', cause: new ZodRealError([issue]) });
}

/** A person for an address without an account: verified by the emailed link, no tenant of their own. */
function invitedUser(invitation: InvitationDetails, name: string, now: Date): User {
  return {
    id: newUserId(),
    tenant_id: invitation.tenant_id,
    email: invitation.email,
    full_name: name,
    email_verified_at: now,
    created_at: now,
    updated_at: now,
  };
}

/**
 * Marks the invitation accepted by `user` and makes them a member with its role, in `trx`; the
 * next sign-in opens its tenant. Of concurrent acceptances one wins, the others are
 * INVITATION_USED. A person already a member keeps their role.
 */
async function joinTenant(
  trx: DB,
  deps: Pick<Context, 'events'>,
  invitation: InvitationDetails,
  person: { user: User; isNew: boolean },
  now: Date,
): Promise<void> {
  const { user, isNew } = person;
  const tenantId = invitation.tenant_id;
  await lockTenantMemberships(trx, tenantId);
  if (!(await markInvitationAccepted(trx, { id: invitation.id, userId: user.id, now }))) {
    // Someone else accepted it (or it was revoked) meanwhile: say which, as read now.
    usableInvitation(await findInvitationByTokenHash(trx, invitation.token_hash), now);
    throw new AccountsError('INVITATION_USED');
  }
  if (isNew) await insertUser(trx, user);
  else await setUserDefaultTenant(trx, user.id, tenantId);
  if (!(await findMembership(trx, { tenantId, userId: user.id }))) {
    const membership = { tenant_id: tenantId, user_id: user.id, created_at: now, updated_at: now };
    await insertMembership(trx, { ...membership, role: invitation.role });
  }
  await deps.events.record(trx, {
    type: 'invitation_accepted',
    tenantId,
    email: invitation.email,
    detail: invitation.role,
  });
}

/**
 * Accepts an invitation by its link and signs in to its tenant: an address with an account
 * joins with it, a new one needs `name` and gets an account (no tenant of its own). All of it,
 * session included, in one transaction.
 */
export async function acceptInvitation(ctx: AcceptContext, input: AcceptInvitationInput) {
  const tokenHash = hashToken(input.token);
  // A unique violation means a concurrent sign-up created the address's account first; the
  // retry then finds it and joins with it.
  const { user, session } = await inTransactionWithRetry(ctx, async (trx) => {
    const now = ctx.now();
    const invitation = usableInvitation(await findInvitationByTokenHash(trx, tokenHash), now);
    const existing = await findUserByEmail(trx, invitation.email);
    if (!existing && !input.name) throw nameRequired();
    const user = existing ?? invitedUser(invitation, input.name ?? '', now);
    await joinTenant(trx, ctx, invitation, { user, isNew: !existing }, now);
    const start = { user, userAgent: ctx.userAgent, tenantId: invitation.tenant_id };
    return { user, session: await startSession(trx, ctx, start) };
  });
  return grantSession(ctx, user, session, input.refresh_token_delivery ?? 'body');
}

/**
 * Accepts an invitation sent to the signed-in person's own address and moves their session to
 * its tenant, as a switch does: no new sign-in, the session's older JWTs stop working, its
 * refresh token rotates as before. Another address is INVITATION_FOR_ANOTHER_ADDRESS.
 */
export async function joinByInvitation(
  ctx: Pick<Context, 'db' | 'now' | 'events' | 'jwt' | 'setResponseHeader'>,
  session: VerifiedSession,
  token: string,
) {
  const joined = await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const invitation = usableInvitation(
      await findInvitationByTokenHash(trx, hashToken(token)),
      now,
    );
    const moved = await moveSession(trx, session, invitation.tenant_id);
    // Thrown inside the transaction: the move above is rolled back with it.
    if (moved.user.email !== invitation.email) {
      throw new AccountsError('INVITATION_FOR_ANOTHER_ADDRESS');
    }
    await joinTenant(trx, ctx, invitation, { user: moved.user, isNew: false }, now);
    return moved;
  });
  return grantMovedSession(ctx, joined.user, joined);
}
