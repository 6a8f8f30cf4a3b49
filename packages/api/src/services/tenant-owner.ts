import { findUserById, type DB } from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';

/** Refuses anyone but the session's tenant's owner (`OWNER_ONLY`); a stale session is invalid. */
export async function assertTenantOwner(db: DB, session: VerifiedSession): Promise<void> {
  const user = await findUserById(db, session.userId);
  if (!user || user.tenant_id !== session.tenantId) throw new AccountsError('SESSION_INVALID');
  if (user.role !== 'owner') throw new AccountsError('OWNER_ONLY');
}
