import { z } from 'zod';
import { parseJson, type KeyValueStorage } from './stored-json';

/** A sign-up link lives 24 hours: an offer kept longer than that is for an account never made. */
export const ONE_TIME_OFFER_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const offerSchema = z.object({ email: z.string(), since: z.number().int().nonnegative() });

/**
 * Something home shows once to whoever signs in next as an address that just signed up in this
 * browser (a welcome, a passkey). Kept in localStorage under its own key until cleared.
 */
export interface OneTimeOfferStore {
  /** Offer it to whoever signs in next as `email` (a sign-up was just asked for). */
  offerTo(email: string): void;
  /** Whether the offer stands for the signed-in `email`. */
  isFor(email: string): boolean;
  clear(): void;
}

export function createOneTimeOfferStore(
  storage: KeyValueStorage,
  key: string,
  now: () => number = Date.now,
): OneTimeOfferStore {
  const clear = () => storage.removeItem(key);
  return {
    offerTo(email) {
      storage.setItem(key, JSON.stringify({ email: email.trim().toLowerCase(), since: now() }));
    },
    isFor(email) {
      const parsed = offerSchema.safeParse(parseJson(storage.getItem(key)));
      if (!parsed.success || now() - parsed.data.since > ONE_TIME_OFFER_MAX_AGE_MS) {
        clear();
        return false;
      }
      return parsed.data.email === email.trim().toLowerCase();
    },
    clear,
  };
}
