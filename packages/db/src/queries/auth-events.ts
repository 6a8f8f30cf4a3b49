import type { DB } from '../database';
import { addRowValues, preparedQuery, rowsFromValues } from '../prepared-query';
import type { AuthEvent, NewAuthEvent } from '../schema';

const insertAuthEventQuery = preparedQuery((db, event: NewAuthEvent) =>
  db.insertInto('auth_events').values(event),
);

export async function insertAuthEvent(db: DB, event: NewAuthEvent): Promise<void> {
  await insertAuthEventQuery(db, event);
}

// Compiled once per number of rows.
const insertAuthEventsQuery = preparedQuery((db, values: Record<string, unknown>) =>
  db
    .insertInto('auth_events')
    .values(rowsFromValues(values, 'event', 'id') as unknown as NewAuthEvent[]),
);

/** Several events in one statement (a batch's, in their order), prepared like a single one. */
export async function insertAuthEvents(db: DB, events: NewAuthEvent[]): Promise<void> {
  const [only] = events;
  if (events.length === 1 && only) return insertAuthEvent(db, only);
  if (events.length > 1) await insertAuthEventsQuery(db, addRowValues({}, 'event', events));
}

export interface AuthEventPage {
  limit: number;
  /** Events strictly older than this one (the last of the previous page). */
  before?: { occurredAt: Date; id: string } | undefined;
}

/** One tenant's events, newest first; nothing of any other tenant. */
export async function listTenantAuthEvents(
  db: DB,
  tenantId: string,
  page: AuthEventPage,
): Promise<AuthEvent[]> {
  const { before } = page;
  return db
    .selectFrom('auth_events')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .$if(before !== undefined, (query) =>
      query.where((eb) =>
        eb.or([
          eb('occurred_at', '<', before?.occurredAt ?? new Date(0)),
          eb.and([
            eb('occurred_at', '=', before?.occurredAt ?? new Date(0)),
            eb('id', '<', before?.id ?? ''),
          ]),
        ]),
      ),
    )
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit)
    .execute();
}

/**
 * Deletes events older than `before` (the retention), and the sign-up journeys that started
 * before it with them; returns how many events.
 */
export async function deleteAuthEventsBefore(db: DB, before: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('signup_journeys').where('started_at', '<', before).execute();
    const result = await trx
      .deleteFrom('auth_events')
      .where('occurred_at', '<', before)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}
