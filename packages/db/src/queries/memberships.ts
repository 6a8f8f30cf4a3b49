import { isPostgres, type DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { MemberRole, NewMembership, Session } from '../schema';

const insertMembershipQuery = preparedQuery((db, membership: NewMembership) =>
  db.insertInto('memberships').values(membership),
);
// Every call with a session reads it and the caller's role in its tenant: one prepared statement.
const sessionWithRoleQuery = preparedQuery((db, { id }: { id: string }) =>
  db
    .selectFrom('sessions')
    .leftJoin('memberships', (join) =>
      join
        .onRef('memberships.user_id', '=', 'sessions.user_id')
        .onRef('memberships.tenant_id', '=', 'sessions.tenant_id'),
    )
    .selectAll('sessions')
    .select('memberships.role')
    .where('sessions.id', '=', id),
);

export async function insertMembership(db: DB, membership: NewMembership): Promise<void> {
  await insertMembershipQuery(db, membership);
}

/** A session with its person's role in the session's tenant (`null`: no longer a member). */
export async function findSessionWithRole(
  db: DB,
  id: string,
): Promise<(Session & { role: MemberRole | null }) | undefined> {
  return (await sessionWithRoleQuery(db, { id })).rows[0];
}

export async function findMembership(
  db: DB,
  where: { tenantId: string; userId: string },
): Promise<{ role: MemberRole; created_at: Date } | undefined> {
  return db
    .selectFrom('memberships')
    .select(['role', 'created_at'])
    .where('tenant_id', '=', where.tenantId)
    .where('user_id', '=', where.userId)
    .executeTakeFirst();
}

/** A person's memberships with their tenants' names, the tenants they joined first first. */
export async function listMembershipsOfUser(db: DB, userId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('tenants', 'tenants.id', 'memberships.tenant_id')
    .select(['memberships.tenant_id', 'tenants.name', 'memberships.role', 'memberships.created_at'])
    .where('memberships.user_id', '=', userId)
    .orderBy('memberships.created_at')
    .orderBy('memberships.tenant_id')
    .execute();
}

/** A tenant's members, each with their name and address. */
function membersOf(db: DB, tenantId: string) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id as user_id',
      'users.email',
      'users.full_name',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.tenant_id', '=', tenantId);
}

/** A tenant's members with their names and addresses, owners first, then by joining date. */
export async function listMembersOfTenant(db: DB, tenantId: string) {
  return membersOf(db, tenantId)
    .orderBy((eb) => eb.case().when('memberships.role', '=', 'owner').then(0).else(1).end())
    .orderBy('memberships.created_at')
    .orderBy('users.id')
    .execute();
}

/** One member of a tenant with their name and address, as `listMembersOfTenant` lists them. */
export async function findMemberOfTenant(db: DB, where: { tenantId: string; userId: string }) {
  return membersOf(db, where.tenantId)
    .where('memberships.user_id', '=', where.userId)
    .executeTakeFirst();
}

/** Changes a member's role; whether they were a member. */
export async function updateMembershipRole(
  db: DB,
  where: { tenantId: string; userId: string },
  role: MemberRole,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('memberships')
    .set({ role, updated_at: now })
    .where('tenant_id', '=', where.tenantId)
    .where('user_id', '=', where.userId)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Ends a membership; whether there was one. */
export async function deleteMembership(
  db: DB,
  where: { tenantId: string; userId: string },
): Promise<boolean> {
  const result = await db
    .deleteFrom('memberships')
    .where('tenant_id', '=', where.tenantId)
    .where('user_id', '=', where.userId)
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}

export async function countOwners(db: DB, tenantId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('owners'))
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.owners);
}

/**
 * Serialises changes to a tenant's memberships until the transaction ends, so that a rule over
 * all of them ("a tenant keeps an owner") holds under concurrency. SQLite's write transactions
 * (`begin immediate`) are serial already; PostgreSQL locks the tenant's row.
 */
export async function lockTenantMemberships(db: DB, tenantId: string): Promise<void> {
  if (!isPostgres(db)) return;
  await db.selectFrom('tenants').select('id').where('id', '=', tenantId).forUpdate().execute();
}

/** Moves a session to another tenant (the person switched): its next JWTs are for that tenant. */
export async function setSessionTenant(db: DB, sessionId: string, tenantId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ tenant_id: tenantId })
    .where('id', '=', sessionId)
    .execute();
}

/** The tenant a person's next sign-in opens. */
export async function setUserDefaultTenant(
  db: DB,
  userId: string,
  tenantId: string,
): Promise<void> {
  await db.updateTable('users').set({ tenant_id: tenantId }).where('id', '=', userId).execute();
}
