import {
  extendSession,
  findRefreshToken,
  findMembership,
  findSessionWithRole,
  listMembershipsOfUser,
  setSessionTenant,
  findUserById,
  insertRefreshToken,
  insertSession,
  listActiveSessions,
  revokeSessions,
  rotateRefreshToken,
  type DB,
  type MemberRole,
  type Session,
  type User,
} from '@dyocense/db';
import type { SetRefreshCookie } from '../context';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { randomHex } from '../random';
import { done, listResponse, serializeSession } from '../responses';
import { generateToken, hashToken } from '../tokens';
import type { AuthEvents } from './auth-events';

export interface SessionDeps {
  db: DB;
  now: () => Date;
  /** A session ends after this many days without a refresh. @default 30 */
  sessionTtlDays: number;
  /** How long a just-rotated refresh token is taken for a concurrent refresh, not theft. */
  refreshReuseGraceSeconds: number;
  events: AuthEvents;
}

export interface StartedSession {
  sessionId: string;
  /** The tenant the session is in: its JWTs are for this tenant. */
  tenantId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const DAY_MS = 86_400_000;

function sessionExpiry(deps: SessionDeps, now: Date): Date {
  return new Date(now.getTime() + deps.sessionTtlDays * DAY_MS);
}

async function issueRefreshToken(trx: DB, sessionId: string, now: Date): Promise<string> {
  const refreshToken = generateToken();
  await insertRefreshToken(trx, {
    token_hash: hashToken(refreshToken),
    session_id: sessionId,
    issued_at: now,
  });
  return refreshToken;
}

/**
 * The tenant a sign-in opens: the one the person last joined or switched to while they still
 * belong to it, else the first they joined; none left is NO_MEMBERSHIP.
 */
export async function signInTenantOf(
  db: DB,
  user: Pick<User, 'id' | 'tenant_id'>,
): Promise<string> {
  const memberships = await listMembershipsOfUser(db, user.id);
  const preferred = memberships.find((membership) => membership.tenant_id === user.tenant_id);
  const tenantId = (preferred ?? memberships[0])?.tenant_id;
  if (tenantId === undefined) throw new AccountsError('NO_MEMBERSHIP');
  return tenantId;
}

/**
 * Starts a session for a sign-in, in `tenantId` or else the tenant the sign-in opens; `db` should
 * be the transaction that signed the user in.
 */
export async function startSession(
  db: DB,
  deps: SessionDeps,
  start: { user: User; userAgent: string | null; tenantId?: string },
): Promise<StartedSession> {
  const now = deps.now();
  const sessionId = `sess-${randomHex(24)}`;
  const refreshExpiresAt = sessionExpiry(deps, now);
  const tenantId = start.tenantId ?? (await signInTenantOf(db, start.user));
  await insertSession(db, {
    id: sessionId,
    user_id: start.user.id,
    tenant_id: tenantId,
    user_agent: start.userAgent?.slice(0, 512) ?? null,
    created_at: now,
    last_used_at: now,
    expires_at: refreshExpiresAt,
  });
  const refreshToken = await issueRefreshToken(db, sessionId, now);
  return { sessionId, tenantId, refreshToken, refreshExpiresAt };
}

function isActive(session: Session | undefined, now: Date): session is Session {
  return session !== undefined && session.revoked_at === null && session.expires_at > now;
}

/**
 * The session's tenant while its person still belongs to it; after a removal, the tenant their
 * next sign-in would open (the session moves there); none when they belong nowhere.
 */
async function tenantAfterRefresh(trx: DB, session: Session): Promise<string | undefined> {
  if (await findMembership(trx, { tenantId: session.tenant_id, userId: session.user_id })) {
    return session.tenant_id;
  }
  const user = { id: session.user_id, tenant_id: session.tenant_id };
  const tenantId = await signInTenantOf(trx, user).catch(() => undefined);
  if (tenantId !== undefined) await setSessionTenant(trx, session.id, tenantId);
  return tenantId;
}

type RefreshOutcome =
  | { ok: true; user: User; session: StartedSession }
  | {
      ok: false;
      reason: 'REFRESH_TOKEN_INVALID' | 'REFRESH_TOKEN_REUSED' | 'REFRESH_TOKEN_ROTATED';
    };

/**
 * Rotates a refresh token: the old one stops working and a new one is issued, with the session's
 * expiry pushed forward. A token that was already rotated is taken for theft and ends the whole
 * session, unless it was rotated moments ago (two tabs refreshing at once), which only fails.
 */
export async function refreshSession(
  deps: SessionDeps,
  refreshToken: string,
): Promise<{ user: User; session: StartedSession }> {
  const now = deps.now();
  const outcome = await deps.db.transaction().execute(async (trx): Promise<RefreshOutcome> => {
    const found = await findRefreshToken(trx, hashToken(refreshToken));
    if (!found || !isActive(found.session, now))
      return { ok: false, reason: 'REFRESH_TOKEN_INVALID' };
    if (found.rotated_at) {
      const sinceRotation = now.getTime() - found.rotated_at.getTime();
      if (sinceRotation <= deps.refreshReuseGraceSeconds * 1000) {
        return { ok: false, reason: 'REFRESH_TOKEN_ROTATED' };
      }
      await revokeSessions(
        trx,
        { id: found.session.id, userId: found.session.user_id },
        { now, reason: 'refresh_token_reuse' },
      );
      await deps.events.record(trx, {
        type: 'session_revoked',
        tenantId: found.session.tenant_id,
        detail: 'refresh_token_reuse',
      });
      return { ok: false, reason: 'REFRESH_TOKEN_REUSED' };
    }
    if (!(await rotateRefreshToken(trx, found.token_hash, now))) {
      return { ok: false, reason: 'REFRESH_TOKEN_ROTATED' };
    }
    const user = await findUserById(trx, found.session.user_id);
    if (!user) return { ok: false, reason: 'REFRESH_TOKEN_INVALID' };
    const tenantId = await tenantAfterRefresh(trx, found.session);
    if (tenantId === undefined) return { ok: false, reason: 'REFRESH_TOKEN_INVALID' };
    const refreshExpiresAt = sessionExpiry(deps, now);
    await extendSession(trx, found.session.id, { now, expiresAt: refreshExpiresAt });
    const next = await issueRefreshToken(trx, found.session.id, now);
    await deps.events.record(trx, { type: 'session_refreshed', tenantId });
    return {
      ok: true,
      user,
      session: { sessionId: found.session.id, tenantId, refreshToken: next, refreshExpiresAt },
    };
  });
  // Thrown after the transaction so that a revocation for reuse is committed.
  if (!outcome.ok) throw new AccountsError(outcome.reason);
  return { user: outcome.user, session: outcome.session };
}

/**
 * The caller's role in the JWT's tenant (`null` once they are no longer a member there) and when
 * they signed in (the session's start: a refresh keeps the session), read with the session;
 * refuses a JWT whose session was revoked, has ended or has moved to another tenant, or that does
 * not match its session.
 */
export async function activeSessionRole(
  db: DB,
  claims: VerifiedSession,
  now: Date,
): Promise<{ role: MemberRole | null; signedInAt: Date }> {
  const session = await findSessionWithRole(db, claims.sessionId);
  if (
    !isActive(session, now) ||
    session.user_id !== claims.userId ||
    session.tenant_id !== claims.tenantId
  ) {
    throw new AccountsError('SESSION_INVALID');
  }
  return { role: session.role, signedInAt: session.created_at };
}

/** What ending sessions needs: the caller's own refresh cookie is cleared with its session. */
type RevokeDeps = Pick<SessionDeps, 'db' | 'now' | 'events'> & {
  setRefreshCookie: SetRefreshCookie;
};

/** Revokes the caller's matching sessions and, when any were, records it in the same transaction. */
function revokeWithEvent(
  deps: RevokeDeps,
  claims: VerifiedSession,
  revoke: { id?: string; reason: string },
): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    const where = { userId: claims.userId, ...(revoke.id !== undefined && { id: revoke.id }) };
    const revoked = await revokeSessions(trx, where, { now: deps.now(), reason: revoke.reason });
    if (revoked > 0) {
      await deps.events.record(trx, {
        type: 'session_revoked',
        tenantId: claims.tenantId,
        detail: revoke.reason,
      });
    }
    return revoked;
  });
}

/** Ends the caller's session: its JWT and refresh token stop working. */
export async function signOut(deps: RevokeDeps, claims: VerifiedSession) {
  await revokeWithEvent(deps, claims, { id: claims.sessionId, reason: 'signout' });
  deps.setRefreshCookie(null);
  return done();
}

/** Ends every session of the caller, on every device; answers how many. */
export async function signOutEverywhere(deps: RevokeDeps, claims: VerifiedSession) {
  const revoked = await revokeWithEvent(deps, claims, { reason: 'signout_all' });
  deps.setRefreshCookie(null);
  return { revoked };
}

/** Ends one of the caller's own sessions; any other id is NOT_FOUND. */
export async function revokeOwnSession(
  deps: RevokeDeps,
  claims: VerifiedSession,
  sessionId: string,
) {
  const revoked = await revokeWithEvent(deps, claims, { id: sessionId, reason: 'revoked' });
  if (revoked === 0) throw new AccountsError('SESSION_NOT_FOUND');
  if (sessionId === claims.sessionId) deps.setRefreshCookie(null);
  return done();
}

/** The caller's active sessions, most recently used first; `current` marks their own. */
export async function listSessions(deps: Pick<SessionDeps, 'db' | 'now'>, claims: VerifiedSession) {
  const sessions = await listActiveSessions(deps.db, claims.userId, deps.now());
  return listResponse(sessions.map((session) => serializeSession(session, claims.sessionId)));
}
