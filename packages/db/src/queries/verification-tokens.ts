import type { DB } from '../database';
import type { NewVerificationToken, VerificationToken } from '../schema';

export async function insertVerificationToken(db: DB, token: NewVerificationToken): Promise<void> {
  await db.insertInto('verification_tokens').values(token).execute();
}

/**
 * Marks the token used if, and only if, it is unused and unexpired at `now`, in one conditional
 * UPDATE, so that of any number of concurrent callers exactly one gets the row back.
 */
export async function consumeVerificationToken(
  db: DB,
  tokenHash: string,
  now: Date,
): Promise<VerificationToken | undefined> {
  return db
    .updateTable('verification_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

export async function findVerificationToken(
  db: DB,
  tokenHash: string,
): Promise<VerificationToken | undefined> {
  return db
    .selectFrom('verification_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Deletes tokens that expired before `before`; returns how many. */
export async function deleteExpiredVerificationTokens(db: DB, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('verification_tokens')
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
