import { sql } from 'kysely';
import type { DB } from '../database';
import { preparedQuery } from '../prepared-query';
import type { VerificationToken } from '../schema';

/** A code as a browser submits it: hashes only (the nonce's, and `${nonce}:${code}`'s). */
export interface SubmittedCode {
  email: string;
  nonceHash: string;
  codeHash: string;
}

// Inline types: a prepared query's values need an index signature, which interfaces lack.
type CodeValues = { email: string; nonceHash: string; codeHash: string };

const consumeQuery = preparedQuery((db, code: CodeValues & { now: Date; maxTries: number }) =>
  db
    .updateTable('verification_tokens')
    .set({ used_at: code.now })
    .where('email', '=', code.email)
    .where('nonce_hash', '=', code.nonceHash)
    .where('code_hash', '=', code.codeHash)
    .where('used_at', 'is', null)
    .where('superseded_at', 'is', null)
    .where('code_expires_at', '>', code.now)
    .where('code_attempts', '<', code.maxTries)
    .returningAll(),
);
const byCodeQuery = preparedQuery((db, code: CodeValues) =>
  db
    .selectFrom('verification_tokens')
    .selectAll()
    .where('email', '=', code.email)
    .where('nonce_hash', '=', code.nonceHash)
    .where('code_hash', '=', code.codeHash)
    .orderBy('created_at', 'desc')
    .limit(1),
);
const currentQuery = preparedQuery((db, code: { email: string; nonceHash: string }) =>
  db
    .selectFrom('verification_tokens')
    .selectAll()
    .where('email', '=', code.email)
    .where('nonce_hash', '=', code.nonceHash)
    .where('code_hash', 'is not', null)
    .orderBy('created_at', 'desc')
    // Of two asked in the same millisecond, the one that retired the other.
    .orderBy(sql`superseded_at is null`, 'desc')
    .limit(1),
);
const wrongTryQuery = preparedQuery((db, code: { tokenHash: string; maxTries: number }) =>
  db
    .updateTable('verification_tokens')
    .set((eb) => ({ code_attempts: eb('code_attempts', '+', 1) }))
    .where('token_hash', '=', code.tokenHash)
    .where('code_attempts', '<', code.maxTries)
    .returning('code_attempts'),
);

/**
 * Marks the token whose code this is used if, and only if, the code is for this address and
 * browser, unused, not superseded, unexpired at `now` and has tries left: one conditional UPDATE,
 * so of any number of concurrent callers exactly one gets the row back.
 */
export async function consumeEmailCode(
  db: DB,
  code: SubmittedCode,
  now: Date,
  maxTries: number,
): Promise<VerificationToken | undefined> {
  return (await consumeQuery(db, { ...code, now, maxTries })).rows[0];
}

/** The newest token this code belongs to (for this address and browser), whatever its state. */
export async function findEmailCode(
  db: DB,
  code: SubmittedCode,
): Promise<VerificationToken | undefined> {
  return (await byCodeQuery(db, { ...code })).rows[0];
}

/** The newest token with a code for this address and browser: the one a wrong code counts against. */
export async function findCurrentEmailCode(
  db: DB,
  code: Pick<SubmittedCode, 'email' | 'nonceHash'>,
): Promise<VerificationToken | undefined> {
  return (await currentQuery(db, { email: code.email, nonceHash: code.nonceHash })).rows[0];
}

/**
 * Counts a wrong code against the token, atomically and only while it has tries left; returns
 * the tries used, or undefined when none were left (concurrent wrong codes cannot pass the limit).
 */
export async function countWrongEmailCode(
  db: DB,
  tokenHash: string,
  maxTries: number,
): Promise<number | undefined> {
  const [row] = (await wrongTryQuery(db, { tokenHash, maxTries })).rows;
  return row ? Number(row.code_attempts) : undefined;
}
