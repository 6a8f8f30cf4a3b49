/**
 * The scopes a service client may hold, each with what it allows. A procedure that services may
 * call declares one (`declared({ scope: 'plans:read', … })`); every other procedure refuses a
 * service. Kept small: a scope is added with the first procedure that needs it.
 */
export const SERVICE_SCOPES = {
  'plans:read': 'read the tenant’s plans and their tasks (tenants.plans)',
  'projects:read': 'read the tenant’s workspaces (tenants.projects)',
} as const;

export type ServiceScope = keyof typeof SERVICE_SCOPES;

export const SERVICE_SCOPE_NAMES = Object.keys(SERVICE_SCOPES) as [ServiceScope, ...ServiceScope[]];

export function isServiceScope(scope: string): scope is ServiceScope {
  return Object.hasOwn(SERVICE_SCOPES, scope);
}
