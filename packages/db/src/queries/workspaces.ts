import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewWorkspace, Workspace } from '../schema';

const insertWorkspaceQuery = preparedQuery((db, workspace: NewWorkspace) =>
  db.insertInto('workspaces').values(workspace),
);
const defaultWorkspace = preparedQuery((db, { tenantId }: { tenantId: string }) =>
  db
    .selectFrom('workspaces')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('is_default', '=', true),
);

export async function insertWorkspace(db: DB, workspace: NewWorkspace): Promise<void> {
  await insertWorkspaceQuery(db, workspace);
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
  return (await defaultWorkspace(db, { tenantId })).rows[0];
}
