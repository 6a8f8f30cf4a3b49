import type { DB } from '../database';
import type { NewWorkspace, Workspace } from '../schema';

export async function insertWorkspace(db: DB, workspace: NewWorkspace): Promise<void> {
  await db.insertInto('workspaces').values(workspace).execute();
}

export async function listWorkspacesByTenant(db: DB, tenantId: string): Promise<Workspace[]> {
  return db
    .selectFrom('workspaces')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findDefaultWorkspace(
  db: DB,
  tenantId: string,
): Promise<Workspace | undefined> {
  return db
    .selectFrom('workspaces')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('is_default', '=', true)
    .executeTakeFirst();
}
