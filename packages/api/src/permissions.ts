import type { MemberRole } from '@dyocense/db';
import { isServiceScope, type ServiceScope } from './scopes';

/**
 * What a call may need, each with what it allows. Every procedure with a session declares one
 * (`declared({ permission })`); a role holds a fixed set of them (`ROLE_PERMISSIONS`), and a
 * permission that is also a service scope (scopes.ts) lets a service holding that scope in too.
 */
export const PERMISSIONS = {
  'account:own': 'your own sign-ins, sessions and memberships; needs no role',
  'tenant:read': 'see the tenant’s name and your own role in it',
  'plans:read': 'read the tenant’s plans and their tasks',
  'projects:read': 'read the tenant’s workspaces',
  'members:read': 'see the tenant’s members and pending invitations',
  'members:invite': 'invite people as admins or members; resend and revoke invitations',
  'members:manage': 'change the roles of admins and members, and remove them',
  'owners:manage': 'make and unmake owners, remove them, and transfer ownership',
  'audit:read': 'read the tenant’s audit log',
  'service-clients:manage': 'register and revoke the tenant’s service clients',
} as const;

export type Permission = keyof typeof PERMISSIONS;

/**
 * What each role may do. An admin runs the team but cannot touch owners or credentials; a member
 * reads. A viewer role waits for the first procedure that writes business data: until then it
 * would be a member by another name.
 */
export const ROLE_PERMISSIONS: Record<MemberRole, readonly Permission[]> = {
  owner: Object.keys(PERMISSIONS) as Permission[],
  admin: [
    'account:own',
    'tenant:read',
    'plans:read',
    'projects:read',
    'members:read',
    'members:invite',
    'members:manage',
    'audit:read',
  ],
  member: ['account:own', 'tenant:read', 'plans:read', 'projects:read', 'members:read'],
};

export const MEMBER_ROLES = Object.keys(ROLE_PERMISSIONS) as [MemberRole, ...MemberRole[]];

export function roleAllows(role: MemberRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** The scope that lets services make calls needing `permission`, if services may at all. */
export function serviceScopeFor(permission: Permission): ServiceScope | undefined {
  return isServiceScope(permission) ? permission : undefined;
}
