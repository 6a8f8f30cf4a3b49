import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type DB } from '../database';

export type FunnelGrouping = 'intent' | 'use_case' | 'day';

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

const NO_VALUE = '(none)';

function groupExpression(db: DB, by: FunnelGrouping | undefined): RawBuilder<string> {
  switch (by) {
    case 'intent':
      return sql`coalesce(min(intent), ${NO_VALUE})`;
    case 'use_case':
      return sql`coalesce(min(use_case), ${NO_VALUE})`;
    case 'day':
      return isPostgres(db)
        ? sql`to_char(min(occurred_at) at time zone 'UTC', 'YYYY-MM-DD')`
        : sql`substr(min(occurred_at), 1, 10)`;
    case undefined:
      return sql`null`;
  }
}

function durationMs(db: DB): RawBuilder<number> {
  return isPostgres(db)
    ? sql`round(extract(epoch from (verified - started)) * 1000)::bigint`
    : sql`cast(round((julianday(verified) - julianday(started)) * 86400000) as integer)`;
}

/** SQLite keeps timestamps as ISO text, which sorts and compares as time does. */
const bound = (db: DB, at: Date) => (isPostgres(db) ? at : at.toISOString());

interface RawFunnelRow {
  grp: string | null;
  is_total: number;
  signups: number;
  delivered: number;
  verified: number;
  median_ms: number | null;
  p90_ms: number | null;
  expired_unused: number;
  resends: number;
  failed_deliveries: number;
  scanner_hits: number;
}

/**
 * The sign-up funnel of the addresses that first asked to sign up in [from, to), followed through
 * every later event of theirs, in one statement. Percentiles are nearest-rank over each group's
 * verified sign-ups (row_number against ceil(p·n)), which both dialects compute the same way.
 * With `by`, a row per group (sorted) comes first and the row of all sign-ups (group null) last.
 */
export async function queryFunnel(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const totals = sql`select null as grp, 1 as is_total, f.* from followed f`;
  const keyed = query.by
    ? sql`select group_key as grp, 0 as is_total, f.* from followed f union all ${totals}`
    : totals;
  const { rows } = await sql<RawFunnelRow>`
    with cohort as (
      select email_hash, min(occurred_at) as started, ${groupExpression(db, query.by)} as group_key
      from auth_events
      where type = 'signup_requested' and detail is null and email_hash is not null
        and occurred_at >= ${bound(db, query.from)} and occurred_at < ${bound(db, query.to)}
      group by email_hash
    ),
    followed as (
      select c.group_key, c.started,
        max(case when e.type = 'email_sent' then 1 else 0 end) as delivered,
        min(case when e.type = 'verify_succeeded' then e.occurred_at end) as verified,
        max(case when e.type = 'signup_requested' then e.occurred_at end) as last_link,
        sum(case when e.type = 'signup_requested' and e.detail = 'resend' then 1 else 0 end) as resends,
        sum(case when e.type = 'email_failed' then 1 else 0 end) as failed_deliveries,
        sum(case when e.type = 'scanner_blocked' then 1 else 0 end) as scanner_hits
      from cohort c
      join auth_events e on e.email_hash = c.email_hash and e.occurred_at >= c.started
        and (e.type = 'signup_requested' or e.type = 'scanner_blocked'
          or (e.type in ('email_sent', 'email_failed') and e.detail = 'verify_signup')
          or (e.type = 'verify_succeeded' and e.detail = 'signup'))
      group by c.email_hash, c.group_key, c.started
    ),
    keyed as (${keyed}),
    ranked as (
      select k.*, ${durationMs(db)} as duration_ms,
        row_number() over (
          partition by is_total, grp, verified is null order by ${durationMs(db)}
        ) as position,
        count(verified) over (partition by is_total, grp) as verified_count
      from keyed k
    )
    select grp, is_total,
      count(*) as signups,
      sum(delivered) as delivered,
      count(verified) as verified,
      min(case when verified is not null and position = (verified_count + 1) / 2
        then duration_ms end) as median_ms,
      min(case when verified is not null and position = (9 * verified_count + 9) / 10
        then duration_ms end) as p90_ms,
      sum(case when verified is null and last_link < ${bound(db, query.linksIssuedBefore)}
        then 1 else 0 end) as expired_unused,
      sum(resends) as resends,
      sum(failed_deliveries) as failed_deliveries,
      sum(scanner_hits) as scanner_hits
    from ranked
    group by is_total, grp
  `.execute(db);
  const byGroup = (a: RawFunnelRow, b: RawFunnelRow) =>
    Number(a.is_total) - Number(b.is_total) || (String(a.grp) < String(b.grp) ? -1 : 1);
  return rows.sort(byGroup).map((row) => ({
    group: row.is_total ? null : row.grp,
    signups: Number(row.signups),
    delivered: Number(row.delivered),
    verified: Number(row.verified),
    medianVerifyMs: row.median_ms === null ? null : Number(row.median_ms),
    p90VerifyMs: row.p90_ms === null ? null : Number(row.p90_ms),
    expiredUnused: Number(row.expired_unused),
    resends: Number(row.resends),
    failedDeliveries: Number(row.failed_deliveries),
    scannerHits: Number(row.scanner_hits),
  }));
}
