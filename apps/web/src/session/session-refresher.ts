import type { RefreshAttempt } from './refresh-request';
import { singleFlight } from './single-flight';

export type RefreshOutcome = Exclude<RefreshAttempt, { kind: 'rotated' }>;

/** Long enough for the other tab's answer, with its new cookie, to arrive. */
export const ROTATED_RETRY_DELAY_MS = 300;

export function waitMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Renews the session with one refresh in flight at a time per tab. When another tab won a
 * race for the same refresh token, retries once: the cookie by then holds the newer token.
 */
export function createSessionRefresher(
  request: () => Promise<RefreshAttempt>,
  wait: (ms: number) => Promise<void> = waitMs,
): () => Promise<RefreshOutcome> {
  return singleFlight(async () => {
    const first = await request();
    if (first.kind !== 'rotated') return first;
    await wait(ROTATED_RETRY_DELAY_MS);
    const second = await request();
    return second.kind === 'rotated' ? { kind: 'unreachable' } : second;
  });
}
