import { z } from 'zod';
import { doneOutput } from '../schemas';
import {
  memberSchema,
  membersOutput,
  memberUserIdInput,
  setMemberRoleInput,
} from '../member-schemas';
import {
  leaveTenant,
  membersOf,
  removeMember,
  setMemberRole,
  transferOwnership,
} from '../services/members';
import { declared } from '../declare';
import { router } from '../trpc';

/** A tenant's members: who they are, their roles, removing them, leaving, ownership. */
export const membersRouter = router({
  list: declared({
    access: 'session',
    permission: 'members:read',
    method: 'GET',
    path: '/v1/members',
    summary: 'The tenant’s members with their roles, owners first (services with members:read too)',
  })
    .input(z.void())
    .output(membersOutput)
    .query(({ ctx }) => membersOf(ctx, ctx.principal)),

  setRole: declared({
    access: 'session',
    permission: 'members:manage',
    method: 'POST',
    path: '/v1/members/{user_id}/role',
    reasons: ['MEMBER_NOT_FOUND', 'LAST_OWNER'],
    summary:
      'Change a member’s role; making an owner, or changing an owner’s role, takes an owner; the last owner stays one',
  })
    .input(setMemberRoleInput)
    .output(memberSchema)
    .mutation(({ ctx, input }) => setMemberRole(ctx, ctx.session, input)),

  remove: declared({
    access: 'session',
    permission: 'members:manage',
    method: 'DELETE',
    path: '/v1/members/{user_id}',
    reasons: ['MEMBER_NOT_FOUND', 'LAST_OWNER'],
    summary:
      'Remove a member: their access to the tenant ends at their next call; removing an owner takes an owner',
  })
    .input(memberUserIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => removeMember(ctx, ctx.session, input.user_id)),

  leave: declared({
    access: 'session',
    permission: 'tenant:read',
    method: 'POST',
    path: '/v1/members/me/leave',
    reasons: ['LAST_OWNER'],
    summary:
      'Leave the tenant of this session; a refresh then moves the session to another of your tenants, if any',
  })
    .input(z.void())
    .output(doneOutput)
    .mutation(({ ctx }) => leaveTenant(ctx, ctx.session)),

  transferOwnership: declared({
    access: 'session',
    permission: 'owners:manage',
    method: 'POST',
    path: '/v1/members/{user_id}/transfer-ownership',
    reasons: ['MEMBER_NOT_FOUND'],
    summary:
      'Make another member an owner and yourself an admin, in one step (owner only); naming yourself changes nothing',
  })
    .input(memberUserIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => transferOwnership(ctx, ctx.session, input.user_id)),
});
