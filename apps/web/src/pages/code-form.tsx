import { verifyCodeInput } from '@dyocense/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { linkNonce } from '../session/browser-link-nonce';
import type { Session } from '../session/session-store';
import { useTRPC } from '../trpc';

const NO_NONCE =
  'This browser no longer holds what the code needs. Open the link in the email, or send a new one.';

interface CodeFormProps {
  email: string;
  onSignedIn(session: Session): void;
}

/**
 * The code from the email, for when the link would open elsewhere (a phone's mail app, another
 * browser). It works only here: the server binds it to this browser's link nonce.
 */
export function CodeForm({ email, onSignedIn }: CodeFormProps) {
  const trpc = useTRPC();
  const verifyCode = useMutation(trpc.auth.verifyCode.mutationOptions());
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  function showError(message: string) {
    setError(message);
    focusFirstError();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The server's own rule: 8 digits, spaces and hyphens between them dropped.
    const checked = verifyCodeInput.shape.code.safeParse(code);
    if (!checked.success) return showError(checked.error.issues[0]?.message ?? '');
    const nonce = linkNonce.read();
    if (!nonce) return showError(NO_NONCE);
    verifyCode.mutate(
      { email, code: checked.data, nonce, refresh_token_delivery: 'cookie' },
      {
        onSuccess: onSignedIn,
        onError(failed) {
          const failure = describeFailure(failed);
          const fieldMessage = failure.kind === 'fields' ? failure.fields.code : undefined;
          showError(fieldMessage ?? failure.message);
        },
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="stack">
      <Field
        name="code"
        label="Code from the email"
        hint="8 digits, like 1234 5678. It works in this browser only."
        error={error}
      >
        {(control) => (
          <input
            {...control}
            className="code-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={20}
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <BusyButton
        type="submit"
        className="button-primary"
        busy={verifyCode.isPending || verifyCode.isSuccess}
        busyLabel="Signing you in…"
      >
        Sign in with the code
      </BusyButton>
    </form>
  );
}
