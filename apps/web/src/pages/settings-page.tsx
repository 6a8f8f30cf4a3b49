import type { RouterOutputs } from '@dyocense/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { describeFailure } from '../api-errors';
import { BusyButton } from '../components/busy-button';
import { ConfirmedAction } from '../components/confirmed-action';
import { ErrorBanner } from '../components/messages';
import { Screen } from '../components/screen';
import { SignedInOnly } from '../components/signed-in-only';
import type { Session } from '../session/session-store';
import { useSignOutEverywhere } from '../session/use-sign-out';
import { useTRPC } from '../trpc';
import { Members } from './members';
import { PasskeysSection } from './passkeys/passkeys-section';
import { ConnectedProviders } from './providers/connected-providers';
import { ServiceCredentials } from './service-credentials';

type DeviceSession = RouterOutputs['auth']['sessions']['items'][number];

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function SettingsPage() {
  return <SignedInOnly>{(session) => <Settings session={session} />}</SignedInOnly>;
}

function Settings({ session }: { session: Session }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.auth.sessions.queryOptions());
  const revoke = useMutation(
    trpc.auth.revokeSession.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.auth.sessions.queryFilter()),
    }),
  );
  const signOutEverywhere = useSignOutEverywhere();
  const failed = [sessions, revoke, signOutEverywhere].find((call) => call.isError);

  return (
    <Screen title="Sessions">
      <p>
        The devices where you are signed in. Sign out of any you do not recognise or no longer use.
      </p>
      {failed?.error && <ErrorBanner>{describeFailure(failed.error).message}</ErrorBanner>}
      {sessions.isPending && <p role="status">Loading your sessions…</p>}
      <ul className="sessions" aria-label="Your sessions">
        {thisDeviceFirst(sessions.data?.items ?? []).map((session) => (
          <SessionRow
            key={session.id}
            session={session}
            signingOut={revoke.isPending && revoke.variables.id === session.id}
            onSignOut={() => revoke.mutate({ id: session.id })}
          />
        ))}
      </ul>
      <ConfirmedAction
        label="Sign out everywhere"
        question="Sign out on every device, this one too? Each needs a new sign-in link afterwards."
        groupLabel="Confirm signing out everywhere"
        confirmLabel="Yes, sign out everywhere"
        busy={signOutEverywhere.isPending}
        busyLabel="Signing out…"
        onConfirm={() => signOutEverywhere.mutate()}
      />
      <div className="actions">
        <Link to="/home">Back to your plans</Link>
      </div>
      <PasskeysSection session={session} />
      <ConnectedProviders />
      <Members />
      <ServiceCredentials />
    </Screen>
  );
}

function thisDeviceFirst(sessions: DeviceSession[]): DeviceSession[] {
  return [...sessions].sort((a, b) => Number(b.current) - Number(a.current));
}

interface SessionRowProps {
  session: DeviceSession;
  signingOut: boolean;
  onSignOut(): void;
}

function SessionRow({ session, signingOut, onSignOut }: SessionRowProps) {
  const device = session.device ?? 'Unknown device';
  const lastUsed = WHEN.format(new Date(session.last_used_at));
  return (
    <li className="card session">
      <div>
        <p className="session-device">
          <strong>{device}</strong>
          {session.current && <span className="badge">This device</span>}
        </p>
        <p className="muted">Last used {lastUsed}</p>
      </div>
      {!session.current && (
        <BusyButton
          className="button-secondary"
          aria-label={`Sign out ${device}, last used ${lastUsed}`}
          busy={signingOut}
          busyLabel="Signing out…"
          onClick={onSignOut}
        >
          Sign out
        </BusyButton>
      )}
    </li>
  );
}
