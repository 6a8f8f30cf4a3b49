import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuthEventType } from '../schema';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '../testing/index';
import { insertAuthEvent } from './auth-events';
import { queryFunnel, type FunnelRow } from './funnel';

const T = Date.parse('2026-11-01T00:00:00.000Z');
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

type Seed = [
  email: string,
  type: AuthEventType,
  atMs: number,
  fields?: { detail?: string; intent?: string },
];

/** Five sign-ups in range (a–e), one before it (f), one by an existing account (g). */
const EVENTS: Seed[] = [
  ['a', 'signup_requested', 0, { intent: 'sell' }],
  ['a', 'email_sent', SECOND, { detail: 'verify_signup' }],
  ['a', 'verify_succeeded', MINUTE, { detail: 'signup' }],
  ['a', 'email_sent', 2 * HOUR, { detail: 'signin' }],
  ['a', 'verify_succeeded', 3 * HOUR, { detail: 'signin' }],
  ['b', 'signup_requested', 10 * MINUTE, { intent: 'sell' }],
  ['b', 'email_sent', 10 * MINUTE + SECOND, { detail: 'verify_signup' }],
  ['b', 'signup_requested', 12 * MINUTE, { intent: 'sell', detail: 'resend' }],
  ['b', 'email_sent', 12 * MINUTE + SECOND, { detail: 'verify_signup' }],
  ['b', 'verify_succeeded', 15 * MINUTE, { detail: 'signup' }],
  ['c', 'signup_requested', HOUR, { intent: 'plan' }],
  ['c', 'email_failed', HOUR + 5 * SECOND, { detail: 'verify_signup' }],
  ['d', 'signup_requested', 2 * HOUR, { intent: 'plan' }],
  ['d', 'email_sent', 2 * HOUR + SECOND, { detail: 'verify_signup' }],
  ['d', 'scanner_blocked', 2 * HOUR + 30 * SECOND],
  ['d', 'verify_succeeded', 2 * HOUR + 2 * MINUTE, { detail: 'signup' }],
  ['e', 'signup_requested', 25 * HOUR],
  ['e', 'email_sent', 25 * HOUR + SECOND, { detail: 'verify_signup' }],
  ['f', 'signup_requested', -HOUR, { intent: 'sell' }],
  ['f', 'verify_succeeded', HOUR, { detail: 'signup' }],
  ['g', 'signup_requested', HOUR, { detail: 'existing_account' }],
];

const range = {
  from: new Date(T),
  to: new Date(T + 48 * HOUR),
  linksIssuedBefore: new Date(T + 2 * HOUR + 30 * MINUTE),
};

const empty = {
  medianVerifyMs: null,
  p90VerifyMs: null,
  expiredUnused: 0,
  resends: 0,
  failedDeliveries: 0,
  scannerHits: 0,
};
const total: FunnelRow = {
  group: null,
  signups: 5,
  delivered: 4,
  verified: 3,
  medianVerifyMs: 2 * MINUTE,
  p90VerifyMs: 5 * MINUTE,
  expiredUnused: 1,
  resends: 1,
  failedDeliveries: 1,
  scannerHits: 1,
};

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the sign-up funnel (${dialect})`, () => {
    let test: TestDatabase;

    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      for (const [email, type, atMs, fields] of EVENTS) {
        await insertAuthEvent(test.db, {
          id: randomUUID(),
          type,
          occurred_at: new Date(T + atMs),
          tenant_id: null,
          email_hash: `hash-${email}`,
          intent: fields?.intent ?? null,
          use_case: null,
          detail: fields?.detail ?? null,
          ip_prefix: null,
          user_agent_family: null,
        });
      }
    });
    afterAll(() => test.destroy());

    it('counts the sign-ups that started in the range, followed to their end', async () => {
      expect(await queryFunnel(test.db, range)).toEqual([total]);
    });

    it('breaks the figures down by intent, with the row of all sign-ups last', async () => {
      expect(await queryFunnel(test.db, { ...range, by: 'intent' })).toEqual([
        { ...total, ...empty, group: '(none)', signups: 1, delivered: 1, verified: 0 },
        {
          ...total,
          group: 'plan',
          signups: 2,
          delivered: 1,
          verified: 1,
          p90VerifyMs: 2 * MINUTE,
          resends: 0,
        },
        {
          ...total,
          group: 'sell',
          signups: 2,
          delivered: 2,
          verified: 2,
          medianVerifyMs: MINUTE,
          expiredUnused: 0,
          failedDeliveries: 0,
          scannerHits: 0,
        },
        total,
      ]);
    });

    it('breaks the figures down by the UTC day the sign-up started', async () => {
      const rows = await queryFunnel(test.db, { ...range, by: 'day' });
      expect(rows.map((row) => [row.group, row.signups, row.verified])).toEqual([
        ['2026-11-01', 4, 3],
        ['2026-11-02', 1, 0],
        [null, 5, 3],
      ]);
    });

    it('answers no rows for a range without sign-ups', async () => {
      const later = { from: new Date(T + 72 * HOUR), to: new Date(T + 96 * HOUR) };
      expect(await queryFunnel(test.db, { ...range, ...later })).toEqual([]);
    });
  });
}

/** The value at ⌈p·n⌉ of the sorted values: nearest-rank, worked out apart from any SQL. */
function nearestRank(values: number[], p: number): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(p * sorted.length) - 1] ?? null;
}

/** Verified durations per intent: group sizes 1, 2, 10, 11 and 29 cover the rank's rounding. */
const DURATIONS: Record<string, number[]> = {
  one: [7 * SECOND],
  two: [4 * MINUTE, 9 * SECOND],
  ten: Array.from({ length: 10 }, (_, index) => ((index * 7) % 10) * MINUTE + SECOND),
  eleven: Array.from({ length: 11 }, (_, index) => ((index * 5) % 11) * HOUR + 2 * SECOND),
  many: Array.from({ length: 29 }, (_, index) => ((index * 17) % 29) * 3 * MINUTE + 3 * SECOND),
};

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the sign-up funnel's percentiles (${dialect})`, () => {
    let test: TestDatabase;

    beforeAll(async () => {
      test = await createTestDatabase(dialect);
      let address = 0;
      for (const [intent, durations] of Object.entries(DURATIONS)) {
        for (const durationMs of durations) {
          const startedAt = T + address * MINUTE;
          const record = (type: AuthEventType, atMs: number, detail: string | null) =>
            insertAuthEvent(test.db, {
              id: randomUUID(),
              type,
              occurred_at: new Date(atMs),
              tenant_id: null,
              email_hash: `hash-${address}`,
              intent,
              use_case: null,
              detail,
              ip_prefix: null,
              user_agent_family: null,
            });
          await record('signup_requested', startedAt, null);
          await record('verify_succeeded', startedAt + durationMs, 'signup');
          address++;
        }
      }
    });
    afterAll(() => test.destroy());

    it('are the nearest-rank median and p90 of each group and of all sign-ups', async () => {
      const rows = await queryFunnel(test.db, { ...range, by: 'intent' });
      const all = Object.values(DURATIONS).flat();
      const expected = [
        ...Object.keys(DURATIONS)
          .sort()
          .map((group) => [group, DURATIONS[group] ?? []] as const),
        [null, all] as const,
      ].map(([group, values]) => ({
        group,
        verified: values.length,
        medianVerifyMs: nearestRank(values, 0.5),
        p90VerifyMs: nearestRank(values, 0.9),
      }));
      expect(
        rows.map(({ group, verified, medianVerifyMs, p90VerifyMs }) => ({
          group,
          verified,
          medianVerifyMs,
          p90VerifyMs,
        })),
      ).toEqual(expected);
    });
  });
}
