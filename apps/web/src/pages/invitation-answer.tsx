import { acceptInvitationInput } from '@dyocense/api/invitation-schemas';
import type { RouterOutputs } from '@dyocense/client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { Field } from '../components/field';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { useSession } from '../session/session-context';
import { sessionInTenant } from '../session/tenant-session';
import { useSignOut } from '../session/use-sign-out';
import { useTRPC } from '../trpc';
import type { InvitationPreview } from './invitation-page';
import { InvitationProblem, problemOf } from './invitation-problem';

type JoinedAnswer = RouterOutputs['invitations']['accept'];

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function browserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return window.fetch(input, init);
}

/** "Ada invited you to join Test Shop as a member." A service that invited has no name. */
function invitedLine({ invited_by, tenant_name, role }: InvitationPreview): string {
  const as = role === 'admin' ? 'an admin' : 'a member';
  return invited_by
    ? `${invited_by} invited you to join ${tenant_name} as ${as}.`
    : `You are invited to join ${tenant_name} as ${as}.`;
}

interface InvitationAnswerProps {
  token: string;
  invitation: InvitationPreview;
}

/**
 * What the invited person may do, by who this browser is signed in as: nobody (accept, with a
 * name if the address has no account yet), the invited address (join), or someone else.
 */
export function InvitationAnswer({ token, invitation }: InvitationAnswerProps) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const { session, signIn } = useSession();
  const signOut = useSignOut();
  const onSuccess = async (answer: JoinedAnswer) => {
    signIn(await sessionInTenant(browserFetch, answer));
    await navigate('/home', { replace: true });
  };
  const accept = useMutation(trpc.invitations.accept.mutationOptions({ onSuccess }));
  const join = useMutation(trpc.invitations.join.mutationOptions({ onSuccess }));
  const failed = [accept, join].find((call) => call.isError)?.error;
  const problem = problemOf(failed);
  if (problem) return <InvitationProblem problem={problem} />;
  const failure = failed ? describeFailure(failed) : undefined;

  const business = invitation.tenant_name;
  const signedInAs = session?.user.email;
  const forThisAccount = signedInAs?.toLowerCase() === invitation.email.toLowerCase();

  return (
    <Screen title={`Join ${business}`}>
      <p className="lead">{invitedLine(invitation)}</p>
      <p className="muted">
        The invitation is for <strong>{invitation.email}</strong> and works until{' '}
        {WHEN.format(new Date(invitation.expires_at))}.
      </p>
      {failure && failure.kind !== 'fields' && <ErrorBanner>{failure.message}</ErrorBanner>}
      {!signedInAs && (
        <AcceptForm
          business={business}
          askName={!invitation.has_account}
          busy={accept.isPending || accept.isSuccess}
          serverErrors={failure?.kind === 'fields' ? failure.fields : undefined}
          onAccept={(name) => accept.mutate({ token, name, refresh_token_delivery: 'cookie' })}
        />
      )}
      {signedInAs && forThisAccount && (
        <div className="actions">
          <BusyButton
            className="button-primary"
            busy={join.isPending || join.isSuccess}
            busyLabel="Joining…"
            onClick={() => join.mutate({ token })}
          >
            Join {business}
          </BusyButton>
        </div>
      )}
      {signedInAs && !forThisAccount && (
        <div
          className="stack banner banner-info"
          role="region"
          aria-label="Signed in as another address"
        >
          <p>
            This invitation is for <strong>{invitation.email}</strong>, but you are signed in as{' '}
            <strong>{signedInAs}</strong>. Sign out, then continue as {invitation.email}.
          </p>
          <div className="actions">
            <BusyButton
              className="button-primary"
              busy={signOut.isPending}
              busyLabel="Signing out…"
              onClick={() => signOut.mutate()}
            >
              Sign out and continue
            </BusyButton>
          </div>
        </div>
      )}
    </Screen>
  );
}

interface AcceptFormProps {
  business: string;
  /** Someone new gives their name; an existing account already has one. */
  askName: boolean;
  busy: boolean;
  serverErrors: Record<string, string> | undefined;
  onAccept(name: string | undefined): void;
}

function AcceptForm({ business, askName, busy, serverErrors, onAccept }: AcceptFormProps) {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const shown = { ...serverErrors, ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!askName) return onAccept(undefined);
    const parsed = acceptInvitationInput.pick({ name: true }).required().safeParse({ name });
    if (!parsed.success) {
      setErrors({ name: parsed.error.issues[0]?.message ?? 'Enter your name' });
      return;
    }
    setErrors({});
    onAccept(parsed.data.name);
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={`Join ${business}`}>
      {askName && (
        <Field
          name="name"
          label="Your name"
          hint="How the others in the business will see you"
          error={shown.name}
        >
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
      )}
      <div className="actions">
        <BusyButton type="submit" className="button-primary" busy={busy} busyLabel="Joining…">
          Join {business}
        </BusyButton>
      </div>
    </form>
  );
}
