import type { DB } from '../database';
import type { EmailAttempt, OutboxEmail } from '../schema';

// Finders only tests need: what was queued, tried and given up, to assert on.

/** The attempts to send one message, oldest first. */
export async function listEmailAttempts(db: DB, messageId: string): Promise<EmailAttempt[]> {
  return db
    .selectFrom('email_attempts')
    .selectAll()
    .where('message_id', '=', messageId)
    .orderBy('attempted_at')
    .execute();
}

/** Messages that were given up, newest first. */
export async function listFailedEmails(db: DB, limit = 100): Promise<OutboxEmail[]> {
  return db
    .selectFrom('email_outbox')
    .selectAll()
    .where('status', '=', 'failed')
    .orderBy('updated_at', 'desc')
    .limit(limit)
    .execute();
}

/** Every message queued to `recipient`, oldest first. */
export async function findEmailsTo(db: DB, recipient: string): Promise<OutboxEmail[]> {
  return db
    .selectFrom('email_outbox')
    .selectAll()
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute();
}
