import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ErrorBanner } from '../../components/messages';
import { useSession } from '../../session/session-context';
import { useTRPC } from '../../trpc';

/** Asks the server to start connecting `provider`; the answer is where the browser goes next. */
async function startConnecting(provider: string, jwt: string | undefined): Promise<string> {
  const response = await window.fetch(`/v1/auth/${encodeURIComponent(provider)}/connect`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt ?? ''}` },
    body: '{}',
    credentials: 'same-origin',
  });
  const answer = (await response.json().catch(() => ({}))) as { authorize_url?: string };
  if (!response.ok || !answer.authorize_url) throw new Error('connect refused');
  return answer.authorize_url;
}

/**
 * The settings section where a signed-in person connects Google, GitHub and the like. This is
 * the only way a provider joins an existing account: never by a matching email alone.
 */
export function ConnectedProviders() {
  const trpc = useTRPC();
  const { accessToken } = useSession();
  const providers = useQuery(trpc.auth.providers.queryOptions(undefined, { staleTime: 300_000 }));
  const identities = useQuery(trpc.auth.identities.queryOptions());
  const [connecting, setConnecting] = useState<string>();
  const [failed, setFailed] = useState(false);
  const items = providers.data?.items ?? [];
  if (items.length === 0) return null;
  const connected = new Set(identities.data?.items.map((identity) => identity.provider));

  async function connect(provider: string) {
    setConnecting(provider);
    setFailed(false);
    try {
      window.location.assign(await startConnecting(provider, await accessToken()));
    } catch {
      setConnecting(undefined);
      setFailed(true);
    }
  }

  return (
    <section className="stack" aria-labelledby="providers-title">
      <h2 id="providers-title">Sign-in providers</h2>
      <p>Connect a provider to sign in with it instead of an emailed link.</p>
      {failed && <ErrorBanner>We could not start connecting. Please try again.</ErrorBanner>}
      <ul className="sessions">
        {items.map((provider) => (
          <li key={provider.id} className="actions">
            <span>{provider.name}</span>
            {connected.has(provider.id) ? (
              <span className="field-hint">Connected</span>
            ) : (
              <BusyButton
                className="button-secondary"
                busy={connecting === provider.id}
                busyLabel="Connecting…"
                onClick={() => void connect(provider.id)}
              >
                Connect {provider.name}
              </BusyButton>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
