import {
  createServiceClientInput,
  SERVICE_SCOPE_NAMES,
  SERVICE_SCOPES,
  type ServiceScope,
} from '@dyocense/api/service-client-schemas';
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { fieldErrorsOf } from '../components/form-errors';

interface ServiceClientFormProps {
  busy: boolean;
  /** Field errors from the server (`data.fields`), shown under their fields. */
  serverErrors?: Record<string, string> | undefined;
  onCreate(input: { name: string; scopes: ServiceScope[] }): void;
}

/** Registers a service client: a name the owner will recognise, and what it may do. */
export function ServiceClientForm({ busy, serverErrors, onCreate }: ServiceClientFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ServiceScope[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverErrors, ...errors };

  function toggle(scope: ServiceScope, on: boolean) {
    setScopes((current) => (on ? [...current, scope] : current.filter((s) => s !== scope)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = createServiceClientInput.safeParse({ name, scopes });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    onCreate(parsed.data);
    setName('');
    setScopes([]);
  }

  return (
    <form className="stack card" onSubmit={submit} noValidate aria-label="New service client">
      <Field
        name="name"
        label="Service name"
        hint="For example: Billing, Reporting"
        error={shown.name}
      >
        {(control) => (
          <input
            {...control}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <fieldset
        className="field scopes"
        aria-describedby={shown.scopes ? 'scopes-error' : undefined}
      >
        <legend>What it may do</legend>
        {SERVICE_SCOPE_NAMES.map((scope) => (
          <label key={scope} className="scope-choice">
            <input
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />
            <span>
              <code>{scope}</code>: {SERVICE_SCOPES[scope]}
            </span>
          </label>
        ))}
        {shown.scopes && (
          <p id="scopes-error" className="field-error">
            {shown.scopes}
          </p>
        )}
      </fieldset>
      <div className="actions">
        <BusyButton type="submit" className="button-primary" busy={busy} busyLabel="Creating…">
          Create credentials
        </BusyButton>
      </div>
    </form>
  );
}
