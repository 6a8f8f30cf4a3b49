import { sql } from 'kysely';
import type { DB } from '../database';
import { bound, durationMs, groupExpression, percentile, type FunnelGrouping } from './funnel-sql';

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
 * The sign-up funnel of the journeys that started in [from, to), followed to where they stand now,
 * in one statement over `signup_journeys`: the counts in one pass, the percentiles in one sort of
 * the verified journeys. Percentiles are nearest-rank (row_number against ⌈p·n⌉, which both
 * dialects compute alike; SQLite has no percentile_cont), per group and over all sign-ups. With
 * `by`, a row per group (sorted) comes first and the row of all sign-ups (group null) last.
 */
export async function queryFunnel(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const { rows } = await sql<RawFunnelRow>`
    with journeys as (
      select ${groupExpression(db, query.by)} as grp, ${durationMs(db)} as duration_ms, *
      from signup_journeys
      where started_at >= ${bound(db, query.from)} and started_at < ${bound(db, query.to)}
    ),
    counts as (
      select grp,
        count(*) as signups,
        count(delivered_at) as delivered,
        count(verified_at) as verified,
        sum(case when verified_at is null and last_link_at < ${bound(db, query.linksIssuedBefore)}
          then 1 else 0 end) as "expiredUnused",
        sum(resends) as resends,
        sum(failed_deliveries) as "failedDeliveries",
        sum(scanner_hits) as "scannerHits"
      from journeys
      group by grp
    ),
    ranked as (
      select grp, duration_ms,
        row_number() over (partition by grp order by duration_ms) as position,
        count(*) over (partition by grp) as verified_count,
        row_number() over (order by duration_ms) as position_all,
        count(*) over () as verified_all
      from journeys
      where verified_at is not null
    ),
    percentiles as (
      select grp,
        ${percentile(5, 'position', 'verified_count')} as "medianMs",
        ${percentile(9, 'position', 'verified_count')} as "p90Ms",
        ${percentile(5, 'position_all', 'verified_all')} as "allMedianMs",
        ${percentile(9, 'position_all', 'verified_all')} as "allP90Ms"
      from ranked
      group by grp
    )
    select counts.*, "medianMs", "p90Ms", "allMedianMs", "allP90Ms"
    from counts left join percentiles on percentiles.grp = counts.grp
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
