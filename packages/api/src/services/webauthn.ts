import {
  consumeWebauthnChallenge,
  insertWebauthnChallenge,
  type DB,
  type WebauthnChallengePurpose,
} from '@dyocense/db';
import { AccountsError, asAccountsError } from '../errors';
import { hashToken } from '../tokens';

/** Who passkeys are made for: the web app's origin, and the RP ID they are bound to. */
export interface RelyingParty {
  /** A host name: the web app's, or a registrable suffix of it (WEBAUTHN_RP_ID). */
  id: string;
  /** The origin a browser reports in `clientDataJSON`: the web app's. */
  origin: string;
  /** What the browser shows when it asks to create a passkey. */
  name: string;
}

/** How long a ceremony's challenge can be answered: 5 minutes. */
export const CHALLENGE_TTL_MS = 5 * 60_000;

/** The relying party of a web app at `frontendUrl`. @default rpId the host of `frontendUrl` */
export function relyingPartyOf(frontendUrl: string, rpId?: string): RelyingParty {
  const url = new URL(frontendUrl);
  return { id: rpId ?? url.hostname, origin: url.origin, name: 'Dyocense' };
}

/** The WebAuthn user handle of a person: their user id's bytes, the same at every registration. */
export function userHandleOf(userId: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(userId);
}

/** Whose ceremony a challenge is: the person and session adding a passkey, or none (a sign-in). */
type ChallengeOwner = { userId: string; sessionId: string } | null;

type ChallengeDeps = { db: DB; now: () => Date };

/** Keeps a challenge handed to a browser (its SHA-256 only), for 5 minutes. */
export async function saveChallenge(
  deps: ChallengeDeps,
  challenge: string,
  purpose: WebauthnChallengePurpose,
  owner: ChallengeOwner,
): Promise<void> {
  const now = deps.now();
  await insertWebauthnChallenge(deps.db, {
    challenge_hash: hashToken(challenge),
    purpose,
    user_id: owner?.userId ?? null,
    session_id: owner?.sessionId ?? null,
    created_at: now,
    expires_at: new Date(now.getTime() + CHALLENGE_TTL_MS),
  });
}

/**
 * The `expectedChallenge` of a verification: true once for a challenge this service issued for
 * `purpose` (and `owner`), unexpired; it is deleted as it is checked, so a replay is false.
 */
export function challengeConsumer(
  deps: ChallengeDeps,
  purpose: WebauthnChallengePurpose,
  owner: ChallengeOwner,
): (challenge: string) => Promise<boolean> {
  return (challenge) =>
    consumeWebauthnChallenge(deps.db, {
      challengeHash: hashToken(challenge),
      purpose,
      userId: owner?.userId ?? null,
      sessionId: owner?.sessionId ?? null,
      now: deps.now(),
    });
}

/**
 * Runs a WebAuthn verification; whatever it throws about the response (a wrong origin, a bad
 * signature, bytes that do not parse) is the one refusal `reason`. An unavailable database stays
 * itself.
 */
export async function verifiedOr<T>(
  reason: 'PASSKEY_NOT_RECOGNIZED' | 'PASSKEY_REJECTED',
  verify: () => Promise<T>,
): Promise<T> {
  try {
    return await verify();
  } catch (error) {
    throw asAccountsError(error) ?? new AccountsError(reason);
  }
}
