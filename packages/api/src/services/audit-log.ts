import { findUserById, listTenantAuthEvents, type AuthEvent, type DB } from '@dyocense/db';
import type { z } from 'zod';
import type { auditEventSchema, auditLogOutput } from '../analytics-schemas';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';

const DEFAULT_LIMIT = 50;

function encodeCursor(event: AuthEvent): string {
  return Buffer.from(`${event.occurred_at.toISOString()}|${event.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  const [at = '', id = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at);
  if (Number.isNaN(occurredAt.getTime()) || id === '') throw new AccountsError('CURSOR_INVALID');
  return { occurredAt, id };
}

function serializeEvent(event: AuthEvent): z.infer<typeof auditEventSchema> {
  return {
    id: event.id,
    type: event.type,
    occurred_at: event.occurred_at.toISOString(),
    detail: event.detail,
    intent: event.intent,
    use_case: event.use_case,
    ip_prefix: event.ip_prefix,
    user_agent_family: event.user_agent_family,
  };
}

/** The events of the caller's own tenant, newest first; only its owner may read them. */
export async function tenantAuditLog(
  deps: { db: DB },
  session: VerifiedSession,
  page: { limit?: number | undefined; cursor?: string | undefined },
): Promise<z.infer<typeof auditLogOutput>> {
  const user = await findUserById(deps.db, session.userId);
  if (!user || user.tenant_id !== session.tenantId) throw new AccountsError('SESSION_INVALID');
  if (user.role !== 'owner') throw new AccountsError('OWNER_ONLY');
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
    items: items.map(serializeEvent),
    next_cursor: events.length > limit && last ? encodeCursor(last) : null,
  };
}
