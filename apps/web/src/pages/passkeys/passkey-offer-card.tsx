import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorBanner, Notice } from '../../components/messages';
import { passkeyOffer } from '../../session/browser-passkey-offer';
import type { Session } from '../../session/session-store';
import { useTRPC } from '../../trpc';
import { AddPasskeyButton } from './add-passkey-button';
import { useCreatePasskey } from './passkey-ceremonies';
import { describePasskeyFailure, isCeremonyCancelled } from './passkey-failure';
import { PASSKEYS_MESSAGES } from './passkeys-section';
import { needsFreshSignin, useFreshSignin } from './use-fresh-signin';

/**
 * On the first arrival at home after a sign-up in this browser: "Sign in faster next time: add a
 * passkey", until the person adds one or says "Not now".
 */
export function PasskeyOfferCard({ session }: { session: Session }) {
  const [offered, setOffered] = useState(
    () => browserSupportsWebAuthn() && passkeyOffer.isFor(session.user.email),
  );
  if (!offered) return null;
  return (
    <Offer
      session={session}
      onDone={() => {
        passkeyOffer.clear();
        setOffered(false);
      }}
    />
  );
}

function Offer({ session, onDone }: { session: Session; onDone(): void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const createPasskey = useCreatePasskey();
  const { askedForFreshSignin, dialog } = useFreshSignin(session);
  const add = useMutation({
    mutationFn: () => createPasskey(),
    onSuccess: () => {
      passkeyOffer.clear();
      return queryClient.invalidateQueries(trpc.passkeys.list.queryFilter());
    },
    onError: (error) => askedForFreshSignin(error, () => add.mutate()),
  });

  if (add.isSuccess) {
    return (
      <section className="card banner-info stack" aria-labelledby="passkey-offer-title">
        <h2 id="passkey-offer-title">Passkey added</h2>
        <p>
          Next time, sign in with <strong>{add.data.name}</strong>: no email needed. You can rename
          or remove it in <Link to="/settings">Settings</Link>.
        </p>
        <div className="actions">
          <button type="button" className="button-secondary" onClick={onDone}>
            Done
          </button>
        </div>
      </section>
    );
  }
  const cancelled = add.isError && isCeremonyCancelled(add.error);
  const failed =
    add.isError && !cancelled && !needsFreshSignin(add.error)
      ? describePasskeyFailure(add.error)
      : undefined;
  return (
    <section className="card banner-info stack" aria-labelledby="passkey-offer-title">
      <h2 id="passkey-offer-title">Sign in faster next time: add a passkey</h2>
      <p>
        Use this device’s fingerprint, face or screen lock to sign in, instead of waiting for an
        email.
      </p>
      {failed && <ErrorBanner>{failed}</ErrorBanner>}
      {cancelled && <Notice>{PASSKEYS_MESSAGES.nothingAdded}</Notice>}
      <div className="actions">
        <AddPasskeyButton adding={add.isPending} onAdd={() => add.mutate()} />
        <button type="button" className="button-secondary" onClick={onDone}>
          Not now
        </button>
      </div>
      {dialog}
    </section>
  );
}
