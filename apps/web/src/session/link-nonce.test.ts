import { nonceSchema } from '@dyocense/api/schemas';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import { createLinkNonceStore, createNonce, LINK_NONCE_STORAGE_KEY } from './link-nonce';

describe('createNonce', () => {
  it('makes 43 URL-safe characters that the server accepts', () => {
    const nonce = createNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(nonceSchema.safeParse(nonce).success).toBe(true);
  });

  it('uses base64url, without padding, for bytes that base64 would write as + and /', () => {
    const nonce = createNonce((bytes) => bytes.fill(0xfb));
    expect(nonce).toBe('-_v7'.repeat(10) + '-_s');
  });

  it('differs each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
  });
});

describe('createLinkNonceStore', () => {
  it('keeps a started nonce until it is cleared', () => {
    const storage = memoryStorage();
    const store = createLinkNonceStore(storage);
    const nonce = store.start();
    expect(createLinkNonceStore(storage).read()).toBe(nonce);
    expect(store.current()).toBe(nonce);
    store.clear();
    expect(store.read()).toBeUndefined();
  });

  it('starts a new nonce for each new request', () => {
    const store = createLinkNonceStore(memoryStorage());
    expect(store.start()).not.toBe(store.start());
  });

  it('ignores a kept value that is not a nonce, and makes one when asked for the current one', () => {
    const storage = memoryStorage({ [LINK_NONCE_STORAGE_KEY]: 'short' });
    const store = createLinkNonceStore(storage, () => 'n'.repeat(43));
    expect(store.read()).toBeUndefined();
    expect(store.current()).toBe('n'.repeat(43));
    expect(storage.items.get(LINK_NONCE_STORAGE_KEY)).toBe('n'.repeat(43));
  });
});
