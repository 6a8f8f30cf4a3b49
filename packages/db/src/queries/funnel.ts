import { isPostgres, type DB } from '../database';
import { postgresFunnelRows } from './funnel-postgres';
import type { FunnelQuery, FunnelRow } from './funnel-sql';
import { sqliteFunnelRows } from './funnel-sqlite';

export type { FunnelGrouping, FunnelQuery, FunnelRow } from './funnel-sql';

/**
 * The sign-up funnel of the journeys that started in [from, to), followed to where they stand now,
 * in one statement over `signup_journeys`. Percentiles are nearest-rank, alike on both dialects.
 * With `by`, a row per group (sorted) comes first and the row of all sign-ups (group null) last;
 * a range without sign-ups has no rows.
 */
export async function queryFunnel(db: DB, query: FunnelQuery): Promise<FunnelRow[]> {
  const rows = await (isPostgres(db) ? postgresFunnelRows : sqliteFunnelRows)(db, query);
  const total = rows.find((row) => row.group === null);
  if (!total || total.signups === 0) return [];
  if (!query.by) return [total];
  const groups = rows
    .filter((row) => row.group !== null)
    .sort((a, b) => (String(a.group) < String(b.group) ? -1 : 1));
  return [...groups, total];
}
