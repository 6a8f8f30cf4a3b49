import { sql } from 'kysely';
import type { DB } from '../database';
import {
  bound,
  durationMs,
  firstSignup,
  groupExpression,
  percentile,
  type FunnelGrouping,
} from './funnel-sql';

export type { FunnelGrouping } from './funnel-sql';

export interface FunnelQuery {
  from: Date;
  to: Date;
  by?: FunnelGrouping | undefined;
  /** A sign-up whose newest link was issued before this and never verified has expired unused. */
  linksIssuedBefore: Date;
}

export interface FunnelRow {
  /** The intent, use case or UTC day; null on the row of all sign-ups. */
  group: string | null;
  signups: number;
  delivered: number;
  verified: number;
  medianVerifyMs: number | null;
  p90VerifyMs: number | null;
  expiredUnused: number;
  resends: number;
  failedDeliveries: number;
  scannerHits: number;
}

type Counts = Omit<FunnelRow, 'group' | 'medianVerifyMs' | 'p90VerifyMs'>;
const COUNTS = [
  'signups',
  'delivered',
  'verified',
  'expiredUnused',
  'resends',
  'failedDeliveries',
  'scannerHits',
] as const satisfies readonly (keyof Counts)[];

type RawFunnelRow = { grp: string | null } & Record<
  keyof Counts | 'medianMs' | 'p90Ms' | 'allMedianMs' | 'allP90Ms',
  number | string | null
>;

const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

/** The row of all sign-ups: counts add up; each overall percentile sits in exactly one group. */
function totalOf(rows: RawFunnelRow[]): FunnelRow {
  const sum = (key: keyof Counts) => rows.reduce((total, row) => total + Number(row[key]), 0);
  const found = (key: 'allMedianMs' | 'allP90Ms') =>
    numberOrNull(rows.find((row) => row[key] !== null)?.[key] ?? null);
  return {
    group: null,
    ...(Object.fromEntries(COUNTS.map((key) => [key, sum(key)])) as Counts),
    medianVerifyMs: found('allMedianMs'),
    p90VerifyMs: found('allP90Ms'),
  };
}

/**
 * The sign-up funnel of the addresses that asked to sign up in [from, to), followed through their
 * events since `from` (also those after `to`), in one statement that reads the events once.
 * Percentiles are nearest-rank (row_number against ⌈p·n⌉, which both dialects compute alike; SQLite
 * has no percentile_cont), per group and over all sign-ups in the same pass. With `by`, a row per
 * group (sorted) comes first and the row of all sign-ups (group null) last.
 */
export async function queryFunnel(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const { rows } = await sql<RawFunnelRow>`
    with addresses as (
      select ${groupExpression(db, query.by, query.to)} as grp,
        ${firstSignup(db, 'occurred_at', query.to)} as started,
        max(case when type = 'email_sent' and detail = 'verify_signup' then 1 else 0 end)
          as delivered,
        min(case when type = 'verify_succeeded' and detail = 'signup' then occurred_at end)
          as verified,
        max(case when type = 'signup_requested' then occurred_at end) as last_link,
        sum(case when type = 'signup_requested' and detail = 'resend' then 1 else 0 end)
          as resends,
        sum(case when type = 'email_failed' and detail = 'verify_signup' then 1 else 0 end)
          as failed_deliveries,
        sum(case when type = 'scanner_blocked' then 1 else 0 end) as scanner_hits
      from auth_events
      where occurred_at >= ${bound(db, query.from)} and email_hash is not null
        and type in ('signup_requested', 'email_sent', 'email_failed', 'verify_succeeded',
          'scanner_blocked')
      group by email_hash
    ),
    ranked as (
      select a.*, ${durationMs(db)} as duration_ms,
        row_number() over (partition by grp, verified is null order by ${durationMs(db)})
          as position,
        count(verified) over (partition by grp) as verified_count,
        row_number() over (partition by verified is null order by ${durationMs(db)})
          as position_all,
        count(verified) over () as verified_all
      from addresses a
      where started is not null
    )
    select grp,
      count(*) as signups,
      sum(delivered) as delivered,
      count(verified) as verified,
      ${percentile(5, 'position', 'verified_count')} as "medianMs",
      ${percentile(9, 'position', 'verified_count')} as "p90Ms",
      ${percentile(5, 'position_all', 'verified_all')} as "allMedianMs",
      ${percentile(9, 'position_all', 'verified_all')} as "allP90Ms",
      sum(case when verified is null and last_link < ${bound(db, query.linksIssuedBefore)}
        then 1 else 0 end) as "expiredUnused",
      sum(resends) as resends,
      sum(failed_deliveries) as "failedDeliveries",
      sum(scanner_hits) as "scannerHits"
    from ranked
    group by grp
  `.execute(db);
  if (rows.length === 0) return [];
  const total = totalOf(rows);
  if (!query.by) return [total];
  const groups = rows
    .map((row) => ({
      group: row.grp,
      ...(Object.fromEntries(COUNTS.map((key) => [key, Number(row[key])])) as Counts),
      medianVerifyMs: numberOrNull(row.medianMs),
      p90VerifyMs: numberOrNull(row.p90Ms),
    }))
    .sort((a, b) => (String(a.group) < String(b.group) ? -1 : 1));
  return [...groups, total];
}
