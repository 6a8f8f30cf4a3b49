import { z } from 'zod';
import { parseJson, type KeyValueStorage } from './stored-json';

export const PASSKEY_OFFER_STORAGE_KEY = 'dyocense.passkey-offer';

/** A sign-up link lives 24 hours: an offer kept longer than that is for an account never made. */
export const PASSKEY_OFFER_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const offerSchema = z.object({ email: z.string(), since: z.number().int().nonnegative() });

/**
 * "Sign in faster next time: add a passkey", offered once on the first arrival at home after a
 * sign-up in this browser. Kept in localStorage from the sign-up until added or dismissed.
 */
export interface PasskeyOfferStore {
  /** Offer a passkey to whoever signs in next as `email` (a sign-up was just asked for). */
  offerTo(email: string): void;
  /** Whether the offer stands for the signed-in `email`. */
  isFor(email: string): boolean;
  clear(): void;
}

export function createPasskeyOfferStore(
  storage: KeyValueStorage,
  now: () => number = Date.now,
): PasskeyOfferStore {
  const clear = () => storage.removeItem(PASSKEY_OFFER_STORAGE_KEY);
  return {
    offerTo(email) {
      const offer = { email: email.trim().toLowerCase(), since: now() };
      storage.setItem(PASSKEY_OFFER_STORAGE_KEY, JSON.stringify(offer));
    },
    isFor(email) {
      const parsed = offerSchema.safeParse(parseJson(storage.getItem(PASSKEY_OFFER_STORAGE_KEY)));
      if (!parsed.success || now() - parsed.data.since > PASSKEY_OFFER_MAX_AGE_MS) {
        clear();
        return false;
      }
      return parsed.data.email === email.trim().toLowerCase();
    },
    clear,
  };
}
