import type { RouterOutputs } from '@dyocense/client';
import { refreshOutput } from '@dyocense/api/schemas';

/** The refresh-token cookie is scoped to this path, so the call goes here and not through tRPC. */
export const REFRESH_PATH = '/v1/auth/refresh';

export type RefreshAnswer = RouterOutputs['auth']['refresh'];

/**
 * One try: `ended` means the session is over (401: revoked, expired or a reused token);
 * `rotated` means another tab refreshed at the same moment and the cookie already holds its
 * newer token; `unreachable` covers the network, faults and rate limits.
 */
export type RefreshAttempt =
  | { kind: 'refreshed'; answer: RefreshAnswer }
  | { kind: 'ended' }
  | { kind: 'rotated' }
  | { kind: 'unreachable' };

export async function requestRefresh(fetchFn: typeof fetch): Promise<RefreshAttempt> {
  let response: Response;
  try {
    response = await fetchFn(REFRESH_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 401) return { kind: 'ended' };
  if (response.status === 409) return { kind: 'rotated' };
  if (!response.ok) return { kind: 'unreachable' };
  const parsed = refreshOutput.safeParse(await response.json().catch(() => undefined));
  return parsed.success ? { kind: 'refreshed', answer: parsed.data } : { kind: 'unreachable' };
}
