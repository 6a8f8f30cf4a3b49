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

/** Invitations sent and accepted in [from, to): their `invitation_sent` and `_accepted` events. */
export async function countInvitationEvents(
  db: DB,
  range: { from: Date; to: Date },
): Promise<{ sent: number; accepted: number }> {
  const rows = await db
    .selectFrom('auth_events')
    .select((eb) => ['type', eb.fn.countAll<number | string | bigint>().as('count')])
    .where('type', 'in', ['invitation_sent', 'invitation_accepted'])
    .where('occurred_at', '>=', range.from)
    .where('occurred_at', '<', range.to)
    .groupBy('type')
    .execute();
  const countOf = (type: string) => Number(rows.find((row) => row.type === type)?.count ?? 0);
  return { sent: countOf('invitation_sent'), accepted: countOf('invitation_accepted') };
}
