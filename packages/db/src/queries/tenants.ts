import type { DB } from '../database';
import type { NewTenant, Tenant } from '../schema';

export async function insertTenant(db: DB, tenant: NewTenant): Promise<void> {
  await db.insertInto('tenants').values(tenant).execute();
}

export async function findTenantById(db: DB, id: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function tenantIdExists(db: DB, id: string): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
