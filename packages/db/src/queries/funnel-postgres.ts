import { sql } from 'kysely';
import type { DB } from '../database';
import {
  countColumns,
  countsOf,
  journeysInRange,
  numberOrNull,
  type FunnelQuery,
  type FunnelRow,
  type RawCounts,
} from './funnel-sql';

type RawRow = RawCounts & { total: boolean; grp: string | null; percentiles: number[] | null };

/**
 * PostgreSQL's funnel: one grouped pass over the range's journeys, each group and the row of all
 * sign-ups (grouping sets) with its percentiles from one sort. percentile_disc is nearest-rank,
 * the value at ⌈p·n⌉, as the SQLite statement computes it.
 */
export async function postgresFunnelRows(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const grouped = query.by !== undefined;
  const { rows } = await sql<RawRow>`
    select ${grouped ? sql`grouping(grp) = 1 as total, grp` : sql`true as total, null as grp`},
      ${countColumns(db, query)},
      percentile_disc(array[0.5, 0.9]) within group (order by duration_ms) as percentiles
    from (${journeysInRange(db, query)}) journeys
    ${grouped ? sql`group by grouping sets ((grp), ())` : sql``}
  `.execute(db);
  return rows.map((row) => ({
    group: row.total ? null : row.grp,
    ...countsOf(row),
    medianVerifyMs: numberOrNull(row.percentiles?.[0]),
    p90VerifyMs: numberOrNull(row.percentiles?.[1]),
  }));
}
