import type { RouterOutputs } from '@dyocense/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ErrorBanner, Notice } from '../components/messages';
import { useTRPC } from '../trpc';
import { ROLE_NAMES } from './member-row';

type Invitation = RouterOutputs['invitations']['list']['items'][number];

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The invitations not yet accepted (expired ones too, to send again); those who invite may
 * resend or revoke each.
 */
export function PendingInvitations({ mayInvite }: { mayInvite: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invitations = useQuery(trpc.invitations.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries(trpc.invitations.list.queryFilter());
  const resend = useMutation(trpc.invitations.resend.mutationOptions({ onSuccess: refresh }));
  const revoke = useMutation(trpc.invitations.revoke.mutationOptions({ onSuccess: refresh }));
  const failed = [invitations, resend, revoke].find((call) => call.isError)?.error;
  const items = invitations.data?.items ?? [];

  if (!failed && items.length === 0 && !resend.isSuccess) return null;
  return (
    <section className="stack" aria-labelledby="pending-invitations-title">
      <h3 id="pending-invitations-title">Pending invitations</h3>
      {failed && <ErrorBanner>{describeFailure(failed).message}</ErrorBanner>}
      {resend.isSuccess && <Notice>We sent a new invitation to {resend.data.email}.</Notice>}
      <ul className="members">
        {items.map((invitation) => (
          <InvitationRow
            key={invitation.id}
            invitation={invitation}
            mayInvite={mayInvite}
            resending={resend.isPending && resend.variables.invitation_id === invitation.id}
            revoking={revoke.isPending && revoke.variables.invitation_id === invitation.id}
            onResend={() => resend.mutate({ invitation_id: invitation.id })}
            onRevoke={() => revoke.mutate({ invitation_id: invitation.id })}
          />
        ))}
      </ul>
    </section>
  );
}

interface InvitationRowProps {
  invitation: Invitation;
  mayInvite: boolean;
  resending: boolean;
  revoking: boolean;
  onResend(): void;
  onRevoke(): void;
}

function InvitationRow({ invitation, mayInvite, ...actions }: InvitationRowProps) {
  const { email, role, invited_by, expires_at, status } = invitation;
  const expiry = `${status === 'expired' ? 'expired' : 'expires'} ${WHEN.format(new Date(expires_at))}`;
  return (
    <li className="card member" aria-label={`Invitation for ${email}`}>
      <div className="member-who">
        <p className="member-email">
          <strong>{email}</strong> <span className="badge">{ROLE_NAMES[role]}</span>
        </p>
        <p className="muted">
          {invited_by ? `Invited by ${invited_by}` : 'Invited by a service'} · {expiry}
        </p>
      </div>
      {mayInvite && (
        <div className="actions">
          <BusyButton
            className="button-secondary"
            aria-label={`Resend the invitation for ${email}`}
            busy={actions.resending}
            busyLabel="Sending…"
            onClick={actions.onResend}
          >
            Resend
          </BusyButton>
          <BusyButton
            className="button-secondary"
            aria-label={`Revoke the invitation for ${email}`}
            busy={actions.revoking}
            busyLabel="Revoking…"
            onClick={actions.onRevoke}
          >
            Revoke
          </BusyButton>
        </div>
      )}
    </li>
  );
}
