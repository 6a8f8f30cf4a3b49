import { passkeyNameSchema } from '@dyocense/api/passkey-schemas';
import type { RouterOutputs } from '@dyocense/client';
import { useRef, useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ConfirmedAction } from '../../components/confirmed-action';
import { Field } from '../../components/field';
import { useFocusFirstError } from '../../components/use-focus-first-error';
import { describeFailure } from '../../api-errors';
import { describePasskeyFailure } from './passkey-failure';

type Passkey = RouterOutputs['passkeys']['list']['items'][number];

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null) => (iso ? WHEN.format(new Date(iso)) : 'never');

interface PasskeyRowProps {
  passkey: Passkey;
  renaming: boolean;
  renameError: unknown;
  /** Saves the new name; `done` closes the form once saved. */
  onRename(name: string, done: () => void): void;
  removing: boolean;
  onRemove(): void;
}

export function PasskeyRow({
  passkey,
  renaming,
  renameError,
  onRename,
  removing,
  onRemove,
}: PasskeyRowProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li className="card passkey" aria-label={passkey.name}>
      <div>
        <p className="session-device">
          <strong>{passkey.name}</strong>
          {passkey.backed_up && <span className="badge">Synced</span>}
        </p>
        <p className="muted">
          Added {when(passkey.created_at)} · last used {when(passkey.last_used_at)}
        </p>
      </div>
      {editing ? (
        <RenameForm
          passkey={passkey}
          busy={renaming}
          serverError={renameError}
          onSave={(name) => onRename(name, () => setEditing(false))}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button-secondary"
            aria-label={`Rename ${passkey.name}`}
            onClick={() => setEditing(true)}
          >
            Rename
          </button>
          <ConfirmedAction
            label="Remove"
            labelForScreenReaders={`Remove ${passkey.name}`}
            question={`Remove ${passkey.name}? It no longer signs you in; remove it from your device’s passwords too.`}
            groupLabel={`Confirm removing ${passkey.name}`}
            confirmLabel="Yes, remove"
            busy={removing}
            busyLabel="Removing…"
            onConfirm={onRemove}
          />
        </div>
      )}
    </li>
  );
}

interface RenameFormProps {
  passkey: Passkey;
  busy: boolean;
  serverError: unknown;
  onSave(name: string): void;
  onCancel(): void;
}

function RenameForm({ passkey, busy, serverError, onSave, onCancel }: RenameFormProps) {
  const [name, setName] = useState(passkey.name);
  const [error, setError] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  const focusFirstError = useFocusFirstError(form);
  const failure = serverError ? describeFailure(serverError) : undefined;
  const shownError =
    error ??
    (failure?.kind === 'fields'
      ? failure.fields.name
      : serverError
        ? describePasskeyFailure(serverError)
        : undefined);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = passkeyNameSchema.safeParse(name);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      focusFirstError();
      return;
    }
    onSave(checked.data);
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className="stack"
      aria-label={`Rename ${passkey.name}`}
    >
      <Field name={`passkey-name-${passkey.id}`} label="Name of the passkey" error={shownError}>
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            maxLength={120}
            value={name}
            autoFocus
            onChange={(event) => {
              setName(event.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <div className="actions">
        <BusyButton type="submit" className="button-primary" busy={busy} busyLabel="Saving…">
          Save name
        </BusyButton>
        <button type="button" className="button-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
