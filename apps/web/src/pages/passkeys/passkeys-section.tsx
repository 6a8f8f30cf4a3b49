import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeFailure } from '../../api-errors';
import { ErrorBanner, Notice } from '../../components/messages';
import type { Session } from '../../session/session-store';
import { useTRPC } from '../../trpc';
import { AddPasskeyButton } from './add-passkey-button';
import { useCreatePasskey } from './passkey-ceremonies';
import { describePasskeyFailure, isCeremonyCancelled } from './passkey-failure';
import { PasskeyRow } from './passkey-row';
import { needsFreshSignin, useFreshSignin } from './use-fresh-signin';

export const PASSKEYS_MESSAGES = {
  unsupported:
    'This browser cannot use passkeys. Sign in with an email link here, or manage your passkeys in a browser that supports them.',
  nothingAdded: 'Nothing was added.',
  none: 'You have no passkeys yet.',
} as const;

/**
 * Settings → Passkeys: the person's passkeys (name, added, last used), adding one with this
 * device, renaming and removing. Adding and removing need a recent sign-in.
 */
export function PasskeysSection({ session }: { session: Session }) {
  if (!browserSupportsWebAuthn()) {
    return (
      <section className="stack" aria-labelledby="passkeys-title">
        <h2 id="passkeys-title">Passkeys</h2>
        <p className="muted">{PASSKEYS_MESSAGES.unsupported}</p>
      </section>
    );
  }
  return <Passkeys session={session} />;
}

function Passkeys({ session }: { session: Session }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries(trpc.passkeys.list.queryFilter());
  const passkeys = useQuery(trpc.passkeys.list.queryOptions());
  const names = passkeys.data?.items.map((passkey) => passkey.name) ?? [];
  const { askedForFreshSignin, dialog } = useFreshSignin(session);
  const [added, setAdded] = useState<string>();
  const createPasskey = useCreatePasskey();

  const add = useMutation({
    mutationFn: () => createPasskey(names),
    onMutate: () => setAdded(undefined),
    onSuccess: (passkey) => {
      setAdded(passkey.name);
      return refresh();
    },
    onError: (error) => askedForFreshSignin(error, () => add.mutate()),
  });
  const rename = useMutation(trpc.passkeys.rename.mutationOptions({ onSuccess: refresh }));
  const remove = useMutation(
    trpc.passkeys.remove.mutationOptions({
      onSuccess: refresh,
      onError: (error, input) => askedForFreshSignin(error, () => remove.mutate(input)),
    }),
  );

  const cancelled = add.isError && isCeremonyCancelled(add.error);
  const failed = [passkeys, add, remove].find(
    (call) => call.isError && !needsFreshSignin(call.error) && !isCeremonyCancelled(call.error),
  )?.error;

  return (
    <section className="stack" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">Passkeys</h2>
      <p>
        Sign in with your fingerprint, face or screen lock instead of an email link. A passkey stays
        on your device or in your password manager; nobody else can use it.
      </p>
      {failed && (
        <ErrorBanner>
          {passkeys.isError ? describeFailure(failed).message : describePasskeyFailure(failed)}
        </ErrorBanner>
      )}
      {cancelled && <Notice>{PASSKEYS_MESSAGES.nothingAdded}</Notice>}
      {added && <Notice>Passkey added: {added}. Rename it below if you like.</Notice>}
      {passkeys.isPending && <p role="status">Loading your passkeys…</p>}
      {passkeys.data?.items.length === 0 && <p>{PASSKEYS_MESSAGES.none}</p>}
      <ul className="passkeys" aria-label="Your passkeys">
        {passkeys.data?.items.map((passkey) => (
          <PasskeyRow
            key={passkey.id}
            passkey={passkey}
            renaming={rename.isPending && rename.variables.id === passkey.id}
            renameError={
              rename.isError && rename.variables.id === passkey.id ? rename.error : undefined
            }
            onRename={(name, done) => rename.mutate({ id: passkey.id, name }, { onSuccess: done })}
            removing={remove.isPending && remove.variables.id === passkey.id}
            onRemove={() => remove.mutate({ id: passkey.id })}
          />
        ))}
      </ul>
      <div className="actions">
        <AddPasskeyButton adding={add.isPending} onAdd={() => add.mutate()} />
      </div>
      {dialog}
    </section>
  );
}
