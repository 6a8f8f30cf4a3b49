import { useMutation } from '@tanstack/react-query';
import { useLayoutEffect, useRef, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ErrorBanner, Notice } from '../../components/messages';
import { linkNonce } from '../../session/browser-link-nonce';
import { useSession } from '../../session/session-context';
import type { Session } from '../../session/session-store';
import { useTRPCClient } from '../../trpc';
import { CodeForm } from '../code-form';
import { describePasskeyFailure, isCeremonyCancelled } from './passkey-failure';
import { usePasskeySignin } from './passkey-ceremonies';

export const CONFIRM_MESSAGES = {
  why: 'Adding or removing a passkey needs a recent sign-in. Confirm it’s you to go on.',
  cancelled: 'Nothing was confirmed. Choose a way to confirm it’s you.',
  anotherAccount:
    'That passkey belongs to another account. Use one of yours, or email yourself a code.',
} as const;

interface ConfirmIdentityDialogProps {
  session: Session;
  /** The new session is in place: the refused action may be tried again. */
  onConfirmed(): void;
  onCancel(): void;
}

/**
 * "Confirm it's you": a fresh sign-in, with a passkey or a code emailed to the person's own
 * address, that replaces this browser's session (the old one is signed out).
 */
export function ConfirmIdentityDialog({
  session,
  onConfirmed,
  onCancel,
}: ConfirmIdentityDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const client = useTRPCClient();
  const { signIn } = useSession();
  const signInWithPasskey = usePasskeySignin();
  const [cancelled, setCancelled] = useState(false);
  const email = session.user.email;

  useLayoutEffect(() => {
    const shown = dialog.current;
    if (shown && !shown.open) shown.showModal();
    return () => shown?.close();
  }, []);

  function replaceSession(fresh: Session) {
    if (fresh.user.id !== session.user.id) throw new Error(CONFIRM_MESSAGES.anotherAccount);
    signIn(fresh);
    // The session it replaces would stay listed as another device: end it (with the new JWT).
    void client.auth.revokeSession.mutate({ id: session.session_id }).catch(() => undefined);
    onConfirmed();
  }

  const withPasskey = useMutation({
    mutationFn: () => signInWithPasskey(),
    onMutate: () => setCancelled(false),
    onSuccess: replaceSession,
    onError: (error) => setCancelled(isCeremonyCancelled(error)),
  });
  const emailCode = useMutation({
    mutationFn: () => client.auth.signin.mutate({ email, nonce: linkNonce.start() }),
    onMutate: () => setCancelled(false),
    // Development without email answers with the link's token: follow it here and now.
    onSuccess: async (answer) => {
      if (!answer.token) return;
      const nonce = linkNonce.current();
      const fresh = await client.auth.verify.mutate({
        token: answer.token,
        nonce,
        refresh_token_delivery: 'cookie',
      });
      linkNonce.clear();
      replaceSession(fresh);
    },
  });
  const failed = [withPasskey, emailCode].find((step) => step.isError && !cancelled)?.error;
  const failure =
    failed &&
    (failed.message === CONFIRM_MESSAGES.anotherAccount
      ? CONFIRM_MESSAGES.anotherAccount
      : describePasskeyFailure(failed));
  const codeSent = emailCode.isSuccess && !emailCode.data.token;

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-identity-title"
      onCancel={onCancel}
    >
      <div className="stack">
        <h2 id="confirm-identity-title">Confirm it’s you</h2>
        <p>{CONFIRM_MESSAGES.why}</p>
        {failure && <ErrorBanner>{failure}</ErrorBanner>}
        {cancelled && <Notice>{CONFIRM_MESSAGES.cancelled}</Notice>}
        {codeSent ? (
          <>
            <p>
              We emailed a code to <strong>{email}</strong>.
            </p>
            <CodeForm
              email={email}
              onSignedIn={(fresh) => {
                linkNonce.clear();
                replaceSession(fresh);
              }}
            />
          </>
        ) : (
          <div className="actions">
            <BusyButton
              className="button-primary"
              busy={withPasskey.isPending}
              busyLabel="Waiting for your passkey…"
              disabled={emailCode.isPending}
              onClick={() => withPasskey.mutate()}
            >
              Use a passkey
            </BusyButton>
            <BusyButton
              className="button-secondary"
              busy={emailCode.isPending}
              busyLabel="Sending your code…"
              disabled={withPasskey.isPending}
              onClick={() => emailCode.mutate()}
            >
              Email me a code
            </BusyButton>
          </div>
        )}
        <div className="actions">
          <button type="button" className="button-link" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </dialog>
  );
}
