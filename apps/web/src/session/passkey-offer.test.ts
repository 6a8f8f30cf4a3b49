import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import {
  createPasskeyOfferStore,
  PASSKEY_OFFER_MAX_AGE_MS,
  PASSKEY_OFFER_STORAGE_KEY,
} from './passkey-offer';

const NOW = Date.parse('2026-12-02T10:00:00Z');

describe('createPasskeyOfferStore', () => {
  it('offers to the address that signed up, whatever its case, until cleared', () => {
    const storage = memoryStorage();
    createPasskeyOfferStore(storage, () => NOW).offerTo(' Ada@Example.com');
    const store = createPasskeyOfferStore(storage, () => NOW + 60_000);
    expect(store.isFor('ada@example.com')).toBe(true);
    expect(store.isFor('ADA@example.com')).toBe(true);
    expect(store.isFor('bea@example.com')).toBe(false);
    store.clear();
    expect(store.isFor('ada@example.com')).toBe(false);
    expect(storage.items.has(PASSKEY_OFFER_STORAGE_KEY)).toBe(false);
  });

  it('forgets an offer older than a sign-up link lives', () => {
    const storage = memoryStorage();
    createPasskeyOfferStore(storage, () => NOW).offerTo('ada@example.com');
    expect(
      createPasskeyOfferStore(storage, () => NOW + PASSKEY_OFFER_MAX_AGE_MS).isFor(
        'ada@example.com',
      ),
    ).toBe(true);
    expect(
      createPasskeyOfferStore(storage, () => NOW + PASSKEY_OFFER_MAX_AGE_MS + 1).isFor(
        'ada@example.com',
      ),
    ).toBe(false);
    expect(storage.items.has(PASSKEY_OFFER_STORAGE_KEY)).toBe(false);
  });

  it.each(['not json', '{}', JSON.stringify({ email: 'ada@example.com', since: 'today' })])(
    'drops what it cannot read: %s',
    (text) => {
      const storage = memoryStorage({ [PASSKEY_OFFER_STORAGE_KEY]: text });
      expect(createPasskeyOfferStore(storage, () => NOW).isFor('ada@example.com')).toBe(false);
      expect(storage.items.has(PASSKEY_OFFER_STORAGE_KEY)).toBe(false);
    },
  );
});
