import { requestRefresh } from '../../session/refresh-request';
import type { Session } from '../../session/session-store';

/**
 * After a provider's sign-in the server has set only the HttpOnly refresh cookie (no token ever
 * travels in an address): one refresh turns it into a session, and the tenant's default
 * workspace completes what the app keeps.
 */
export async function sessionFromCookie(fetchFn: typeof fetch): Promise<Session | undefined> {
  const attempt = await requestRefresh(fetchFn);
  if (attempt.kind !== 'refreshed') return undefined;
  const { answer } = attempt;
  const response = await fetchFn('/v1/tenants/me/projects', {
    headers: { authorization: `Bearer ${answer.jwt}` },
  }).catch(() => undefined);
  if (!response?.ok) return undefined;
  const { items } = (await response.json()) as { items: { id: string; is_default: boolean }[] };
  const workspace = items.find((item) => item.is_default) ?? items[0];
  return { ...answer, workspace_id: workspace?.id ?? '' };
}
