import { accountsErrorReason, type RouterOutputs } from '@dyocense/client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeFailure } from '../api-errors';
import { ConfirmedAction } from '../components/confirmed-action';
import { ErrorBanner } from '../components/messages';
import { useTRPC } from '../trpc';
import { ServiceClientForm } from './service-client-form';

type ServiceClient = RouterOutputs['serviceClients']['list']['items'][number];
type Created = RouterOutputs['serviceClients']['create'];

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null, never = 'never') => (iso ? WHEN.format(new Date(iso)) : never);

/**
 * The Settings section where the tenant's owner registers the services that call the API as
 * themselves (OAuth client credentials), sees each secret once, and revokes them.
 */
export function ServiceCredentials() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const clients = useQuery(trpc.serviceClients.list.queryOptions(undefined, { retry: false }));
  const refresh = () => queryClient.invalidateQueries(trpc.serviceClients.list.queryFilter());
  const [created, setCreated] = useState<Created>();
  const create = useMutation(
    trpc.serviceClients.create.mutationOptions({
      onSuccess: (answer) => {
        setCreated(answer);
        return refresh();
      },
    }),
  );
  const revoke = useMutation(trpc.serviceClients.revoke.mutationOptions({ onSuccess: refresh }));

  if (accountsErrorReason(clients.error) === 'PERMISSION_REQUIRED') {
    return (
      <section className="stack" aria-labelledby="service-credentials-title">
        <h2 id="service-credentials-title">Service credentials</h2>
        <p className="muted">Only your business’s owners manage service credentials.</p>
      </section>
    );
  }
  const failed = [clients, create, revoke].find((call) => call.isError)?.error;
  const failure = failed ? describeFailure(failed) : undefined;

  return (
    <section className="stack" aria-labelledby="service-credentials-title">
      <h2 id="service-credentials-title">Service credentials</h2>
      <p>
        Let another service call the Dyocense API as itself: it trades its client id and secret for
        short-lived tokens that can do only what you allow here.
      </p>
      {failure && failure.kind !== 'fields' && <ErrorBanner>{failure.message}</ErrorBanner>}
      {created && <NewSecret created={created} onDone={() => setCreated(undefined)} />}
      <ServiceClientForm
        busy={create.isPending}
        serverErrors={failure?.kind === 'fields' ? failure.fields : undefined}
        onCreate={(input) => create.mutate(input)}
      />
      {clients.isPending && <p role="status">Loading service credentials…</p>}
      {clients.data?.items.map((client) => (
        <ServiceClientCard
          key={client.client_id}
          client={client}
          revoking={revoke.isPending && revoke.variables.client_id === client.client_id}
          onRevoke={() => revoke.mutate({ client_id: client.client_id })}
        />
      ))}
    </section>
  );
}

/** The new client's secret, this once: only its hash is kept, so it cannot be shown again. */
function NewSecret({ created, onDone }: { created: Created; onDone(): void }) {
  const [copied, setCopied] = useState<'yes' | 'failed'>();
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.client_secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <div className="card banner-info" role="region" aria-label="New client secret">
      <p>
        <strong>Copy the secret of {created.client.name} now: you will not see it again.</strong>
      </p>
      <p>
        Client id <code>{created.client.client_id}</code>
      </p>
      <label htmlFor="new-client-secret">Client secret</label>
      <input
        id="new-client-secret"
        readOnly
        value={created.client_secret}
        onFocus={(e) => e.target.select()}
      />
      <div className="actions">
        <button type="button" className="button-primary" onClick={() => void copy()}>
          {copied === 'yes' ? 'Copied' : 'Copy secret'}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          I have stored it
        </button>
      </div>
      {copied === 'failed' && <p role="alert">Copying failed; select the secret and copy it.</p>}
    </div>
  );
}

interface ServiceClientCardProps {
  client: ServiceClient;
  revoking: boolean;
  onRevoke(): void;
}

function ServiceClientCard({ client, revoking, onRevoke }: ServiceClientCardProps) {
  return (
    <article className="card service-client" aria-label={`Service ${client.name}`}>
      <p className="session-device">
        <strong>{client.name}</strong>
        {client.revoked_at && <span className="badge">Revoked {when(client.revoked_at)}</span>}
      </p>
      <p className="muted">
        <code>{client.client_id}</code> · {client.scopes.join(', ')}
      </p>
      <p className="muted">
        Created {when(client.created_at)} · last used {when(client.last_used_at)}
      </p>
      {!client.revoked_at && (
        <ConfirmedAction
          label="Revoke"
          question={`Revoke ${client.name}? Its tokens stop working at once.`}
          groupLabel={`Confirm revoking ${client.name}`}
          confirmLabel="Yes, revoke"
          busy={revoking}
          busyLabel="Revoking…"
          onConfirm={onRevoke}
        />
      )}
    </article>
  );
}
