import {
  countOwners,
  deleteMembership,
  findMemberOfTenant,
  findMembership,
  listMembersOfTenant,
  lockTenantMemberships,
  updateMembershipRole,
  type DB,
  type MemberRole,
} from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { roleAllows } from '../permissions';
import { done, listResponse, serializeMember } from '../responses';
import type { SetMemberRoleInput } from '../member-schemas';
import type { Principal } from '../principal';
import type { AuthEvents } from './auth-events';

export interface MemberDeps {
  db: DB;
  now: () => Date;
  events: AuthEvents;
}

type Member = NonNullable<Awaited<ReturnType<typeof findMemberOfTenant>>>;

/** The tenant's members, owners first; `you` marks the person who asked (never a service). */
export async function membersOf(deps: { db: DB }, principal: Principal) {
  const members = await listMembersOfTenant(deps.db, principal.tenantId);
  const callerId = principal.kind === 'person' ? principal.session.userId : null;
  return listResponse(members.map((member) => serializeMember(member, callerId)));
}

/**
 * Runs a change to the session's tenant's memberships in one transaction, after locking them, with
 * the caller's role as it is now: it may have changed since the middleware read it.
 */
function changeMemberships<T>(
  deps: MemberDeps,
  session: VerifiedSession,
  work: (trx: DB, callerRole: MemberRole) => Promise<T>,
): Promise<T> {
  return deps.db.transaction().execute(async (trx) => {
    await lockTenantMemberships(trx, session.tenantId);
    const caller = await findMembership(trx, {
      tenantId: session.tenantId,
      userId: session.userId,
    });
    if (!caller) throw new AccountsError('MEMBERSHIP_ENDED');
    return work(trx, caller.role);
  });
}

/** Refuses unless `role` holds members:manage, or owners:manage when any of `roles` is owner. */
function assertMayManage(role: MemberRole, ...roles: MemberRole[]): void {
  const permission = roles.includes('owner') ? 'owners:manage' : 'members:manage';
  if (!roleAllows(role, permission)) throw new AccountsError('PERMISSION_REQUIRED');
}

async function memberOf(trx: DB, tenantId: string, userId: string): Promise<Member> {
  const member = await findMemberOfTenant(trx, { tenantId, userId });
  if (!member) throw new AccountsError('MEMBER_NOT_FOUND');
  return member;
}

/** Refuses to take the owner role from a member who has `role` when they are the only owner. */
async function assertKeepsAnOwner(trx: DB, tenantId: string, role: MemberRole): Promise<void> {
  if (role === 'owner' && (await countOwners(trx, tenantId)) <= 1) {
    throw new AccountsError('LAST_OWNER');
  }
}

/**
 * Gives a member another role. Admins change admins and members; making an owner, or changing an
 * owner's role, takes an owner; the last owner keeps the role. The same role changes nothing.
 */
export async function setMemberRole(
  deps: MemberDeps,
  session: VerifiedSession,
  input: SetMemberRoleInput,
) {
  const { tenantId } = session;
  const member = await changeMemberships(deps, session, async (trx, callerRole) => {
    const target = await memberOf(trx, tenantId, input.user_id);
    assertMayManage(callerRole, target.role, input.role);
    if (target.role === input.role) return target;
    if (input.role !== 'owner') await assertKeepsAnOwner(trx, tenantId, target.role);
    await updateMembershipRole(trx, { tenantId, userId: target.user_id }, input.role, deps.now());
    const detail = `${target.role}>${input.role}`;
    await deps.events.record(trx, { type: 'member_role_changed', tenantId, detail });
    return { ...target, role: input.role };
  });
  return serializeMember(member, session.userId);
}

/**
 * Ends a member's membership: their JWTs for the tenant are refused from their next call, and a
 * refresh moves their session to another tenant of theirs. An owner takes an owner to remove.
 */
export async function removeMember(deps: MemberDeps, session: VerifiedSession, userId: string) {
  const { tenantId } = session;
  await changeMemberships(deps, session, async (trx, callerRole) => {
    const target = await memberOf(trx, tenantId, userId);
    assertMayManage(callerRole, target.role);
    await assertKeepsAnOwner(trx, tenantId, target.role);
    await deleteMembership(trx, { tenantId, userId });
    await deps.events.record(trx, { type: 'member_removed', tenantId, detail: target.role });
  });
  return done();
}

/** The caller leaves the tenant of their session, unless they are its last owner. */
export async function leaveTenant(deps: MemberDeps, session: VerifiedSession) {
  const { tenantId } = session;
  await changeMemberships(deps, session, async (trx, callerRole) => {
    await assertKeepsAnOwner(trx, tenantId, callerRole);
    await deleteMembership(trx, { tenantId, userId: session.userId });
    await deps.events.record(trx, { type: 'member_left', tenantId, detail: callerRole });
  });
  return done();
}

/**
 * Makes another member an owner and the caller an admin, together. Naming oneself changes
 * nothing.
 */
export async function transferOwnership(
  deps: MemberDeps,
  session: VerifiedSession,
  userId: string,
) {
  const { tenantId } = session;
  await changeMemberships(deps, session, async (trx, callerRole) => {
    assertMayManage(callerRole, 'owner');
    const target = await memberOf(trx, tenantId, userId);
    if (target.user_id === session.userId) return;
    const now = deps.now();
    await updateMembershipRole(trx, { tenantId, userId }, 'owner', now);
    await updateMembershipRole(trx, { tenantId, userId: session.userId }, 'admin', now);
    const detail = `${target.role}>owner`;
    await deps.events.record(trx, { type: 'ownership_transferred', tenantId, detail });
  });
  return done();
}
