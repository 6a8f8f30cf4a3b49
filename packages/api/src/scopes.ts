/**
 * The scopes a service client may hold, each with what it allows. Each is also a permission
 * (permissions.ts): a procedure declaring that permission lets a service holding the scope in;
 * every other procedure refuses services. Kept small: a scope is added with the first procedure
 * that needs it.
 */
export const SERVICE_SCOPES = {
  'plans:read': 'read the tenant’s plans and their tasks (tenants.plans)',
  'projects:read': 'read the tenant’s workspaces (tenants.projects)',
  'members:read': 'list the tenant’s members and pending invitations',
  'members:invite': 'invite people as admins or members, resend and revoke invitations',
} as const;

export type ServiceScope = keyof typeof SERVICE_SCOPES;

export const SERVICE_SCOPE_NAMES = Object.keys(SERVICE_SCOPES) as [ServiceScope, ...ServiceScope[]];

export function isServiceScope(scope: string): scope is ServiceScope {
  return Object.hasOwn(SERVICE_SCOPES, scope);
}
