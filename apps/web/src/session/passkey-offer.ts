import { createOneTimeOfferStore, type OneTimeOfferStore } from './one-time-offer';
import type { KeyValueStorage } from './stored-json';

export const PASSKEY_OFFER_STORAGE_KEY = 'dyocense.passkey-offer';
export { ONE_TIME_OFFER_MAX_AGE_MS as PASSKEY_OFFER_MAX_AGE_MS } from './one-time-offer';

/**
 * "Sign in faster next time: add a passkey", offered once on the first arrival at home after a
 * sign-up in this browser. Kept in localStorage from the sign-up until added or dismissed.
 */
export type PasskeyOfferStore = OneTimeOfferStore;

export function createPasskeyOfferStore(
  storage: KeyValueStorage,
  now?: () => number,
): PasskeyOfferStore {
  return createOneTimeOfferStore(storage, PASSKEY_OFFER_STORAGE_KEY, now);
}
