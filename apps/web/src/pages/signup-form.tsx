import type { RouterOutputs } from '@dyocense/client';
import { INTENTS, type SignupInput } from '@dyocense/api/schemas';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { ErrorBanner } from '../components/messages';
import { useFocusFirstError } from '../components/use-focus-first-error';
import { linkNonce } from '../session/browser-link-nonce';
import { useTRPC } from '../trpc';
import { INTENT_LABELS } from './intent-labels';
import {
  validateSignup,
  type FieldErrors,
  type SignupField,
  type SignupValues,
} from './signup-values';

interface SignupFormProps {
  initialValues: SignupValues;
  /** Called with what was sent and the server's answer (a token only in development). */
  onSignedUp(input: SignupInput, answer: RouterOutputs['auth']['signup']): void;
}

export function SignupForm({ initialValues, onSignedUp }: SignupFormProps) {
  const trpc = useTRPC();
  const signup = useMutation(trpc.auth.signup.mutationOptions());
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string>();
  const form = useRef<HTMLFormElement>(null);

  const focusFirstError = useFocusFirstError(form);

  function showFieldErrors(fields: FieldErrors) {
    setErrors(fields);
    focusFirstError();
  }

  function change(field: SignupField) {
    return (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => {
      setValues((current) => ({ ...current, [field]: event.target.value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBanner(undefined);
    const checked = validateSignup(values);
    if (!checked.ok) {
      showFieldErrors(checked.fields);
      return;
    }
    signup.mutate(
      { ...checked.input, nonce: linkNonce.start() },
      {
        onSuccess: (answer) => onSignedUp(checked.input, answer),
        onError(error) {
          const failure = describeFailure(error);
          if (failure.kind === 'fields') showFieldErrors(failure.fields);
          setBanner(failure.message);
        },
      },
    );
  }

  function textField(
    field: 'email' | 'name' | 'business_name',
    label: string,
    input: { type?: 'email'; autoComplete: string },
  ) {
    return (
      <Field name={field} label={label} error={errors[field]}>
        {(control) => (
          <input {...control} {...input} value={values[field]} onChange={change(field)} />
        )}
      </Field>
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="stack">
      {banner && <ErrorBanner>{banner}</ErrorBanner>}
      {textField('email', 'Email', { type: 'email', autoComplete: 'email' })}
      {textField('name', 'Your name', { autoComplete: 'name' })}
      {textField('business_name', 'Business name', { autoComplete: 'organization' })}
      <Field
        name="intent"
        label="What do you want to do first?"
        hint="We start you with a sample plan for it."
        error={errors.intent}
      >
        {(control) => (
          <select {...control} value={values.intent} onChange={change('intent')}>
            {INTENTS.map((intent) => (
              <option key={intent} value={intent}>
                {INTENT_LABELS[intent]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="use_case"
        label="What will you use Dyocense for? (optional)"
        error={errors.use_case}
      >
        {(control) => (
          <textarea {...control} rows={3} value={values.use_case} onChange={change('use_case')} />
        )}
      </Field>
      <BusyButton
        type="submit"
        className="button-primary"
        busy={signup.isPending}
        busyLabel="Creating your account…"
      >
        Create my account
      </BusyButton>
    </form>
  );
}
