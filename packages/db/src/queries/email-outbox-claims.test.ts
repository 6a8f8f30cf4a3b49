import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { DB } from '../database';
import type { OutboxEmail } from '../schema';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '../testing';
import { claimDueEmails, enqueueEmail } from './email-outbox';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const CLAIM = { now: NOW, leaseMs: 60_000, limit: 3 };
/** How long the second claim may take while the first is held open; it must not wait for it. */
const SECOND_CLAIM_DEADLINE_MS = 3_000;

/** `promise`, or a rejection naming `what` once `ms` have passed without it settling. */
async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} still waiting after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Claims inside a transaction that stays open (its row locks held) until `release` is called;
 * `claimed` settles as soon as the claim returned.
 */
function holdOpenClaim(db: DB) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let claimedResolve!: (emails: OutboxEmail[]) => void;
  const claimed = new Promise<OutboxEmail[]>((resolve) => (claimedResolve = resolve));
  const committed = db.transaction().execute(async (trx) => {
    claimedResolve(await claimDueEmails(trx, CLAIM));
    await released;
  });
  return { claimed, release, committed };
}

const ids = (emails: OutboxEmail[]) => emails.map((email) => email.id).sort();

for (const dialect of DIALECTS) {
  describeFor(dialect)(`claiming due emails (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database?.destroy();
    });
    beforeEach(async () => {
      await database.db.deleteFrom('email_outbox').execute();
      for (let index = 0; index < 6; index++) {
        await enqueueEmail(database.db, {
          id: randomUUID(),
          template: 'signin',
          recipient: `claim-${index}@example.com`,
          params: '{}',
          link: null,
          status: 'pending',
          next_attempt_at: new Date(NOW.getTime() - 1_000 * (index + 1)),
          claim_id: null,
          last_error: null,
          created_at: NOW,
          updated_at: NOW,
        });
      }
    });

    if (dialect === 'postgres') {
      it('gives a second claim other messages while the first claim is still open (SKIP LOCKED)', async () => {
        const first = holdOpenClaim(database.db);
        try {
          const firstIds = ids(await first.claimed);
          expect(firstIds).toHaveLength(3);
          const second = await within(
            claimDueEmails(database.db, CLAIM),
            SECOND_CLAIM_DEADLINE_MS,
            'the second claim',
          );
          expect(ids(second)).toHaveLength(3);
          expect(ids(second).filter((id) => firstIds.includes(id))).toEqual([]);
        } finally {
          first.release();
          await first.committed;
        }
        const rows = await database.db.selectFrom('email_outbox').select('status').execute();
        expect(rows.map((row) => row.status)).toEqual(Array(6).fill('sending'));
      });
    } else {
      // SQLite has one writer: a second claim waits for the first to commit, then sees its rows taken.
      it('gives a claim made after an open one commits only the other messages', async () => {
        const first = holdOpenClaim(database.db);
        const firstIds = ids(await first.claimed);
        const second = claimDueEmails(database.db, CLAIM);
        first.release();
        await first.committed;
        const secondIds = ids(await second);
        expect(firstIds).toHaveLength(3);
        expect(secondIds).toHaveLength(3);
        expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
      });
    }
  });
}
