import { describe, expect, it, vi } from 'vitest';
import { REFRESH_PATH, requestRefresh } from './refresh-request';

const refreshed = {
  jwt: 'jwt-2',
  token: 'jwt-2',
  expires_at: '2026-11-25T11:00:00.000Z',
  session_id: 'sess-1',
  refresh_expires_at: '2026-12-25T10:00:00.000Z',
  tenant_id: 'test-shop-c8e44f',
  user: { id: 'user-1', email: 'ada@example.com', name: 'Ada', tenant_id: 'test-shop-c8e44f' },
};

function answering(status: number, body: unknown = {}) {
  return vi.fn(() => Promise.resolve(Response.json(body, { status })));
}

describe('requestRefresh', () => {
  it('posts an empty body to the cookie’s path, sending the cookie', async () => {
    const fetchFn = answering(200, refreshed);
    expect(await requestRefresh(fetchFn)).toEqual({ kind: 'refreshed', answer: refreshed });
    expect(fetchFn).toHaveBeenCalledWith(
      REFRESH_PATH,
      expect.objectContaining({ method: 'POST', body: '{}', credentials: 'same-origin' }),
    );
  });

  it.each([
    [401, 'ended'],
    [409, 'rotated'],
    [429, 'unreachable'],
    [500, 'unreachable'],
  ])('maps a %i answer to %s', async (status, kind) => {
    expect(await requestRefresh(answering(status))).toEqual({ kind });
  });

  it('counts a lost connection or an answer of the wrong shape as unreachable', async () => {
    const offline = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await requestRefresh(offline)).toEqual({ kind: 'unreachable' });
    expect(await requestRefresh(answering(200, { jwt: 'no expiry' }))).toEqual({
      kind: 'unreachable',
    });
  });
});
