import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import {
  createPendingLinkStore,
  PENDING_LINK_MAX_AGE_MS,
  PENDING_LINK_STORAGE_KEY,
  type PendingLink,
} from './pending-link';

const NOW = Date.parse('2026-12-02T10:00:00Z');

const waiting: PendingLink = {
  email: 'ada@example.com',
  purpose: 'signin',
  sentAt: NOW - 60_000,
  next: '/settings?tab=members',
};

function storeAt(storage: ReturnType<typeof memoryStorage>, now = NOW) {
  return createPendingLinkStore(storage, () => now);
}

describe('createPendingLinkStore', () => {
  it('keeps the wait across stores on the same storage (a reload), until it is cleared', () => {
    const storage = memoryStorage();
    storeAt(storage).write(waiting);
    expect(storeAt(storage).read('signin')).toEqual(waiting);
    storeAt(storage).clear();
    expect(storeAt(storage).read('signin')).toBeUndefined();
    expect(storage.items.has(PENDING_LINK_STORAGE_KEY)).toBe(false);
  });

  it('shows a wait only on the page of its purpose, and keeps it for the other', () => {
    const storage = memoryStorage();
    storeAt(storage).write({ ...waiting, purpose: 'signup' });
    expect(storeAt(storage).read('signin')).toBeUndefined();
    expect(storeAt(storage).read('signup')?.email).toBe('ada@example.com');
    expect(storeAt(storage).read()?.purpose).toBe('signup');
  });

  it('forgets a wait older than any link lives', () => {
    const storage = memoryStorage();
    storeAt(storage).write({ ...waiting, sentAt: NOW - PENDING_LINK_MAX_AGE_MS });
    expect(storeAt(storage).read('signin')).toBeDefined();
    expect(storeAt(storage, NOW + 1).read('signin')).toBeUndefined();
    expect(storage.items.has(PENDING_LINK_STORAGE_KEY)).toBe(false);
  });

  it.each(['//evil.example', 'https://evil.example/home', '/\\evil.example', 'home', 42])(
    'reads a next of %s as the home page',
    (next) => {
      const storage = memoryStorage({
        [PENDING_LINK_STORAGE_KEY]: JSON.stringify({ ...waiting, next }),
      });
      expect(storeAt(storage).read('signin')?.next).toBe('/home');
    },
  );

  it.each(['not json', '{}', JSON.stringify({ ...waiting, purpose: 'invite' })])(
    'drops what it cannot read: %s',
    (text) => {
      const storage = memoryStorage({ [PENDING_LINK_STORAGE_KEY]: text });
      expect(storeAt(storage).read('signin')).toBeUndefined();
      expect(storage.items.has(PENDING_LINK_STORAGE_KEY)).toBe(false);
    },
  );
});
