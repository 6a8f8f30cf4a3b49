import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewSession, RefreshToken, Session } from '../schema';

type NewRefreshToken = { token_hash: string; session_id: string; issued_at: Date };

const insertSessionQuery = preparedQuery((db, session: NewSession) =>
  db.insertInto('sessions').values(session),
);
const insertRefreshTokenQuery = preparedQuery((db, token: NewRefreshToken) =>
  db.insertInto('refresh_tokens').values(token),
);
const sessionById = preparedQuery((db, { id }: { id: string }) =>
  db.selectFrom('sessions').selectAll().where('id', '=', id),
);

export async function insertSession(db: DB, session: NewSession): Promise<void> {
  await insertSessionQuery(db, session);
}

export async function insertRefreshToken(db: DB, token: NewRefreshToken): Promise<void> {
  await insertRefreshTokenQuery(db, token);
}

export async function findRefreshToken(
  db: DB,
  tokenHash: string,
): Promise<(RefreshToken & { session: Session }) | undefined> {
  const row = await db
    .selectFrom('refresh_tokens')
    .innerJoin('sessions', 'sessions.id', 'refresh_tokens.session_id')
    .selectAll('sessions')
    .select([
      'refresh_tokens.token_hash',
      'refresh_tokens.session_id',
      'refresh_tokens.issued_at',
      'refresh_tokens.rotated_at',
    ])
    .where('refresh_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const { token_hash, session_id, issued_at, rotated_at, ...session } = row;
  return { token_hash, session_id, issued_at, rotated_at, session };
}

/**
 * Marks the refresh token rotated if it is still current, in one conditional UPDATE: of two
 * concurrent refreshes with one token exactly one rotates it.
 */
export async function rotateRefreshToken(db: DB, tokenHash: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('refresh_tokens')
    .set({ rotated_at: now })
    .where('token_hash', '=', tokenHash)
    .where('rotated_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function findSessionById(db: DB, id: string): Promise<Session | undefined> {
  return (await sessionById(db, { id })).rows[0];
}

/** Marks a session used at `now` and pushes its end out to `expiresAt` (a refresh). */
export async function extendSession(
  db: DB,
  id: string,
  times: { now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_used_at: times.now, expires_at: times.expiresAt })
    .where('id', '=', id)
    .execute();
}

/** Revokes sessions that are still active; returns how many. */
export async function revokeSessions(
  db: DB,
  where: { id?: string; userId: string },
  options: { now: Date; reason: string },
): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: options.now, revoked_reason: options.reason })
    .where('user_id', '=', where.userId)
    .$if(where.id !== undefined, (query) => query.where('id', '=', where.id ?? ''))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A user's sessions that still work at `now`, most recently used first. */
export async function listActiveSessions(db: DB, userId: string, now: Date): Promise<Session[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('last_used_at', 'desc')
    .execute();
}
