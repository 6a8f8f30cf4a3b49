import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { NewVerificationToken, TokenPurpose, VerificationToken } from '../schema';

const insertTokenQuery = preparedQuery((db, token: NewVerificationToken) =>
  db.insertInto('verification_tokens').values(token),
);
const supersedeQuery = preparedQuery(
  (db, link: { email: string; purpose: TokenPurpose; now: Date }) =>
    db
      .updateTable('verification_tokens')
      .set({ superseded_at: link.now })
      .where('email', '=', link.email)
      .where('purpose', '=', link.purpose)
      .where('used_at', 'is', null)
      .where('superseded_at', 'is', null),
);
const consumeQuery = preparedQuery(
  (db, token: { tokenHash: string; now: Date; nonceHash?: string | undefined }) =>
    db
      .updateTable('verification_tokens')
      .set({ used_at: token.now })
      .where('token_hash', '=', token.tokenHash)
      .where('used_at', 'is', null)
      .where('superseded_at', 'is', null)
      .where('expires_at', '>', token.now)
      .$if(token.nonceHash !== undefined, (query) =>
        query.where((eb) =>
          eb.or([eb('nonce_hash', 'is', null), eb('nonce_hash', '=', token.nonceHash ?? '')]),
        ),
      )
      .returningAll(),
);
const tokenByHash = preparedQuery((db, { tokenHash }: { tokenHash: string }) =>
  db.selectFrom('verification_tokens').selectAll().where('token_hash', '=', tokenHash),
);

export async function insertVerificationToken(db: DB, token: NewVerificationToken): Promise<void> {
  await insertTokenQuery(db, token);
}

/** Retires the email's unused links of one purpose, so only the newest one works. */
export async function supersedeUnusedTokens(
  db: DB,
  email: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<void> {
  await supersedeQuery(db, { email, purpose, now });
}

/** The details of the email's newest sign-up request, to send a fresh link for it. */
export async function findLatestSignupRequest(
  db: DB,
  email: string,
): Promise<VerificationToken | undefined> {
  return db
    .selectFrom('verification_tokens')
    .selectAll()
    .where('email', '=', email)
    .where('purpose', '=', 'signup')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Marks the token used if, and only if, it is unused, not superseded and unexpired at `now`, in one conditional
 * UPDATE, so that of any number of concurrent callers exactly one gets the row back.
 */
export async function consumeVerificationToken(
  db: DB,
  tokenHash: string,
  now: Date,
  /** When given, a token bound to another browser's nonce is left alone. */
  nonceHash?: string,
): Promise<VerificationToken | undefined> {
  return (await consumeQuery(db, { tokenHash, now, nonceHash })).rows[0];
}

export async function findVerificationToken(
  db: DB,
  tokenHash: string,
): Promise<VerificationToken | undefined> {
  return (await tokenByHash(db, { tokenHash })).rows[0];
}

/** Deletes tokens that expired before `before`; returns how many. */
export async function deleteExpiredVerificationTokens(db: DB, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('verification_tokens')
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
