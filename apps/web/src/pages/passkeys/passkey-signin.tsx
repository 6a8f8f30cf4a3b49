import { accountsErrorReason } from '@dyocense/client';
import {
  browserSupportsWebAuthn,
  browserSupportsWebAuthnAutofill,
  WebAuthnAbortService,
} from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { BusyButton } from '../../components/busy-button';
import { ErrorBanner } from '../../components/messages';
import { useSession } from '../../session/session-context';
import type { Session } from '../../session/session-store';
import { usePasskeySignin } from './passkey-ceremonies';
import { describePasskeyFailure, isCeremonyCancelled } from './passkey-failure';

const isRefusedPasskey = (error: unknown) => {
  const reason = accountsErrorReason(error);
  return reason === 'PASSKEY_NOT_RECOGNIZED' || reason === 'NO_MEMBERSHIP';
};

/**
 * "Sign in with a passkey" on the sign-in page, and the browser's autofill of passkeys under the
 * email field while the page is open. Either goes on to `next` once signed in.
 */
export function PasskeySignin({ next }: { next: string }) {
  const navigate = useNavigate();
  const { signIn } = useSession();
  const signInWithPasskey = usePasskeySignin();
  const [failure, setFailure] = useState<string>();
  // A new round restarts the autofill, which the button's own prompt replaced.
  const [round, setRound] = useState(0);

  function signedIn(session: Session) {
    signIn(session);
    void navigate(next, { replace: true });
  }
  function failed(error: unknown) {
    setFailure(isCeremonyCancelled(error) ? undefined : describePasskeyFailure(error));
  }

  const withButton = useMutation({
    mutationFn: () => signInWithPasskey(),
    onMutate: () => setFailure(undefined),
    onSuccess: signedIn,
    onError(error) {
      failed(error);
      setRound((n) => n + 1);
    },
  });

  useEffect(() => {
    let left = false;
    void (async () => {
      if (!(await browserSupportsWebAuthnAutofill()) || left) return;
      const session = await signInWithPasskey({ autofill: true });
      if (!left) signedIn(session);
    })().catch((error: unknown) => {
      // The person did nothing yet: only a passkey they chose and the server refused is news.
      if (!left && isRefusedPasskey(error)) failed(error);
    });
    return () => {
      left = true;
      WebAuthnAbortService.cancelCeremony();
    };
    // Runs once a round: signedIn and failed only read state setters and the session context.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round, signInWithPasskey]);

  if (!browserSupportsWebAuthn()) return null;
  return (
    <div className="stack">
      {failure && <ErrorBanner>{failure}</ErrorBanner>}
      <BusyButton
        className="button-secondary passkey-button"
        busy={withButton.isPending}
        busyLabel="Waiting for your passkey…"
        onClick={() => withButton.mutate()}
      >
        Sign in with a passkey
      </BusyButton>
    </div>
  );
}
