import { PostgresAdapter, type Kysely } from 'kysely';

function columnTypes(db: Kysely<any>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    timestamp: postgres ? 'timestamptz' : 'text',
    json: postgres ? 'jsonb' : 'text',
  } as const;
}

export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .alterTable('verification_tokens')
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('signup'))
    .execute();
  await db.schema.alterTable('verification_tokens').addColumn('nonce_hash', 'text').execute();
  await db.schema
    .alterTable('verification_tokens')
    .addColumn('superseded_at', t.timestamp)
    .execute();

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('params', t.json, (c) => c.notNull().defaultTo('{}'))
    .addColumn('link', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
    .addColumn('claim_id', 'text')
    .addColumn('lease_expires_at', t.timestamp)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addColumn('sent_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('email_outbox_due_idx')
    .on('email_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();

  await db.schema
    .createTable('email_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) =>
      c.notNull().references('email_outbox.id').onDelete('cascade'),
    )
    .addColumn('attempted_at', t.timestamp, (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .execute();
  await db.schema
    .createIndex('email_attempts_message_id_idx')
    .on('email_attempts')
    .column('message_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('email_attempts').execute();
  await db.schema.dropTable('email_outbox').execute();
  for (const column of ['superseded_at', 'nonce_hash', 'purpose']) {
    await db.schema.alterTable('verification_tokens').dropColumn(column).execute();
  }
}
