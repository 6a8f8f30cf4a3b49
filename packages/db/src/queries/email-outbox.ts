import { randomUUID } from 'node:crypto';
import { isPostgres, type DB } from '../database';
import { timeOrderedId } from '../ids';
import { preparedQuery } from '../prepared-query';
import type { EmailAttemptResult, NewOutboxEmail, OutboxEmail } from '../schema';

const enqueueEmailQuery = preparedQuery((db, email: NewOutboxEmail) =>
  db.insertInto('email_outbox').values(email),
);

/** A new message due now, as `enqueueEmail` stores it: pending, unclaimed, never tried. */
export function pendingEmail(
  email: Pick<NewOutboxEmail, 'id' | 'template' | 'recipient' | 'params' | 'link' | 'code'>,
  now: Date,
): NewOutboxEmail {
  return {
    ...email,
    status: 'pending',
    next_attempt_at: now,
    created_at: now,
    updated_at: now,
    claim_id: null,
    last_error: null,
  };
}

export async function enqueueEmail(db: DB, email: NewOutboxEmail): Promise<void> {
  await enqueueEmailQuery(db, email);
}

export interface ClaimOptions {
  now: Date;
  /** How long the claim holds before another worker may take the message over. */
  leaseMs: number;
  limit: number;
}

/**
 * Claims due messages: pending ones whose time has come and ones whose worker's lease ran out.
 * On PostgreSQL the rows are locked with SKIP LOCKED so concurrent workers claim disjoint sets;
 * SQLite has a single writer.
 */
export async function claimDueEmails(db: DB, options: ClaimOptions): Promise<OutboxEmail[]> {
  const { now, leaseMs, limit } = options;
  const due = db
    .selectFrom('email_outbox')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_expires_at', '<=', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .$if(isPostgres(db), (query) => query.forUpdate().skipLocked());

  return db
    .updateTable('email_outbox')
    .set((eb) => ({
      status: 'sending',
      claim_id: randomUUID(),
      lease_expires_at: new Date(now.getTime() + leaseMs),
      attempts: eb('attempts', '+', 1),
      updated_at: now,
    }))
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

type ClaimedEmail = Pick<OutboxEmail, 'id' | 'claim_id'>;

/** Settles a claim: changes the row only if the claim is still this worker's. */
function settleClaim(db: DB, email: ClaimedEmail) {
  return db
    .updateTable('email_outbox')
    .where('id', '=', email.id)
    .where('claim_id', '=', email.claim_id)
    .where('status', '=', 'sending');
}

/**
 * Marks claimed messages sent, in one statement per claim: a worker settles a whole batch at
 * once, so a busy outbox costs one transaction per batch rather than per message.
 */
export async function markEmailsSent(db: DB, emails: ClaimedEmail[], now: Date): Promise<void> {
  const idsByClaim = new Map<string | null, string[]>();
  for (const { id, claim_id } of emails)
    idsByClaim.set(claim_id, [...(idsByClaim.get(claim_id) ?? []), id]);
  for (const [claimId, ids] of idsByClaim) {
    await db
      .updateTable('email_outbox')
      .where('id', 'in', ids)
      .where('claim_id', '=', claimId)
      .where('status', '=', 'sending')
      .set({
        status: 'sent',
        link: null,
        code: null,
        claim_id: null,
        lease_expires_at: null,
        sent_at: now,
        updated_at: now,
      })
      .execute();
  }
}

export async function scheduleEmailRetry(
  db: DB,
  email: ClaimedEmail,
  options: { now: Date; retryAt: Date; error: string },
): Promise<void> {
  await settleClaim(db, email)
    .set({
      status: 'pending',
      claim_id: null,
      lease_expires_at: null,
      next_attempt_at: options.retryAt,
      last_error: options.error,
      updated_at: options.now,
    })
    .execute();
}

/** Gives the message up; its link and code are dropped so nothing usable remains in the database. */
export async function markEmailFailed(
  db: DB,
  email: ClaimedEmail,
  options: { now: Date; error: string },
): Promise<void> {
  await settleClaim(db, email)
    .set({
      status: 'failed',
      link: null,
      code: null,
      claim_id: null,
      lease_expires_at: null,
      last_error: options.error,
      updated_at: options.now,
    })
    .execute();
}

export interface EmailAttemptRecord {
  messageId: string;
  at: Date;
  result: EmailAttemptResult;
  error: string | null;
}

/** Records delivery attempts, a batch's in one statement. */
export async function recordEmailAttempts(db: DB, attempts: EmailAttemptRecord[]): Promise<void> {
  if (attempts.length === 0) return;
  await db
    .insertInto('email_attempts')
    .values(
      attempts.map((attempt) => ({
        id: timeOrderedId(),
        message_id: attempt.messageId,
        attempted_at: attempt.at,
        result: attempt.result,
        error: attempt.error,
      })),
    )
    .execute();
}

/** How many messages wait in the outbox, by status (`pending`, `sending`); absent ones are 0. */
export async function countWaitingEmails(db: DB): Promise<Record<'pending' | 'sending', number>> {
  const rows = await db
    .selectFrom('email_outbox')
    .select(['status', (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', 'in', ['pending', 'sending'])
    .groupBy('status')
    .execute();
  const counts = { pending: 0, sending: 0 };
  for (const row of rows) {
    if (row.status === 'pending' || row.status === 'sending')
      counts[row.status] = Number(row.count);
  }
  return counts;
}

/** Deletes settled messages (sent or failed) last touched before `before`; returns how many. */
export async function deleteSettledEmails(db: DB, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('email_outbox')
    .where('status', 'in', ['sent', 'failed'])
    .where('updated_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
