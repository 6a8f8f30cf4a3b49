import type { DB } from '../database';
import type { NewPasskey, Passkey, WebauthnChallenge, WebauthnChallengePurpose } from '../schema';

export async function insertPasskey(db: DB, passkey: NewPasskey): Promise<void> {
  await db.insertInto('passkeys').values(passkey).execute();
}

/** A person's passkeys, the oldest first. */
export async function listPasskeysOfUser(db: DB, userId: string): Promise<Passkey[]> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findPasskeyByCredentialId(
  db: DB,
  credentialId: string,
): Promise<Passkey | undefined> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('credential_id', '=', credentialId)
    .executeTakeFirst();
}

/** Renames one of the person's passkeys; another person's id changes nothing (undefined). */
export async function renamePasskey(
  db: DB,
  where: { id: string; userId: string },
  name: string,
): Promise<Passkey | undefined> {
  return db
    .updateTable('passkeys')
    .set({ name })
    .where('id', '=', where.id)
    .where('user_id', '=', where.userId)
    .returningAll()
    .executeTakeFirst();
}

/** Deletes one of the person's passkeys; another person's id deletes nothing (undefined). */
export async function deletePasskey(
  db: DB,
  where: { id: string; userId: string },
): Promise<Passkey | undefined> {
  return db
    .deleteFrom('passkeys')
    .where('id', '=', where.id)
    .where('user_id', '=', where.userId)
    .returningAll()
    .executeTakeFirst();
}

/** Records a sign-in with the passkey: its new counter and backup state, and when. */
export async function markPasskeyUsed(
  db: DB,
  id: string,
  use: { counter: number; backedUp: boolean; now: Date },
): Promise<void> {
  await db
    .updateTable('passkeys')
    .set({ counter: use.counter, backed_up: use.backedUp, last_used_at: use.now })
    .where('id', '=', id)
    .execute();
}

export async function insertWebauthnChallenge(db: DB, challenge: WebauthnChallenge): Promise<void> {
  await db.insertInto('webauthn_challenges').values(challenge).execute();
}

/**
 * Takes an unexpired challenge of `purpose` (and of the person and session it was issued to, for
 * a registration) in one DELETE … RETURNING: of any number of callers, exactly one gets it, and a
 * replay finds nothing.
 */
export async function consumeWebauthnChallenge(
  db: DB,
  challenge: {
    challengeHash: string;
    purpose: WebauthnChallengePurpose;
    userId: string | null;
    sessionId: string | null;
    now: Date;
  },
): Promise<boolean> {
  const taken = await db
    .deleteFrom('webauthn_challenges')
    .where('challenge_hash', '=', challenge.challengeHash)
    .where('purpose', '=', challenge.purpose)
    .where((eb) =>
      challenge.userId === null ? eb('user_id', 'is', null) : eb('user_id', '=', challenge.userId),
    )
    .where((eb) =>
      challenge.sessionId === null
        ? eb('session_id', 'is', null)
        : eb('session_id', '=', challenge.sessionId),
    )
    .where('expires_at', '>', challenge.now)
    .returning('challenge_hash')
    .executeTakeFirst();
  return taken !== undefined;
}

/** Deletes challenges that expired before `before`; returns how many. */
export async function deleteExpiredWebauthnChallenges(db: DB, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('webauthn_challenges')
    .where('expires_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
