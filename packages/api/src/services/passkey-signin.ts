import {
  findDefaultWorkspace,
  findPasskeyByCredentialId,
  findUserById,
  markPasskeyUsed,
  type Passkey,
} from '@dyocense/db';
import {
  generateAuthenticationOptions,
  verifyAuthenticationResponse,
  type AuthenticationResponseJSON,
} from '@simplewebauthn/server';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import { grantSignIn } from './session-grant';
import { startSession } from './sessions';
import { transportsOf } from './passkeys';
import {
  challengeConsumer,
  CHALLENGE_TTL_MS,
  saveChallenge,
  userHandleOf,
  verifiedOr,
} from './webauthn';

/**
 * Options for the browser to sign in with a passkey: no credentials listed, so the browser offers
 * the person's discoverable passkeys for this site (and autofill can).
 */
export async function passkeySigninOptions(ctx: Context) {
  const options = await generateAuthenticationOptions({
    rpID: ctx.relyingParty.id,
    allowCredentials: [],
    userVerification: 'preferred',
    timeout: CHALLENGE_TTL_MS,
  });
  await saveChallenge(ctx, options.challenge, 'authentication', null);
  return { options };
}

/** The passkey's verification: the challenge used up, the signature and counter checked. */
async function verifyAssertion(
  ctx: Context,
  passkey: Passkey,
  response: AuthenticationResponseJSON,
) {
  const { relyingParty } = ctx;
  const verification = await verifiedOr('PASSKEY_NOT_RECOGNIZED', () =>
    verifyAuthenticationResponse({
      response,
      expectedChallenge: challengeConsumer(ctx, 'authentication', null),
      expectedOrigin: relyingParty.origin,
      expectedRPID: relyingParty.id,
      credential: {
        id: passkey.credential_id,
        publicKey: new Uint8Array(Buffer.from(passkey.public_key, 'base64url')),
        counter: passkey.counter,
        transports: transportsOf(passkey),
      },
      requireUserVerification: false,
    }),
  );
  // A user handle, when sent, must be the passkey's person's.
  const userHandle = response.response.userHandle;
  const handleMatches =
    userHandle === undefined ||
    userHandle === Buffer.from(userHandleOf(passkey.user_id)).toString('base64url');
  if (!verification.verified || !handleMatches) throw new AccountsError('PASSKEY_NOT_RECOGNIZED');
  return verification.authenticationInfo;
}

/** Records a refused sign-in (its cause kept for the audit trail) and refuses it the one way. */
async function refuse(ctx: Context, detail: 'unknown_credential' | 'not_verified'): Promise<never> {
  await ctx.events.record(ctx.db, { type: 'passkey_signin_failed', detail });
  throw new AccountsError('PASSKEY_NOT_RECOGNIZED');
}

/**
 * Signs in with a passkey: a session in the tenant a sign-in opens, as an emailed link does. An
 * unknown credential, a bad signature, a used or expired challenge and another site's response
 * are all PASSKEY_NOT_RECOGNIZED.
 */
export async function signInWithPasskey(
  ctx: Context,
  input: { response: AuthenticationResponseJSON; refresh_token_delivery?: 'body' | 'cookie' },
) {
  const passkey = await findPasskeyByCredentialId(ctx.db, input.response.id);
  if (!passkey) return refuse(ctx, 'unknown_credential');
  const verified = await verifyAssertion(ctx, passkey, input.response).catch((error: unknown) => {
    if (error instanceof AccountsError && error.reason === 'PASSKEY_NOT_RECOGNIZED') {
      return refuse(ctx, 'not_verified');
    }
    throw error;
  });
  const signedIn = await ctx.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, passkey.user_id);
    if (!user) throw new AccountsError('PASSKEY_NOT_RECOGNIZED');
    const now = ctx.now();
    await markPasskeyUsed(trx, passkey.id, {
      counter: verified.newCounter,
      backedUp: verified.credentialBackedUp,
      now,
    });
    const session = await startSession(trx, ctx, { user, userAgent: ctx.userAgent });
    await ctx.events.record(trx, {
      type: 'passkey_signin',
      email: user.email,
      tenantId: session.tenantId,
    });
    const workspaceId = (await findDefaultWorkspace(trx, session.tenantId))?.id ?? '';
    return { user, session, workspaceId };
  });
  return grantSignIn(ctx, signedIn, input.refresh_token_delivery ?? 'body');
}
