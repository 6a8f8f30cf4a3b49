import {
  claimDueEmails,
  createOutageBackoff,
  markEmailFailed,
  markEmailsSent,
  recordEmailAttempts,
  scheduleEmailRetry,
  type DB,
  type OutboxEmail,
} from '@dyocense/db';
import { createAuthEvents, type AuthEventOptions } from '../services/auth-events';
import { EmailDeliveryError, toDeliveryError, type Mailer } from './mailer';
import { renderEmail, type EmailTemplate, type TemplateParams } from './templates';

export interface OutboxWorkerOptions {
  db: DB;
  mailer: Mailer;
  /** @default () => new Date() */
  now?: () => Date;
  /** Attempts before a message is given up. @default 8 */
  maxAttempts?: number;
  /** First retry delay; each later one doubles, with jitter. @default 5000 */
  retryBaseMs?: number;
  /** @default 3600000 */
  retryMaxMs?: number;
  /** How long a claim lasts before another worker may retry the message. @default 60000 */
  leaseMs?: number;
  /** How often to look for due messages when nobody wakes the worker. @default 1000 */
  pollIntervalMs?: number;
  /** @default 10 */
  batchSize?: number;
  onError?: (message: string, error: unknown) => void;
  /** Told once when the database becomes unavailable; polls then back off. @default onError */
  onOutage?: (message: string, error: unknown) => void;
  /** Told once when the database answers again after an outage. @default no-op */
  onRecovery?: (message: string) => void;
  /** How `email_sent` and `email_failed` events name addresses, and who is told of them. */
  events?: AuthEventOptions;
}

export interface OutboxWorker {
  /** Claims and sends what is due now; resolves to the number of messages attempted. */
  runOnce(): Promise<number>;
  start(): void;
  /** Looks for due messages now instead of at the next poll (called after a message is queued). */
  wake(): void;
  /** Stops polling and waits for the sends in progress. */
  stop(): Promise<void>;
}

/** Exponential backoff with jitter: base·2^(attempt−1), capped, times a random 0.5–1. */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.5 + Math.random() * 0.5));
}

export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, mailer } = options;
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 8;
  const retryBaseMs = options.retryBaseMs ?? 5_000;
  const retryMaxMs = options.retryMaxMs ?? 3_600_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const batchSize = options.batchSize ?? 10;
  const onError = options.onError ?? (() => {});
  const events = createAuthEvents({ ...options.events, now });
  const eventOf = (email: OutboxEmail, type: 'email_sent' | 'email_failed') => ({
    type,
    email: email.recipient,
    detail: email.template,
  });

  /** Sends one message; a failure is recorded at once, a success returned for its batch. */
  async function deliver(email: OutboxEmail): Promise<OutboxEmail | undefined> {
    const rendered = renderEmail(
      email.template as EmailTemplate,
      email.params as TemplateParams,
      email.link,
      email.code,
    );
    try {
      await mailer.send({ to: email.recipient, ...rendered });
      return email;
    } catch (cause) {
      await recordFailure(
        email,
        cause instanceof EmailDeliveryError ? cause : toDeliveryError(cause),
      );
      return undefined;
    }
  }

  /** A batch's deliveries in one transaction: attempts, statuses and `email_sent` events. */
  async function recordDeliveries(sent: OutboxEmail[]): Promise<void> {
    if (sent.length === 0) return;
    const at = now();
    await db.transaction().execute(async (trx) => {
      await recordEmailAttempts(
        trx,
        sent.map((email) => ({ messageId: email.id, at, result: 'sent', error: null })),
      );
      await markEmailsSent(trx, sent, at);
      await events.recordAll(
        trx,
        sent.map((email) => eventOf(email, 'email_sent')),
      );
    });
  }

  async function recordFailure(email: OutboxEmail, error: EmailDeliveryError): Promise<void> {
    const at = now();
    const giveUp = error.permanent || email.attempts >= maxAttempts;
    await db.transaction().execute(async (trx) => {
      await recordEmailAttempts(trx, [
        {
          messageId: email.id,
          at,
          result: error.permanent ? 'permanent_failure' : 'transient_failure',
          error: error.message,
        },
      ]);
      if (giveUp) {
        await markEmailFailed(trx, email, { now: at, error: error.message });
        await events.record(trx, eventOf(email, 'email_failed'));
        return;
      }
      const retryAt = new Date(
        at.getTime() + retryDelayMs(email.attempts, retryBaseMs, retryMaxMs),
      );
      await scheduleEmailRetry(trx, email, { now: at, retryAt, error: error.message });
    });
    if (giveUp) onError(`email ${email.id} failed after ${email.attempts} attempt(s)`, error);
  }

  async function runOnce(): Promise<number> {
    const claimed = await claimDueEmails(db, { now: now(), leaseMs, limit: batchSize });
    const delivered = await Promise.all(claimed.map(deliver));
    await recordDeliveries(delivered.filter((email) => email !== undefined));
    return claimed.length;
  }

  const backoff = createOutageBackoff({
    delayMs: pollIntervalMs,
    onOutage: (error) =>
      (options.onOutage ?? onError)('email outbox paused: the database is unavailable', error),
    onRecovery: (outageMs) =>
      options.onRecovery?.(`email outbox resumed: the database is back after ${outageMs} ms`),
  });

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  let wakeRequested = false;

  function schedule(delayMs: number): void {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  }

  function tick(): void {
    if (running) {
      wakeRequested = true;
      return;
    }
    running = (async () => {
      try {
        // A full batch means more may be waiting: keep going before the next poll.
        while (!stopped && (await runOnce()) === batchSize);
        backoff.succeeded();
      } catch (error) {
        if (!backoff.failed(error)) onError('email outbox run failed', error);
      }
    })().finally(() => {
      running = undefined;
      schedule(wakeRequested && !backoff.inOutage ? 0 : backoff.nextDelayMs());
      wakeRequested = false;
    });
  }

  return {
    runOnce,
    start() {
      stopped = false;
      schedule(0);
    },
    wake() {
      if (!stopped) schedule(0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
