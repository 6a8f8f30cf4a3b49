import {
  deletePasskey,
  findPasskeyByCredentialId,
  findUserById,
  insertPasskey,
  isUniqueViolation,
  listPasskeysOfUser,
  renamePasskey,
  timeOrderedId,
  type DB,
  type Passkey,
} from '@dyocense/db';
import {
  generateRegistrationOptions,
  verifyRegistrationResponse,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { done, listResponse, serializePasskey } from '../responses';
import type { AuthEvents } from './auth-events';
import { assertFreshSignin } from './fresh-signin';
import {
  challengeConsumer,
  CHALLENGE_TTL_MS,
  saveChallenge,
  userHandleOf,
  verifiedOr,
  type RelyingParty,
} from './webauthn';

export interface PasskeyDeps extends Pick<Context, 'now' | 'freshSigninSeconds'> {
  db: DB;
  events: AuthEvents;
  relyingParty: RelyingParty;
}

/** The signed-in person, and when they signed in (for the actions that need a recent sign-in). */
export interface PasskeyCaller {
  session: VerifiedSession;
  signedInAt: Date;
}

/** The algorithms a passkey may use: Ed25519, P-256 and RSA (what every authenticator offers). */
export const PASSKEY_ALGORITHMS = [-8, -7, -257];

/** The transports a browser may report today; others are dropped rather than kept unread. */
const KNOWN_TRANSPORTS = new Set([
  'ble',
  'cable',
  'hybrid',
  'internal',
  'nfc',
  'smart-card',
  'usb',
]);

export function transportsOf(passkey: Pick<Passkey, 'transports'>): string[] {
  const parsed: unknown = JSON.parse(passkey.transports);
  return Array.isArray(parsed) ? parsed.filter((value) => typeof value === 'string') : [];
}

/** The caller's passkeys, the oldest first. */
export async function passkeysOf(deps: Pick<PasskeyDeps, 'db'>, session: VerifiedSession) {
  const passkeys = await listPasskeysOfUser(deps.db, session.userId);
  return listResponse(passkeys.map(serializePasskey));
}

/**
 * Options for the browser to create a passkey for the caller: discoverable (so it signs in without
 * an address), none of the ones they have again, no attestation. The challenge is theirs and their
 * session's only.
 */
export async function passkeyRegistrationOptions(deps: PasskeyDeps, caller: PasskeyCaller) {
  assertFreshSignin(deps, caller.signedInAt);
  const { session } = caller;
  const user = await findUserById(deps.db, session.userId);
  if (!user) throw new AccountsError('SESSION_INVALID');
  const existing = await listPasskeysOfUser(deps.db, user.id);
  const options = await generateRegistrationOptions({
    rpName: deps.relyingParty.name,
    rpID: deps.relyingParty.id,
    userName: user.email,
    userDisplayName: user.full_name,
    userID: userHandleOf(user.id),
    timeout: CHALLENGE_TTL_MS,
    attestationType: 'none',
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credential_id,
      transports: transportsOf(passkey),
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
  });
  await saveChallenge(deps, options.challenge, 'registration', {
    userId: user.id,
    sessionId: session.sessionId,
  });
  return { options };
}

/** "Passkey" for a person's first, then "Passkey 2", "Passkey 3"… */
function defaultName(count: number): string {
  return count === 0 ? 'Passkey' : `Passkey ${count + 1}`;
}

/**
 * Verifies the browser's new credential against a challenge issued to the caller's session and,
 * if it holds, keeps it. One answer for every failure (PASSKEY_REJECTED), including a credential
 * already registered.
 */
export async function registerPasskey(
  deps: PasskeyDeps,
  caller: PasskeyCaller,
  input: { response: RegistrationResponseJSON; name?: string | undefined },
) {
  assertFreshSignin(deps, caller.signedInAt);
  const { session } = caller;
  const { relyingParty } = deps;
  const verification = await verifiedOr('PASSKEY_REJECTED', () =>
    verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challengeConsumer(deps, 'registration', {
        userId: session.userId,
        sessionId: session.sessionId,
      }),
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      requireUserVerification: false,
      supportedAlgorithmIDs: PASSKEY_ALGORITHMS,
    }),
  );
  if (!verification.verified) throw new AccountsError('PASSKEY_REJECTED');
  const { credential, credentialDeviceType, credentialBackedUp } = verification.registrationInfo;
  if (await findPasskeyByCredentialId(deps.db, credential.id)) {
    throw new AccountsError('PASSKEY_REJECTED');
  }
  const now = deps.now();
  const existing = await listPasskeysOfUser(deps.db, session.userId);
  const passkey: Passkey = {
    id: `pk_${timeOrderedId(now.getTime())}`,
    user_id: session.userId,
    credential_id: credential.id,
    public_key: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: JSON.stringify(
      (input.response.response.transports ?? []).filter((name) => KNOWN_TRANSPORTS.has(name)),
    ),
    device_type: credentialDeviceType,
    backed_up: credentialBackedUp,
    name: input.name ?? defaultName(existing.length),
    created_at: now,
    last_used_at: null,
  };
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertPasskey(trx, passkey);
      await deps.events.record(trx, { type: 'passkey_added', tenantId: session.tenantId });
    });
  } catch (error) {
    // The same credential registered by a concurrent call, a moment before.
    if (isUniqueViolation(error)) throw new AccountsError('PASSKEY_REJECTED');
    throw error;
  }
  return serializePasskey(passkey);
}

/** Renames one of the caller's passkeys; another person's id is PASSKEY_NOT_FOUND. */
export async function renameOwnPasskey(
  deps: PasskeyDeps,
  session: VerifiedSession,
  input: { id: string; name: string },
) {
  const renamed = await deps.db.transaction().execute(async (trx) => {
    const passkey = await renamePasskey(trx, { id: input.id, userId: session.userId }, input.name);
    if (passkey) {
      await deps.events.record(trx, { type: 'passkey_renamed', tenantId: session.tenantId });
    }
    return passkey;
  });
  if (!renamed) throw new AccountsError('PASSKEY_NOT_FOUND');
  return serializePasskey(renamed);
}

/** Removes one of the caller's passkeys: it no longer signs in. Another person's id is NOT_FOUND. */
export async function removeOwnPasskey(deps: PasskeyDeps, caller: PasskeyCaller, id: string) {
  assertFreshSignin(deps, caller.signedInAt);
  const { session } = caller;
  const removed = await deps.db.transaction().execute(async (trx) => {
    const passkey = await deletePasskey(trx, { id, userId: session.userId });
    if (passkey) {
      await deps.events.record(trx, { type: 'passkey_removed', tenantId: session.tenantId });
    }
    return passkey;
  });
  if (!removed) throw new AccountsError('PASSKEY_NOT_FOUND');
  return done();
}
