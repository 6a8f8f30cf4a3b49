import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import {
  createSessionStore,
  SESSION_STORAGE_KEY,
  withRenewedJwt,
  type Session,
} from './session-store';

const NOW = Date.parse('2026-11-25T10:00:00Z');

const session: Session = {
  jwt: 'header.payload.signature',
  expires_at: '2026-11-25T11:00:00.000Z',
  tenant_id: 'test-shop-c8e44f',
  workspace_id: 'proj-1',
  session_id: 'sess-1',
  refresh_expires_at: '2026-12-25T10:00:00.000Z',
  user: { id: 'user-1', email: 'ada@example.com', name: 'Ada', tenant_id: 'test-shop-c8e44f' },
};

function stored(storage: ReturnType<typeof memoryStorage>): unknown {
  return JSON.parse(storage.items.get(SESSION_STORAGE_KEY) ?? '');
}

describe('createSessionStore', () => {
  it('keeps a session, without the duplicate token or any refresh token', () => {
    const storage = memoryStorage();
    const verified = { ...session, token: session.jwt, refresh_token: 'secret-refresh-token' };
    createSessionStore(storage, () => NOW).write(verified);
    expect(createSessionStore(storage, () => NOW).read()).toEqual({ status: 'active', session });
    expect(stored(storage)).not.toHaveProperty('token');
    expect(stored(storage)).not.toHaveProperty('refresh_token');
  });

  it('keeps a session whose JWT has expired, for the refresh to renew', () => {
    const store = createSessionStore(memoryStorage(), () => Date.parse(session.expires_at) + 1);
    store.write(session);
    expect(store.read()).toEqual({ status: 'active', session });
  });

  it('reports and forgets a session past its end', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => Date.parse(session.refresh_expires_at));
    store.write(session);
    expect(store.read()).toEqual({ status: 'expired' });
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it.each([
    ['nothing stored', undefined],
    ['text that is not JSON', '{"jwt":'],
    ['a session missing its expiry', JSON.stringify({ ...session, expires_at: undefined })],
    ['an expiry that is not a date', JSON.stringify({ ...session, expires_at: 'soon' })],
  ])('treats %s as signed out', (_, value) => {
    const storage = memoryStorage(value === undefined ? {} : { [SESSION_STORAGE_KEY]: value });
    expect(createSessionStore(storage, () => NOW).read()).toEqual({ status: 'none' });
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it('clears the session on sign-out', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => NOW);
    store.write(session);
    store.clear();
    expect(store.read()).toEqual({ status: 'none' });
  });
});

describe('withRenewedJwt', () => {
  it('takes the new JWT and expiries, keeps the workspace, and drops tokens it must not keep', () => {
    const answer = {
      ...session,
      jwt: 'new.jwt.here',
      token: 'new.jwt.here',
      expires_at: '2026-11-25T12:00:00.000Z',
      refresh_token: 'secret-refresh-token',
    };
    expect(withRenewedJwt(session, answer)).toEqual({
      ...session,
      jwt: 'new.jwt.here',
      expires_at: '2026-11-25T12:00:00.000Z',
    });
  });
});
