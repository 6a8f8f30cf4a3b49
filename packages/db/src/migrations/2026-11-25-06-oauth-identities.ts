import { PostgresAdapter, type Kysely } from 'kysely';

function timestampType(db: Kysely<any>): 'timestamptz' | 'text' {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';
}

export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = timestampType(db);

  // A person's account at a provider, linked to one user: found by (provider, subject), never by email.
  await db.schema
    .createTable('oauth_identities')
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('email', 'text')
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('last_used_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('oauth_identities_pkey', ['provider', 'subject'])
    .execute();
  await db.schema
    .createIndex('oauth_identities_user_id_idx')
    .on('oauth_identities')
    .column('user_id')
    .execute();

  // One redirect to a provider and back: short-lived, one-time, bound to the browser that began it.
  await db.schema
    .createTable('oauth_flows')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('browser_hash', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('next_path', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('email', 'text')
    .addColumn('full_name', 'text')
    // Set when a signed-in user connects the provider to their account instead of signing in.
    .addColumn('link_user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('expires_at', timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('oauth_flows_browser_hash_idx')
    .on('oauth_flows')
    .column('browser_hash')
    .execute();
  await db.schema
    .createIndex('oauth_flows_expires_at_idx')
    .on('oauth_flows')
    .column('expires_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('oauth_flows').execute();
  await db.schema.dropTable('oauth_identities').execute();
}
