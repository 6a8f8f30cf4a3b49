import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewTenant, Tenant } from '../schema';

const insertTenantQuery = preparedQuery((db, tenant: NewTenant) =>
  db.insertInto('tenants').values(tenant),
);

export async function insertTenant(db: DB, tenant: NewTenant): Promise<void> {
  await insertTenantQuery(db, tenant);
}

export async function findTenantById(db: DB, id: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').selectAll().where('id', '=', id).executeTakeFirst();
}
