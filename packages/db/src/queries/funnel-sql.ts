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

export type FunnelCounts = Omit<FunnelRow, 'group' | 'medianVerifyMs' | 'p90VerifyMs'>;

export const COUNTS = [
  'signups',
  'delivered',
  'verified',
  'expiredUnused',
  'resends',
  'failedDeliveries',
  'scannerHits',
] as const satisfies readonly (keyof FunnelCounts)[];

/** Drivers answer sums and counts as numbers (SQLite) or numeric strings (PostgreSQL). */
export type RawCounts = Record<keyof FunnelCounts, number | string | null>;

export const countsOf = (raw: RawCounts): FunnelCounts =>
  Object.fromEntries(COUNTS.map((key) => [key, Number(raw[key])])) as FunnelCounts;

export const numberOrNull = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

const NO_VALUE = '(none)';

/** SQLite keeps timestamps as ISO text, which sorts and compares as time does. */
const bound = (db: DB, at: Date) => (isPostgres(db) ? at : at.toISOString());

/** What a journey is grouped by: its first sign-up's intent, use case or UTC day. */
function groupExpression(db: DB, by: FunnelGrouping | undefined): RawBuilder<string | null> {
  switch (by) {
    case 'intent':
    case 'use_case':
      return sql`coalesce(${sql.ref(by)}, ${NO_VALUE})`;
    case 'day':
      return isPostgres(db)
        ? sql`to_char(started_at at time zone 'UTC', 'YYYY-MM-DD')`
        : sql`substr(started_at, 1, 10)`;
    case undefined:
      return sql`''`;
  }
}

/** Milliseconds from sign-up to verification; date_part gives PostgreSQL a double, not a numeric. */
function durationMs(db: DB): RawBuilder<number> {
  return isPostgres(db)
    ? sql`round(date_part('epoch', verified_at - started_at) * 1000)`
    : sql`round((julianday(verified_at) - julianday(started_at)) * 86400000)`;
}

/**
 * The journeys that started in [from, to), with their group (`grp`) and their time to verify
 * (`duration_ms`, null until verified): only the columns the funnel reads.
 */
export function journeysInRange(db: DB, query: FunnelQuery): RawBuilder<unknown> {
  return sql`
    select ${groupExpression(db, query.by)} as grp, ${durationMs(db)} as duration_ms,
      delivered_at, verified_at, last_link_at, resends, failed_deliveries, scanner_hits
    from signup_journeys
    where started_at >= ${bound(db, query.from)} and started_at < ${bound(db, query.to)}`;
}

/** The funnel's counts over a set of journeys, named as `FunnelCounts`. */
export function countColumns(db: DB, query: FunnelQuery): RawBuilder<unknown> {
  const expiredBefore = bound(db, query.linksIssuedBefore);
  return sql`
    count(*) as signups,
    count(delivered_at) as delivered,
    count(verified_at) as verified,
    sum(case when verified_at is null and last_link_at < ${expiredBefore} then 1 else 0 end)
      as "expiredUnused",
    sum(resends) as resends,
    sum(failed_deliveries) as "failedDeliveries",
    sum(scanner_hits) as "scannerHits"`;
}
