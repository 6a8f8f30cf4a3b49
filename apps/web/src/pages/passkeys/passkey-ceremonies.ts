import type { RouterInputs, RouterOutputs } from '@dyocense/client';
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { useCallback } from 'react';
import { useTRPCClient } from '../../trpc';
import { passkeyNameFor, unusedName } from './passkey-name';

type AuthenticationResponse = RouterInputs['auth']['passkeySignin']['response'];
type RegistrationResponse = RouterInputs['passkeys']['register']['response'];
export type PasskeySession = RouterOutputs['auth']['passkeySignin'];
export type Passkey = RouterOutputs['passkeys']['register'];

/**
 * Signing in with a passkey: the server's challenge, the browser's prompt (or, with `autofill`,
 * the passkeys it offers under the email field), then the server's session. The browser keeps
 * the refresh token in its HttpOnly cookie, as after an emailed link.
 */
export function usePasskeySignin() {
  const client = useTRPCClient();
  return useCallback(
    async ({ autofill = false }: { autofill?: boolean } = {}): Promise<PasskeySession> => {
      const { options } = await client.auth.passkeyOptions.mutate();
      const response = await startAuthentication({
        // The server's options are WebAuthn's JSON, with transports as plain strings.
        optionsJSON: options as PublicKeyCredentialRequestOptionsJSON,
        useBrowserAutofill: autofill,
      });
      return client.auth.passkeySignin.mutate({
        response: response as AuthenticationResponse,
        refresh_token_delivery: 'cookie',
      });
    },
    [client],
  );
}

/**
 * Adding a passkey to the signed-in account: the server's options, the browser's prompt, then
 * the server keeps the public key, named after this browser and device ("Chrome on Mac").
 */
export function useCreatePasskey() {
  const client = useTRPCClient();
  return useCallback(
    async (namesInUse: readonly string[] = []): Promise<Passkey> => {
      const { options } = await client.passkeys.registrationOptions.mutate();
      const response = await startRegistration({
        optionsJSON: options as PublicKeyCredentialCreationOptionsJSON,
      });
      return client.passkeys.register.mutate({
        response: response as RegistrationResponse,
        name: unusedName(passkeyNameFor(navigator.userAgent), namesInUse),
      });
    },
    [client],
  );
}
