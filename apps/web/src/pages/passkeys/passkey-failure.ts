import { WebAuthnError } from '@simplewebauthn/browser';
import { isTRPCClientError } from '@trpc/client';
import { describeFailure, REASON_MESSAGES } from '../../api-errors';

/** The passkey refusals and the browser's own failures, in plain words. */
export const PASSKEY_MESSAGES = {
  notRecognized: REASON_MESSAGES.PASSKEY_NOT_RECOGNIZED,
  rejected: REASON_MESSAGES.PASSKEY_REJECTED,
  notFound: REASON_MESSAGES.PASSKEY_NOT_FOUND,
  alreadyAdded: 'This device already holds a passkey for your account.',
  browserFailed: 'Your browser could not use a passkey here. Try again, or use your email.',
} as const;

/**
 * Whether the browser's prompt was closed, timed out or replaced by a newer one: the person
 * chose not to go on, which is not an error to show.
 */
export function isCeremonyCancelled(error: unknown): boolean {
  if (error instanceof WebAuthnError && error.code === 'ERROR_CEREMONY_ABORTED') return true;
  return (
    error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError')
  );
}

/** What to tell a person about a failed passkey step, from the browser or the server. */
export function describePasskeyFailure(error: unknown): string {
  if (error instanceof WebAuthnError) {
    return error.code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED'
      ? PASSKEY_MESSAGES.alreadyAdded
      : PASSKEY_MESSAGES.browserFailed;
  }
  // Anything else thrown before a call left the browser (an unsupported option, a bad domain).
  if (!isTRPCClientError(error)) return PASSKEY_MESSAGES.browserFailed;
  return describeFailure(error).message;
}
