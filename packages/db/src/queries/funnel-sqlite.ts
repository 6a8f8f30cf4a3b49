import { sql, type RawBuilder } from 'kysely';
import type { DB } from '../database';
import {
  COUNTS,
  countColumns,
  countsOf,
  journeysInRange,
  numberOrNull,
  type FunnelCounts,
  type FunnelQuery,
  type FunnelRow,
  type RawCounts,
} from './funnel-sql';

type Percentiles = 'medianMs' | 'p90Ms' | 'allMedianMs' | 'allP90Ms';
type RawRow = RawCounts & { grp: string | null } & Record<Percentiles, number | null>;

/**
 * The nearest-rank percentile p (as `tenths`/10) of the durations of `count` verified journeys,
 * the value at rank k = ⌈p·n⌉. SQLite's percentile_disc(Y, P) answers the value at index
 * ⌊P·(n−1)⌋ instead, so P is chosen half a place past k − 1 (and at most 1) to land on it.
 */
function nearestRank(tenths: number, count: RawBuilder<number>): RawBuilder<number> {
  const rank = sql`(${sql.lit(tenths)} * ${count} + 9) / 10`;
  const fraction = sql`case when ${count} < 2 then 0
    else min(1.0, (${rank} - 0.5) / (${count} - 1)) end`;
  return sql`percentile_disc(duration_ms, ${fraction})`;
}

/** The row of all sign-ups: the groups' counts added up, with the overall percentiles. */
function totalOf(rows: RawRow[]): FunnelRow {
  const sum = (key: keyof FunnelCounts) => rows.reduce((total, row) => total + Number(row[key]), 0);
  return {
    group: null,
    ...(Object.fromEntries(COUNTS.map((key) => [key, sum(key)])) as FunnelCounts),
    medianVerifyMs: numberOrNull(rows[0]?.allMedianMs),
    p90VerifyMs: numberOrNull(rows[0]?.allP90Ms),
  };
}

/**
 * SQLite's funnel: the range's journeys read once, counted per group, and their durations
 * handed to percentile_disc per group and overall, once the counts fix each rank. Needs SQLite
 * built with SQLITE_ENABLE_PERCENTILE, as better-sqlite3's bundled SQLite is.
 */
export async function sqliteFunnelRows(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const verified = (table: string) => sql<number>`${sql.ref(table)}.verified`;
  const { rows } = await sql<RawRow>`
    with journeys as materialized (${journeysInRange(db, query)}),
    counts as (select grp, ${countColumns(db, query)} from journeys group by grp),
    per_group as (
      select journeys.grp,
        ${nearestRank(5, verified('counts'))} as "medianMs",
        ${nearestRank(9, verified('counts'))} as "p90Ms"
      from journeys join counts on counts.grp = journeys.grp
      where duration_ms is not null
      group by journeys.grp
    ),
    overall as (
      select
        ${nearestRank(5, verified('total'))} as "allMedianMs",
        ${nearestRank(9, verified('total'))} as "allP90Ms"
      from journeys, (select sum(verified) as verified from counts) total
      where duration_ms is not null
    )
    select counts.*, "medianMs", "p90Ms", "allMedianMs", "allP90Ms"
    from counts left join per_group on per_group.grp = counts.grp, overall
  `.execute(db);
  const groups = rows.map((row) => ({
    group: row.grp,
    ...countsOf(row),
    medianVerifyMs: numberOrNull(row.medianMs),
    p90VerifyMs: numberOrNull(row.p90Ms),
  }));
  return [...groups, totalOf(rows)];
}
