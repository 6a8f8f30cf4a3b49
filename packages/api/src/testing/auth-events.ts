import type { AuthEvent, DB } from '@dyocense/db';
import { createEmailHasher } from '../events/email-hash';

/** What tests write without a key: plain SHA-256 of the address. */
export const hashTestEmail = createEmailHasher(undefined);

/** The events about one address (or, with `tenantId`, one tenant), sorted by type. */
export async function eventsOf(
  db: DB,
  about: { email?: string; tenantId?: string },
): Promise<AuthEvent[]> {
  const events = await db
    .selectFrom('auth_events')
    .selectAll()
    .$if(about.email !== undefined, (query) =>
      query.where('email_hash', '=', hashTestEmail(about.email ?? '')),
    )
    .$if(about.tenantId !== undefined, (query) =>
      query.where('tenant_id', '=', about.tenantId ?? ''),
    )
    .execute();
  return events.sort((a, b) => a.type.localeCompare(b.type));
}

/** `type` or `type:detail` of each event, sorted: the shape most tests compare. */
export async function eventNamesOf(db: DB, about: { email?: string; tenantId?: string }) {
  const events = await eventsOf(db, about);
  return events.map((event) => (event.detail ? `${event.type}:${event.detail}` : event.type));
}
