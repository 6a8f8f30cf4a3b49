import { describe, expect, it, vi } from 'vitest';
import type { RefreshAnswer, RefreshAttempt } from './refresh-request';
import { createSessionRefresher, ROTATED_RETRY_DELAY_MS } from './session-refresher';

const answer = { jwt: 'jwt-2' } as RefreshAnswer;

function requestAnswering(...attempts: RefreshAttempt[]) {
  return vi.fn(() => Promise.resolve(attempts.shift() ?? { kind: 'unreachable' as const }));
}

describe('createSessionRefresher', () => {
  it('sends one refresh for calls made while one is in flight', async () => {
    const request = requestAnswering({ kind: 'refreshed', answer });
    const refresh = createSessionRefresher(request);
    const outcomes = await Promise.all([refresh(), refresh(), refresh()]);
    expect(outcomes).toEqual(Array(3).fill({ kind: 'refreshed', answer }));
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('retries once, after a short wait, when another tab refreshed first', async () => {
    const request = requestAnswering({ kind: 'rotated' }, { kind: 'refreshed', answer });
    const wait = vi.fn(() => Promise.resolve());
    expect(await createSessionRefresher(request, wait)()).toEqual({ kind: 'refreshed', answer });
    expect(wait).toHaveBeenCalledWith(ROTATED_RETRY_DELAY_MS);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('does not end the session when the retry loses the race too', async () => {
    const request = requestAnswering({ kind: 'rotated' }, { kind: 'rotated' });
    const outcome = await createSessionRefresher(request, () => Promise.resolve())();
    expect(outcome).toEqual({ kind: 'unreachable' });
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('reports an ended session without retrying', async () => {
    const request = requestAnswering({ kind: 'ended' });
    expect(await createSessionRefresher(request)()).toEqual({ kind: 'ended' });
    expect(request).toHaveBeenCalledTimes(1);
  });
});
