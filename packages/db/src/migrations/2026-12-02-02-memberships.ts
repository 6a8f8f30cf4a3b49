import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * People belong to tenants through memberships, each with a role; invitations bring new ones in.
 * Every existing person becomes a member of the tenant they signed up into, an owner keeping
 * their role, and `users.role` goes: a role belongs to a membership, not to a person.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('memberships')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pkey', ['tenant_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('memberships_user_id_idx')
    .on('memberships')
    .column('user_id')
    .execute();
  await sql`
    insert into memberships (tenant_id, user_id, role, created_at, updated_at)
    select tenant_id, id, case when role = 'owner' then 'owner' else 'member' end, created_at, updated_at
    from users
  `.execute(db);
  await db.schema.alterTable('users').dropColumn('role').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // SHA-256 of the token in the emailed link; a resend replaces it.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // The person who invited, or the service client when a service did.
    .addColumn('invited_by_user_id', 'text')
    .addColumn('invited_by_client_id', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('sent_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .addColumn('accepted_at', timestamp)
    .addColumn('accepted_by', 'text')
    .addColumn('revoked_at', timestamp)
    .execute();
  await db.schema
    .createIndex('invitations_tenant_id_idx')
    .on('invitations')
    .columns(['tenant_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('invitations').execute();
  await db.schema
    .alterTable('users')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .execute();
  await sql`
    update users set role = 'owner'
    where exists (select 1 from memberships m where m.user_id = users.id and m.tenant_id = users.tenant_id and m.role = 'owner')
  `.execute(db);
  await db.schema.dropTable('memberships').execute();
}
