import type { RouterOutputs } from '@dyocense/client';
import { linkRequestInput } from '@dyocense/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { ErrorBanner } from '../components/messages';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { linkNonce } from '../session/browser-link-nonce';
import { useTRPC } from '../trpc';

interface SigninFormProps {
  initialEmail: string;
  /** Called with the address typed and the server's answer (a token only in development). */
  onLinkRequested(email: string, answer: RouterOutputs['auth']['signin']): void;
}

export function SigninForm({ initialEmail, onLinkRequested }: SigninFormProps) {
  const trpc = useTRPC();
  const signin = useMutation(trpc.auth.signin.mutationOptions());
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string>();
  const [banner, setBanner] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  function showError(message: string | undefined) {
    setError(message);
    focusFirstError();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBanner(undefined);
    const checked = linkRequestInput.safeParse({ email });
    if (!checked.success) {
      showError(checked.error.issues[0]?.message);
      return;
    }
    signin.mutate(
      { email: checked.data.email, nonce: linkNonce.start() },
      {
        onSuccess: (answer) => onLinkRequested(email, answer),
        onError(failed) {
          const failure = describeFailure(failed);
          if (failure.kind === 'fields') showError(failure.fields.email);
          setBanner(failure.message);
        },
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="stack">
      {banner && <ErrorBanner>{banner}</ErrorBanner>}
      <Field name="email" label="Email" error={error}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="username webauthn"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <BusyButton
        type="submit"
        className="button-primary"
        busy={signin.isPending}
        busyLabel="Sending your link…"
      >
        Email me a sign-in link
      </BusyButton>
    </form>
  );
}
