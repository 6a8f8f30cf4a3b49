import { INTENTS, providerSignupInput, type Intent } from '@dyocense/api/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { MESSAGES } from '../../api-errors';
import { BusyButton } from '../../components/busy-button';
import { Field } from '../../components/field';
import { ErrorBanner } from '../../components/messages';
import { Screen } from '../../components/screen';
import { useFocusFirstError } from '../../components/use-focus-first-error';
import { INTENT_LABELS } from '../intent-labels';

/** The server keeps the provider's identity; the flow cookie tells it which one is this browser's. */
const SIGNUP_PATH = '/v1/auth/providers/signup';

type Answer =
  | { kind: 'done'; next: string }
  | { kind: 'field'; message: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'failed' };

async function sendBusinessName(body: { business_name: string; intent: Intent }): Promise<Answer> {
  const response = await window
    .fetch(SIGNUP_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
    .catch(() => undefined);
  const answer = (await response?.json().catch(() => undefined)) as
    { next?: string; data?: { reason?: string; fields?: Record<string, string> } } | undefined;
  if (response?.ok && answer?.next) return { kind: 'done', next: answer.next };
  const field = answer?.data?.fields?.business_name;
  if (field) return { kind: 'field', message: field };
  if (answer?.data?.reason) return { kind: 'refused', reason: answer.data.reason };
  return { kind: 'failed' };
}

/** `/signup/business`: the one question a provider could not answer before the account exists. */
export function BusinessNamePage() {
  const navigate = useNavigate();
  const [businessName, setBusinessName] = useState('');
  const [intent, setIntent] = useState<Intent>('launch');
  const [error, setError] = useState<string>();
  const [banner, setBanner] = useState<string>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBanner(undefined);
    const checked = providerSignupInput.safeParse({ business_name: businessName, intent });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      focusFirstError();
      return;
    }
    setBusy(true);
    const answer = await sendBusinessName({ business_name: businessName, intent });
    setBusy(false);
    if (answer.kind === 'done') {
      void navigate(`/signin/complete?${new URLSearchParams({ next: answer.next })}`, {
        replace: true,
      });
    } else if (answer.kind === 'refused') {
      void navigate(`/signin/problem?${new URLSearchParams({ reason: answer.reason })}`, {
        replace: true,
      });
    } else if (answer.kind === 'field') {
      setError(answer.message);
      focusFirstError();
    } else {
      setBanner(MESSAGES.serverFault);
    }
  }

  return (
    <Screen title="Name your business">
      <p className="lead">One last thing before we set up your account and a sample plan.</p>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate className="stack">
        {banner && <ErrorBanner>{banner}</ErrorBanner>}
        <Field name="business_name" label="Business name" error={error}>
          {(control) => (
            <input
              {...control}
              autoComplete="organization"
              value={businessName}
              onChange={(event) => {
                setBusinessName(event.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <Field name="intent" label="What do you want to do first?">
          {(control) => (
            <select
              {...control}
              value={intent}
              onChange={(event) => setIntent(event.target.value as Intent)}
            >
              {INTENTS.map((option) => (
                <option key={option} value={option}>
                  {INTENT_LABELS[option]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <BusyButton
          type="submit"
          className="button-primary"
          busy={busy}
          busyLabel="Creating your account…"
        >
          Create my account
        </BusyButton>
      </form>
    </Screen>
  );
}
