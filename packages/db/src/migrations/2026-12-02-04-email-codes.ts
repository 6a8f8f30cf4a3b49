import { PostgresAdapter, sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The sign-up journey's "verified" rule (migration 07), its condition as given. */
async function createVerifiedTrigger(db: Kysely<any>, when: string): Promise<void> {
  if (isPostgres(db)) {
    // The function (migration 07's) stays; only the trigger's condition changes.
    await sql
      .raw(
        `create trigger signup_journey_verified after insert on auth_events for each row
          when (new.email_hash is not null and ${when})
          execute function signup_journey_verified()`,
      )
      .execute(db);
    return;
  }
  await sql
    .raw(
      `create trigger signup_journey_verified after insert on auth_events for each row
        when new.email_hash is not null and ${when}
        begin update signup_journeys
          set verified_at = min(coalesce(verified_at, new.occurred_at), new.occurred_at)
          where email_hash = new.email_hash; end`,
    )
    .execute(db);
}

async function dropVerifiedTrigger(db: Kysely<any>): Promise<void> {
  const on = isPostgres(db) ? ' on auth_events' : '';
  await sql.raw(`drop trigger signup_journey_verified${on}`).execute(db);
}

/**
 * A one-time code in the sign-in and sign-up emails, beside the link: its SHA-256 (bound to the
 * browser's nonce), when it expires and the wrong tries so far. The outbox keeps the code only
 * until the message is sent, as it does the link. A sign-up verified by code (`signup_code`)
 * counts in the funnel as one verified by link.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const timestamp = isPostgres(db) ? 'timestamptz' : 'text';

  await db.schema.alterTable('verification_tokens').addColumn('code_hash', 'text').execute();
  await db.schema
    .alterTable('verification_tokens')
    .addColumn('code_expires_at', timestamp)
    .execute();
  await db.schema
    .alterTable('verification_tokens')
    .addColumn('code_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('verification_tokens_email_nonce_idx')
    .on('verification_tokens')
    .columns(['email', 'nonce_hash'])
    .execute();
  await db.schema.alterTable('email_outbox').addColumn('code', 'text').execute();

  await dropVerifiedTrigger(db);
  await createVerifiedTrigger(
    db,
    `new.type = 'verify_succeeded' and new.detail in ('signup', 'signup_code')`,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropVerifiedTrigger(db);
  await createVerifiedTrigger(db, `new.type = 'verify_succeeded' and new.detail = 'signup'`);
  await db.schema.alterTable('email_outbox').dropColumn('code').execute();
  await db.schema.dropIndex('verification_tokens_email_nonce_idx').execute();
  for (const column of ['code_attempts', 'code_expires_at', 'code_hash']) {
    await db.schema.alterTable('verification_tokens').dropColumn(column).execute();
  }
}
