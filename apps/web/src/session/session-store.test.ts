import { describe, expect, it } from 'vitest';
import { createSessionStore, SESSION_STORAGE_KEY, type Session } from './session-store';

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

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('createSessionStore', () => {
  it('keeps a session until it expires', () => {
    const storage = memoryStorage();
    const verified = { ...session, token: session.jwt };
    createSessionStore(storage, () => NOW).write(verified);
    expect(createSessionStore(storage, () => NOW).read()).toEqual({ status: 'active', session });
    expect(JSON.parse(storage.items.get(SESSION_STORAGE_KEY) ?? '')).not.toHaveProperty('token');
  });

  it('reports and forgets an expired session', () => {
    const storage = memoryStorage();
    const store = createSessionStore(storage, () => Date.parse(session.expires_at));
    store.write(session);
    expect(store.read()).toEqual({ status: 'expired' });
    expect(storage.items.has(SESSION_STORAGE_KEY)).toBe(false);
  });

  it.each([
    ['nothing stored', undefined],
    ['text that is not JSON', '{"jwt":'],
    ['a session missing its expiry', JSON.stringify({ ...session, expires_at: undefined })],
    ['an expiry that is not a date', JSON.stringify({ ...session, expires_at: 'soon' })],
  ])('treats %s as signed out', (_, stored) => {
    const storage = memoryStorage(stored === undefined ? {} : { [SESSION_STORAGE_KEY]: stored });
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
