import { sql, type RawBuilder } from 'kysely';
import { isPostgres, type DB } from '../database';

export type FunnelGrouping = 'intent' | 'use_case' | 'day';

const NO_VALUE = '(none)';

/** SQLite keeps timestamps as ISO text, which sorts and compares as time does. */
export const bound = (db: DB, at: Date) => (isPostgres(db) ? at : at.toISOString());

/** What a journey is grouped by: its first sign-up's intent, use case or UTC day. */
export function groupExpression(db: DB, by: FunnelGrouping | undefined): RawBuilder<string | null> {
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
export function durationMs(db: DB): RawBuilder<number> {
  return isPostgres(db)
    ? sql`round(date_part('epoch', verified_at - started_at) * 1000)`
    : sql`round((julianday(verified_at) - julianday(started_at)) * 86400000)`;
}

/**
 * The nearest-rank percentile p (as `tenths`/10) of the verified durations, where `position` and
 * `count` come from row_number() and count() over the same partition: the value at ⌈p·n⌉.
 */
export function percentile(tenths: number, position: string, count: string): RawBuilder<number> {
  const rank = sql`(${sql.lit(tenths)} * ${sql.ref(count)} + 9) / 10`;
  return sql`min(case when ${sql.ref(position)} = ${rank} then duration_ms end)`;
}
