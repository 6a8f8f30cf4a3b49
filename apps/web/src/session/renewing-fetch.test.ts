import { describe, expect, it, vi } from 'vitest';
import { withSessionRenewal } from './renewing-fetch';

function serverAnswering(...statuses: number[]) {
  return vi.fn((_input: RequestInfo | URL, _init?: RequestInit) =>
    Promise.resolve(new Response('{}', { status: statuses.shift() ?? 200 })),
  );
}

const call = { method: 'POST', headers: { authorization: 'Bearer old' }, body: '{"0":{}}' };

describe('withSessionRenewal', () => {
  it('renews the session on a 401 and repeats the call once with the new JWT', async () => {
    const server = serverAnswering(401, 200);
    const renew = vi.fn(() => Promise.resolve('new'));
    const response = await withSessionRenewal(server, renew)('/trpc/auth.me', call);
    expect(response.status).toBe(200);
    expect(renew).toHaveBeenCalledTimes(1);
    const retried = new Headers(server.mock.calls[1]?.[1]?.headers);
    expect(retried.get('authorization')).toBe('Bearer new');
    expect(server.mock.calls[1]?.[1]?.body).toBe(call.body);
  });

  it('returns the refusal when the session cannot be renewed', async () => {
    const server = serverAnswering(401);
    const response = await withSessionRenewal(server, () => Promise.resolve(undefined))(
      '/trpc/auth.me',
      call,
    );
    expect(response.status).toBe(401);
    expect(server).toHaveBeenCalledTimes(1);
  });

  it('leaves other answers, and calls without a session, alone', async () => {
    const renew = vi.fn(() => Promise.resolve('new'));
    expect((await withSessionRenewal(serverAnswering(403), renew)('/x', call)).status).toBe(403);
    expect((await withSessionRenewal(serverAnswering(401), renew)('/x', {})).status).toBe(401);
    expect(renew).not.toHaveBeenCalled();
  });

  it('repeats a call only once, however the second answer goes', async () => {
    const server = serverAnswering(401, 401);
    const renew = vi.fn(() => Promise.resolve('new'));
    expect((await withSessionRenewal(server, renew)('/x', call)).status).toBe(401);
    expect(server).toHaveBeenCalledTimes(2);
    expect(renew).toHaveBeenCalledTimes(1);
  });
});
