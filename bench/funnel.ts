import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createDatabase, queryFunnel, type DB, type FunnelGrouping } from '@dyocense/db';
import { sql } from 'kysely';
import { createBenchDatabase, type Dialect } from './lib/bench-database';
import { createBulkWriter } from './lib/bulk-writer';

/**
 * `npm run bench:funnel`: seeds 100,000 auth events (BENCH_FUNNEL_EVENTS) over 30 days and times
 * analytics.funnel's query on each dialect: whole, by intent and by day, median of 15 runs. The
 * baseline, timed in the same run, is one pass over the range's sign-up journeys without a sort:
 * the least any funnel over them costs.
 */
const TOTAL_EVENTS = Number(process.env.BENCH_FUNNEL_EVENTS ?? 100_000);
const RUNS = 15;
const DAY_MS = 86_400_000;
const END = Date.parse('2026-11-01T00:00:00.000Z');
const START = END - 30 * DAY_MS;
const INTENTS = ['launch', 'grow', 'other', null];
const COLUMNS = [
  'id',
  'type',
  'occurred_at',
  'tenant_id',
  'email_hash',
  'intent',
  'use_case',
  'detail',
  'ip_prefix',
  'user_agent_family',
];

/** One address's events: a sign-up, usually its email, often its verification, sometimes more. */
function addressEvents(index: number): unknown[][] {
  const hash = `bench-${index.toString(16).padStart(60, '0')}`;
  const startedAt = START + ((index * 7919) % (30 * DAY_MS));
  const intent = INTENTS[index % INTENTS.length] ?? null;
  const event = (type: string, afterMs: number, detail: string | null = null) => [
    randomUUID(),
    type,
    new Date(startedAt + afterMs),
    null,
    hash,
    intent,
    null,
    detail,
    '203.0.113.0/24',
    'Chrome',
  ];
  const events = [event('signup_requested', 0), event('email_queued', 5, 'verify_signup')];
  if (index % 10 === 9) return [...events, event('email_failed', 60_000, 'verify_signup')];
  events.push(event('email_sent', 2_000, 'verify_signup'));
  if (index % 7 === 0) events.push(event('signup_requested', 600_000, 'resend'));
  if (index % 13 === 0) events.push(event('scanner_blocked', 3_000, 'signup'));
  if (index % 5 < 3)
    events.push(event('verify_succeeded', 30_000 + (index % 3_600) * 1_000, 'signup'));
  return events;
}

function seedRows(): unknown[][] {
  const rows: unknown[][] = [];
  for (let index = 0; rows.length < TOTAL_EVENTS; index++) rows.push(...addressEvents(index));
  return rows.slice(0, TOTAL_EVENTS);
}

type Query = (db: DB) => Promise<unknown>;

const funnel =
  (by: FunnelGrouping | undefined): Query =>
  (db) =>
    queryFunnel(db, {
      from: new Date(START),
      to: new Date(END),
      by,
      linksIssuedBefore: new Date(END - DAY_MS),
    });

const sumJourneys: Query = (db) =>
  db
    .selectFrom('signup_journeys')
    .select((eb) => [eb.fn.count('verified_at').as('verified'), eb.fn.sum('resends').as('resends')])
    .where('started_at', '>=', new Date(START))
    .where('started_at', '<', new Date(END))
    .execute();

/** The median and slowest of RUNS timings, after one run that warms caches and statements. */
async function time(url: string, query: Query): Promise<{ median: number; slowest: number }> {
  const db = createDatabase(url);
  try {
    await query(db);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      await query(db);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)] ?? 0, slowest: times.at(-1) ?? 0 };
  } finally {
    await db.destroy();
  }
}

async function benchDialect(dialect: Dialect, rows: unknown[][]): Promise<void> {
  const database = await createBenchDatabase(dialect);
  try {
    const writer = createBulkWriter(database.url);
    await writer.insert('auth_events', COLUMNS, rows);
    await writer.close();
    if (dialect === 'postgres') {
      const db = createDatabase(database.url);
      await sql`analyze`.execute(db);
      await db.destroy();
    }
    const baseline = await time(database.url, sumJourneys);
    process.stdout.write(
      `${dialect.padEnd(8)} baseline  median ${baseline.median.toFixed(1)} ms (one pass over the journeys)\n`,
    );
    for (const by of [undefined, 'intent', 'day'] as const) {
      const { median, slowest } = await time(database.url, funnel(by));
      const ratio = median / baseline.median;
      process.stdout.write(
        `${dialect.padEnd(8)} by ${(by ?? 'none').padEnd(6)} median ${median.toFixed(1)} ms (${ratio.toFixed(2)}× baseline), slowest ${slowest.toFixed(1)} ms\n`,
      );
    }
  } finally {
    if (!process.env.BENCH_KEEP) await database.destroy();
    else process.stdout.write(`kept ${database.url}\n`);
  }
}

const rows = seedRows();
process.stdout.write(`${rows.length} events, funnel over 30 days, ${RUNS} runs each\n`);
for (const dialect of ['sqlite', 'postgres'] as const) await benchDialect(dialect, rows);
