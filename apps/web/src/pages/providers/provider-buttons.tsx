import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../trpc';
import { ProviderLogo } from './provider-logo';
import { providersInPage } from './providers-in-page';

// Read once: the page does not change while the app runs.
const PROVIDERS_IN_PAGE = providersInPage();

/**
 * "Continue with Google" and the like, one per configured provider. Plain links: the browser
 * leaves for the provider and comes back through the server, which hands over the session.
 */
export function ProviderButtons({ next = '/home' }: { next?: string }) {
  const trpc = useTRPC();
  const providers = useQuery(
    trpc.auth.providers.queryOptions(undefined, {
      staleTime: 300_000,
      initialData: PROVIDERS_IN_PAGE,
    }),
  );
  const items = providers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <div className="stack providers">
      {items.map((provider) => (
        <a
          key={provider.id}
          className="button-secondary"
          href={`${provider.authorize_url}?${new URLSearchParams({ next })}`}
        >
          <ProviderLogo providerId={provider.id} />
          Continue with {provider.name}
        </a>
      ))}
      <p className="divider">or with your email</p>
    </div>
  );
}
