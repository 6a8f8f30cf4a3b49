import type { RefreshAnswer } from './refresh-request';
import type { Session } from './session-store';

/**
 * What the browser keeps for a JWT in a tenant it was not in (an accepted invitation, a switch
 * of business): the answer plus that tenant's default workspace, which the home page names.
 * When the workspaces cannot be read, the workspace stays unnamed rather than another tenant's.
 */
export async function sessionInTenant(
  fetchFn: typeof fetch,
  answer: RefreshAnswer,
): Promise<Session> {
  const response = await fetchFn('/v1/tenants/me/projects', {
    headers: { authorization: `Bearer ${answer.jwt}` },
  }).catch(() => undefined);
  const { items = [] } = response?.ok
    ? ((await response.json().catch(() => ({}))) as {
        items?: { id: string; is_default: boolean }[];
      })
    : {};
  const workspace = items.find((item) => item.is_default) ?? items[0];
  return { ...answer, workspace_id: workspace?.id ?? '' };
}
