import { createOneTimeOfferStore, type OneTimeOfferStore } from './one-time-offer';
import type { KeyValueStorage } from './stored-json';

export const WELCOME_STORAGE_KEY = 'dyocense.welcome';

/** "Welcome to Dyocense": shown on the first arrival at home after a sign-up, then forgotten. */
export function createWelcomeStore(
  storage: KeyValueStorage,
  now?: () => number,
): OneTimeOfferStore {
  return createOneTimeOfferStore(storage, WELCOME_STORAGE_KEY, now);
}
