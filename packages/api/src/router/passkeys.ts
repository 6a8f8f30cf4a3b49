import { z } from 'zod';
import {
  passkeyIdInput,
  passkeySchema,
  passkeysOutput,
  registerPasskeyInput,
  registrationOptionsOutput,
  renamePasskeyInput,
} from '../passkey-schemas';
import { doneOutput } from '../schemas';
import {
  passkeyRegistrationOptions,
  passkeysOf,
  registerPasskey,
  removeOwnPasskey,
  renameOwnPasskey,
} from '../services/passkeys';
import { declared } from '../declare';
import { router } from '../trpc';

/** The signed-in person's passkeys; adding or removing one needs a recent sign-in. */
export const passkeysRouter = router({
  list: declared({
    access: 'session',
    permission: 'account:own',
    method: 'GET',
    path: '/v1/passkeys',
    summary: 'The signed-in person’s passkeys, with when each was added and last used',
  })
    .input(z.void())
    .output(passkeysOutput)
    .query(({ ctx }) => passkeysOf(ctx, ctx.session)),

  registrationOptions: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/passkeys/registration-options',
    reasons: ['FRESH_SIGNIN_REQUIRED'],
    summary:
      'Options for the browser to create a passkey (valid 5 minutes); needs a sign-in in the last 10 minutes',
  })
    .input(z.void())
    .output(registrationOptionsOutput)
    .mutation(({ ctx }) => passkeyRegistrationOptions(ctx, ctx)),

  register: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/passkeys',
    reasons: ['PASSKEY_REJECTED', 'FRESH_SIGNIN_REQUIRED'],
    summary: 'Add the passkey the browser created; needs a sign-in in the last 10 minutes',
  })
    .input(registerPasskeyInput)
    .output(passkeySchema)
    .mutation(({ ctx, input }) => registerPasskey(ctx, ctx, input)),

  rename: declared({
    access: 'session',
    permission: 'account:own',
    method: 'PATCH',
    path: '/v1/passkeys/{id}',
    reasons: ['PASSKEY_NOT_FOUND'],
    summary: 'Rename one of the signed-in person’s passkeys',
  })
    .input(renamePasskeyInput)
    .output(passkeySchema)
    .mutation(({ ctx, input }) => renameOwnPasskey(ctx, ctx.session, input)),

  remove: declared({
    access: 'session',
    permission: 'account:own',
    method: 'DELETE',
    path: '/v1/passkeys/{id}',
    reasons: ['PASSKEY_NOT_FOUND', 'FRESH_SIGNIN_REQUIRED'],
    summary:
      'Remove one of the signed-in person’s passkeys: it no longer signs in; needs a sign-in in the last 10 minutes',
  })
    .input(passkeyIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => removeOwnPasskey(ctx, ctx, input.id)),
});
