import {
  enqueueEmail,
  pendingEmail,
  findVerificationToken,
  insertAuthEvent,
  insertOAuthFlow,
  insertWebauthnChallenge,
} from '@dyocense/db';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '@dyocense/db/testing';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertVerificationToken } from './testing/test-server';
import { startTestServer } from './testing/test-server';
import { purgeExpiredTokens } from './token-purge';

const DAY = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const silentLog = { info: () => undefined } as never;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`expired token purge (${dialect})`, () => {
    let database: TestDatabase;
    const now = new Date();
    beforeEach(async () => {
      database = await createTestDatabase(dialect);
      await insertVerificationToken(database.db, 'long-expired', new Date(now.getTime() - 8 * DAY));
      await insertVerificationToken(database.db, 'just-expired', new Date(now.getTime() - 1000));
      await insertVerificationToken(database.db, 'current', new Date(now.getTime() + DAY));
    });
    afterEach(async () => {
      await database.destroy();
    });

    const purgeWithWeekRetention = () =>
      purgeExpiredTokens({
        db: database.db,
        log: silentLog,
        intervalSeconds: 60,
        retentionSeconds: 7 * 86_400,
        now: () => now,
      });

    it('deletes only tokens expired longer ago than the retention', async () => {
      const purged = await purgeWithWeekRetention();
      expect(purged).toBe(1);
      expect(await findVerificationToken(database.db, hashOf('long-expired'))).toBeUndefined();
      expect(await findVerificationToken(database.db, hashOf('just-expired'))).toBeDefined();
      expect(await findVerificationToken(database.db, hashOf('current'))).toBeDefined();
    });

    it('deletes settled outbox emails older than the retention, and nothing still to send', async () => {
      const email = (id: string, status: 'pending' | 'sent' | 'failed', updatedAt: Date) =>
        enqueueEmail(database.db, {
          ...pendingEmail(
            {
              id,
              template: 'no_account',
              recipient: `${id}@example.com`,
              params: '{}',
              link: null,
            },
            updatedAt,
          ),
          status,
        });
      await email('old-sent', 'sent', new Date(now.getTime() - 8 * DAY));
      await email('old-failed', 'failed', new Date(now.getTime() - 8 * DAY));
      await email('old-pending', 'pending', new Date(now.getTime() - 8 * DAY));
      await email('new-sent', 'sent', new Date(now.getTime() - DAY));
      await purgeWithWeekRetention();
      const left = await database.db
        .selectFrom('email_outbox')
        .select('id')
        .orderBy('id')
        .execute();
      expect(left.map((row) => row.id)).toEqual(['new-sent', 'old-pending']);
    });

    it('deletes auth events and sign-up journeys older than their retention, and keeps them without one', async () => {
      const event = (id: string, occurredAt: Date) =>
        insertAuthEvent(database.db, {
          id,
          type: 'signup_requested',
          occurred_at: occurredAt,
          tenant_id: null,
          email_hash: `hash-${id}`,
          intent: null,
          use_case: null,
          detail: null,
          ip_prefix: null,
          user_agent_family: null,
        });
      await event('old', new Date(now.getTime() - 31 * DAY));
      await event('recent', new Date(now.getTime() - 29 * DAY));
      const options = { db: database.db, log: silentLog, intervalSeconds: 60, now: () => now };
      await purgeExpiredTokens({ ...options, retentionSeconds: 0 });
      const all = await database.db.selectFrom('auth_events').select('id').execute();
      expect(all).toHaveLength(2);
      expect(
        await database.db.selectFrom('signup_journeys').select('email_hash').execute(),
      ).toHaveLength(2);

      await purgeExpiredTokens({
        ...options,
        retentionSeconds: 0,
        eventRetentionSeconds: 30 * 86_400,
      });
      const left = await database.db.selectFrom('auth_events').select('id').execute();
      expect(left.map((row) => row.id)).toEqual(['recent']);
      const journeys = await database.db
        .selectFrom('signup_journeys')
        .select('email_hash')
        .execute();
      expect(journeys.map((row) => row.email_hash)).toEqual(['hash-recent']);
    });

    it('deletes provider sign-in flows once they have expired', async () => {
      const flow = (stateHash: string, expiresAt: Date) =>
        insertOAuthFlow(database.db, {
          state_hash: stateHash,
          browser_hash: 'browser',
          provider: 'google',
          next_path: '/home',
          stage: 'authorizing',
          created_at: new Date(expiresAt.getTime() - 600_000),
          expires_at: expiresAt,
        });
      await flow('expired', new Date(now.getTime() - 1000));
      await flow('current', new Date(now.getTime() + 60_000));
      await purgeWithWeekRetention();
      const left = await database.db.selectFrom('oauth_flows').select('state_hash').execute();
      expect(left.map((row) => row.state_hash)).toEqual(['current']);
    });

    it('deletes passkey challenges once they have expired', async () => {
      const challenge = (challengeHash: string, expiresAt: Date) =>
        insertWebauthnChallenge(database.db, {
          challenge_hash: challengeHash,
          purpose: 'authentication',
          user_id: null,
          session_id: null,
          created_at: new Date(expiresAt.getTime() - 300_000),
          expires_at: expiresAt,
        });
      await challenge('expired', new Date(now.getTime() - 1000));
      await challenge('current', new Date(now.getTime() + 60_000));
      await purgeWithWeekRetention();
      const left = await database.db
        .selectFrom('webauthn_challenges')
        .select('challenge_hash')
        .execute();
      expect(left.map((row) => row.challenge_hash)).toEqual(['current']);
    });

    it('runs when the server starts', async () => {
      const server = await startTestServer(database.url, { EXPIRED_TOKEN_RETENTION: '0' });
      await server.stop();
      const left = await database.db
        .selectFrom('verification_tokens')
        .select('token_hash')
        .execute();
      expect(left.map((row) => row.token_hash).sort()).toEqual([hashOf('current')]);
    });
  });
}
