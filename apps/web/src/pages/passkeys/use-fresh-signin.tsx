import { accountsErrorReason } from '@dyocense/client';
import { useState } from 'react';
import type { Session } from '../../session/session-store';
import { ConfirmIdentityDialog } from './confirm-identity-dialog';

/** A refusal that "Confirm it's you" answers: no banner is needed. */
export function needsFreshSignin(error: unknown): boolean {
  return accountsErrorReason(error) === 'FRESH_SIGNIN_REQUIRED';
}

/**
 * For actions the server allows only soon after a sign-in (adding or removing a passkey): a
 * FRESH_SIGNIN_REQUIRED refusal opens "Confirm it's you", and once confirmed the action runs
 * again. `dialog` is to be rendered by the caller.
 */
export function useFreshSignin(session: Session) {
  const [retry, setRetry] = useState<() => void>();

  /** Whether `error` asked for a fresh sign-in (the dialog is then open, to run `again`). */
  function askedForFreshSignin(error: unknown, again: () => void): boolean {
    if (!needsFreshSignin(error)) return false;
    setRetry(() => again);
    return true;
  }

  const dialog = retry && (
    <ConfirmIdentityDialog
      session={session}
      onConfirmed={() => {
        setRetry(undefined);
        retry();
      }}
      onCancel={() => setRetry(undefined)}
    />
  );
  return { askedForFreshSignin, dialog };
}
