import { PostgresAdapter, type Kysely } from 'kysely';

/** The append-only audit trail of sign-up, sign-in and session events, and its lookups. */
export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('auth_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('occurred_at', timestamp, (c) => c.notNull())
    .addColumn('tenant_id', 'text')
    .addColumn('email_hash', 'text')
    .addColumn('intent', 'text')
    .addColumn('use_case', 'text')
    .addColumn('detail', 'text')
    .addColumn('ip_prefix', 'text')
    .addColumn('user_agent_family', 'text')
    .execute();
  // The funnel starts from one type in a time range and follows each address.
  await db.schema
    .createIndex('auth_events_type_occurred_at_idx')
    .on('auth_events')
    .columns(['type', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('auth_events_email_hash_idx')
    .on('auth_events')
    .columns(['email_hash', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('auth_events_tenant_id_idx')
    .on('auth_events')
    .columns(['tenant_id', 'occurred_at'])
    .execute();
  // Retention deletes by age alone.
  await db.schema
    .createIndex('auth_events_occurred_at_idx')
    .on('auth_events')
    .column('occurred_at')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('auth_events').execute();
}
