import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeFailure } from '../api-errors';
import { useSession } from '../session/session-context';
import type { Session } from '../session/session-store';
import { sessionInTenant } from '../session/tenant-session';
import { useTRPC } from '../trpc';
import { BusyButton } from './busy-button';

function browserFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return window.fetch(input, init);
}

/**
 * The header's choice of business, for a person who belongs to more than one. A switch moves
 * this session (and so every tab) to the other tenant; useFollowTenant then reloads the data.
 */
export function TenantSwitcher() {
  const { session } = useSession();
  if (!session) return null;
  // A new tenant starts the form afresh: its choice and any error belonged to the last one.
  return <Switcher key={session.tenant_id} session={session} />;
}

function Switcher({ session }: { session: Session }) {
  const trpc = useTRPC();
  const { signIn } = useSession();
  const memberships = useQuery(trpc.auth.memberships.queryOptions());
  const [chosen, setChosen] = useState(session.tenant_id);
  const switchTenant = useMutation(
    trpc.auth.switchTenant.mutationOptions({
      onSuccess: async (answer) => signIn(await sessionInTenant(browserFetch, answer)),
    }),
  );

  const businesses = memberships.data?.items ?? [];
  if (businesses.length < 2) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (chosen !== session.tenant_id) switchTenant.mutate({ tenant_id: chosen });
  }

  return (
    <form className="tenant-switcher" onSubmit={submit} aria-label="Switch business">
      <label htmlFor="tenant-switcher-business">Business</label>
      <select
        id="tenant-switcher-business"
        value={chosen}
        onChange={(event) => setChosen(event.target.value)}
      >
        {businesses.map((business) => (
          <option key={business.tenant_id} value={business.tenant_id}>
            {business.name}
          </option>
        ))}
      </select>
      <BusyButton
        type="submit"
        className="button-secondary"
        busy={switchTenant.isPending}
        busyLabel="Switching…"
        disabled={chosen === session.tenant_id}
      >
        Switch
      </BusyButton>
      {switchTenant.isError && (
        <p role="alert" className="field-error">
          {describeFailure(switchTenant.error).message}
        </p>
      )}
    </form>
  );
}
