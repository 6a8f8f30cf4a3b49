import { listPlansWithTasks, listWorkspacesByTenant, type DB } from '@dyocense/db';
import { AccountsError } from '../errors';
import { listResponse, serializePlan, serializeProject } from '../responses';

/** Whose tenant a read is for: a person's session or a service's token (`Principal`). */
interface TenantCaller {
  tenantId: string;
}

/**
 * The caller's own tenant id for `me` or their own id. Any other id is refused with one answer,
 * whether or not that tenant exists.
 */
function authorizedTenantId(caller: TenantCaller, requested: string): string {
  if (requested === 'me' || requested === caller.tenantId) return caller.tenantId;
  throw new AccountsError('TENANT_FORBIDDEN');
}

/** The plans of the caller's tenant (`me` or its id), with their tasks, newest first. */
export async function tenantPlans(deps: { db: DB }, caller: TenantCaller, tenantId: string) {
  const plans = await listPlansWithTasks(deps.db, authorizedTenantId(caller, tenantId));
  return listResponse(plans.map(serializePlan));
}

/** The workspaces of the caller's tenant. */
export async function tenantProjects(deps: { db: DB }, caller: TenantCaller) {
  const workspaces = await listWorkspacesByTenant(deps.db, caller.tenantId);
  return listResponse(workspaces.map(serializeProject));
}
