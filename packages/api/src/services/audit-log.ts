import { listTenantAuthEvents, type AuthEvent, type DB } from '@dyocense/db';
import type { z } from 'zod';
import type { auditLogOutput } from '../analytics-schemas';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { serializeAuditEvent } from '../responses';

const DEFAULT_LIMIT = 50;

function encodeCursor(event: AuthEvent): string {
  return Buffer.from(`${event.occurred_at.toISOString()}|${event.id}`).toString('base64url');
}

// Exactly what encodeCursor writes: a four-digit year keeps the date within every database's range.
const CURSOR_TEXT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([A-Za-z0-9_-]{1,100})$/;

function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  const match = CURSOR_TEXT.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const [, at = '', id = ''] = match ?? [];
  const occurredAt = new Date(at);
  // A date that does not read back the same (e.g. 2026-02-31) was not one of ours either.
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.toISOString() !== at) {
    throw new AccountsError('CURSOR_INVALID');
  }
  return { occurredAt, id };
}

/** The events of the caller's own tenant, newest first; only its owner may read them. */
export async function tenantAuditLog(
  deps: { db: DB },
  session: VerifiedSession,
  page: { limit?: number | undefined; cursor?: string | undefined },
): Promise<z.infer<typeof auditLogOutput>> {
  const limit = page.limit ?? DEFAULT_LIMIT;
  const before = page.cursor === undefined ? undefined : decodeCursor(page.cursor);
  // One more than asked tells whether an older page exists.
  const events = await listTenantAuthEvents(deps.db, session.tenantId, {
    limit: limit + 1,
    before,
  });
  const items = events.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(serializeAuditEvent),
    next_cursor: events.length > limit && last ? encodeCursor(last) : null,
  };
}
