import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../testing/memory-storage';
import { createPasskeyOfferStore, PASSKEY_OFFER_STORAGE_KEY } from './passkey-offer';
import { createWelcomeStore, WELCOME_STORAGE_KEY } from './welcome-offer';

describe('createWelcomeStore', () => {
  it('welcomes the address that signed up, and forgets it apart from the passkey offer', () => {
    const storage = memoryStorage();
    const welcome = createWelcomeStore(storage);
    const passkeyOffer = createPasskeyOfferStore(storage);
    welcome.offerTo('Ada@example.com');
    passkeyOffer.offerTo('Ada@example.com');
    expect(welcome.isFor('ada@example.com')).toBe(true);
    welcome.clear();
    expect(welcome.isFor('ada@example.com')).toBe(false);
    expect(storage.items.has(WELCOME_STORAGE_KEY)).toBe(false);
    expect(passkeyOffer.isFor('ada@example.com')).toBe(true);
    expect(storage.items.has(PASSKEY_OFFER_STORAGE_KEY)).toBe(true);
  });
});
