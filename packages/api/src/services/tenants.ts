import { listPlansWithTasks, listWorkspacesByTenant, type DB } from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { listResponse, serializePlan, serializeProject } from '../responses';

/**
 * The caller's own tenant id for `me` or their own id. Any other id is refused with one answer,
 * whether or not that tenant exists.
 */
function authorizedTenantId(session: VerifiedSession, requested: string): string {
  if (requested === 'me' || requested === session.tenantId) return session.tenantId;
  throw new AccountsError('TENANT_FORBIDDEN');
}

/** The plans of the caller's tenant (`me` or its id), with their tasks, newest first. */
export async function tenantPlans(deps: { db: DB }, session: VerifiedSession, tenantId: string) {
  const plans = await listPlansWithTasks(deps.db, authorizedTenantId(session, tenantId));
  return listResponse(plans.map(serializePlan));
}

/** The workspaces of the caller's tenant. */
export async function tenantProjects(deps: { db: DB }, session: VerifiedSession) {
  const workspaces = await listWorkspacesByTenant(deps.db, session.tenantId);
  return listResponse(workspaces.map(serializeProject));
}
