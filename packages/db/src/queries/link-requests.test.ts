import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { NewAuthEvent, TokenPurpose } from '../schema';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '../testing';
import { pendingEmail } from './email-outbox';
import { storeLinkRequest, type LinkRequestRows } from './link-requests';

const EARLIER = new Date('2026-03-01T11:00:00.000Z');
const NOW = new Date('2026-03-01T12:00:00.000Z');
const ADDRESS = 'link@example.com';

function token(hash: string, purpose: TokenPurpose, email = ADDRESS, createdAt = NOW) {
  return {
    token_hash: hash,
    purpose,
    nonce_hash: null,
    email,
    full_name: 'Link Person',
    business_name: 'Link Ltd',
    intent: null,
    use_case: null,
    metadata: '{}',
    expires_at: new Date(createdAt.getTime() + 3_600_000),
    created_at: createdAt,
    used_at: null,
  };
}

const event = (type: NewAuthEvent['type'], id = randomUUID()): NewAuthEvent => ({
  id,
  type,
  occurred_at: NOW,
  tenant_id: null,
  email_hash: 'hash',
  intent: null,
  use_case: null,
  detail: null,
  ip_prefix: null,
  user_agent_family: null,
});

const email = (id = `msg-${randomUUID()}`) =>
  pendingEmail(
    { id, template: 'verify_signup', recipient: ADDRESS, params: '{}', link: null },
    NOW,
  );

const request = (overrides: Partial<LinkRequestRows> = {}): LinkRequestRows => ({
  token: token('new', 'signup'),
  email: email(),
  events: [event('signup_requested'), event('email_queued')],
  ...overrides,
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`storing a link request (${dialect})`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database?.destroy();
    });
    beforeEach(async () => {
      const { db } = database;
      for (const table of ['verification_tokens', 'email_outbox', 'auth_events'] as const) {
        await db.deleteFrom(table).execute();
      }
      await db
        .insertInto('verification_tokens')
        .values([
          token('older-signup', 'signup', ADDRESS, EARLIER),
          token('older-signin', 'signin', ADDRESS, EARLIER),
          token('someone-else', 'signup', 'other@example.com', EARLIER),
          { ...token('used', 'signup', ADDRESS, EARLIER), used_at: EARLIER },
        ])
        .execute();
    });

    const tokens = async () =>
      Object.fromEntries(
        (
          await database.db
            .selectFrom('verification_tokens')
            .select(['token_hash', 'superseded_at'])
            .execute()
        ).map((row) => [row.token_hash, row.superseded_at === null ? 'live' : 'retired']),
      );
    const count = async (table: 'email_outbox' | 'auth_events') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('stores the token, its email and events, and retires only the address’s older unused link of that purpose', async () => {
      const rows = request();
      await storeLinkRequest(database.db, rows);

      expect(await tokens()).toEqual({
        new: 'live',
        'older-signup': 'retired',
        'older-signin': 'live',
        'someone-else': 'live',
        used: 'live',
      });
      const stored = await database.db.selectFrom('email_outbox').selectAll().execute();
      expect(stored.map(({ id, status }) => ({ id, status }))).toEqual([
        { id: rows.email.id, status: 'pending' },
      ]);
      const events = await database.db.selectFrom('auth_events').select(['id', 'type']).execute();
      expect(events.map(({ id }) => id).sort()).toEqual(rows.events.map(({ id }) => id).sort());
    });

    it('stores an email without a token (the no-account notice) and leaves every link alone', async () => {
      await storeLinkRequest(
        database.db,
        request({ token: undefined, events: [event('signin_requested')] }),
      );

      expect(Object.values(await tokens())).not.toContain('retired');
      expect(await count('email_outbox')).toBe(1);
      expect(await count('auth_events')).toBe(1);
    });

    it('stores nothing, and retires nothing, when one of its rows is refused', async () => {
      const taken = event('signup_requested');
      await database.db.insertInto('auth_events').values(taken).execute();

      const refused = request({ events: [event('signup_requested'), { ...taken }] });
      await expect(storeLinkRequest(database.db, refused)).rejects.toThrow();

      expect(Object.keys(await tokens())).not.toContain('new');
      expect((await tokens())['older-signup']).toBe('live');
      expect(await count('email_outbox')).toBe(0);
      expect(await count('auth_events')).toBe(1);
    });

    it('inside a caller’s transaction, rolls back with it', async () => {
      await expect(
        database.db.transaction().execute(async (trx) => {
          await storeLinkRequest(trx, request());
          throw new Error('the caller gives up');
        }),
      ).rejects.toThrow('the caller gives up');

      expect(Object.keys(await tokens())).not.toContain('new');
      expect(await count('email_outbox')).toBe(0);
    });
  });
}
