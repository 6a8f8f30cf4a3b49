import { inviteInput, type InviteInput } from '@dyocense/api/invitation-schemas';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { fieldErrorsOf } from '../components/form-errors';
import { ErrorBanner, Notice } from '../components/messages';
import { useTRPC } from '../trpc';
import { ROLE_NAMES } from './member-row';

type InvitedRole = InviteInput['role'];

// Member first: the role that gives least is the one to start from.
const INVITED_ROLES: InvitedRole[] = ['member', 'admin'];

/** Invites someone by email; the answer is the same whether or not they have an account. */
export function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<InvitedRole>('member');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const invite = useMutation(
    trpc.invitations.create.mutationOptions({
      onSuccess: () => {
        setEmail('');
        return queryClient.invalidateQueries(trpc.invitations.list.queryFilter());
      },
    }),
  );
  const failure = invite.isError ? describeFailure(invite.error) : undefined;
  const shown = { ...(failure?.kind === 'fields' ? failure.fields : {}), ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = inviteInput.safeParse({ email, role });
    if (!parsed.success) {
      setErrors(fieldErrorsOf(parsed.error));
      return;
    }
    setErrors({});
    invite.mutate(parsed.data);
  }

  return (
    <form className="stack card" onSubmit={submit} noValidate aria-label="Invite someone">
      <h3>Invite someone</h3>
      {failure && failure.kind !== 'fields' && <ErrorBanner>{failure.message}</ErrorBanner>}
      {invite.isSuccess && <Notice>We emailed an invitation to {invite.data.email}.</Notice>}
      <Field name="invite-email" label="Their email" error={shown.email}>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            value={email}
            maxLength={254}
            onChange={(event) => setEmail(event.target.value)}
          />
        )}
      </Field>
      <Field
        name="invite-role"
        label="Their role"
        hint="Admins invite and manage the team; members see the plans and the team."
        error={shown.role}
      >
        {(control) => (
          <select
            {...control}
            value={role}
            onChange={(event) => setRole(event.target.value as InvitedRole)}
          >
            {INVITED_ROLES.map((given) => (
              <option key={given} value={given}>
                {ROLE_NAMES[given]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="actions">
        <BusyButton
          type="submit"
          className="button-primary"
          busy={invite.isPending}
          busyLabel="Sending…"
        >
          Send invitation
        </BusyButton>
      </div>
    </form>
  );
}
