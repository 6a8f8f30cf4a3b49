import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewServiceClient, ServiceClient } from '../schema';

const insertServiceClientQuery = preparedQuery((db, client: NewServiceClient) =>
  db.insertInto('service_clients').values(client),
);
// Every call of a service reads its client: prepared, like the session lookup.
const serviceClientById = preparedQuery((db, { id }: { id: string }) =>
  db.selectFrom('service_clients').selectAll().where('id', '=', id),
);

export async function insertServiceClient(db: DB, client: NewServiceClient): Promise<void> {
  await insertServiceClientQuery(db, client);
}

export async function findServiceClient(db: DB, id: string): Promise<ServiceClient | undefined> {
  return (await serviceClientById(db, { id })).rows[0];
}

/** A tenant's clients, revoked ones too, newest first. */
export async function listServiceClients(db: DB, tenantId: string): Promise<ServiceClient[]> {
  return db
    .selectFrom('service_clients')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Revokes one of the tenant's clients if it is not revoked yet; whether it was. */
export async function revokeServiceClient(
  db: DB,
  where: { id: string; tenantId: string },
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('service_clients')
    .set({ revoked_at: now })
    .where('id', '=', where.id)
    .where('tenant_id', '=', where.tenantId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Marks the client used at `now` if it is not revoked, in one conditional UPDATE; whether it
 * was. Issuing a token through it locks the row, so a revocation either commits first (and no
 * token is issued) or waits for the issue to commit.
 */
export async function markServiceClientUsed(db: DB, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('service_clients')
    .set({ last_used_at: now })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
