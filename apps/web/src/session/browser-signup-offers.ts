import { passkeyOffer } from './browser-passkey-offer';
import { createWelcomeStore } from './welcome-offer';

/** This browser's welcome after a sign-up, kept in localStorage until home has shown it. */
export const welcome = createWelcomeStore(window.localStorage);

/** Whoever this browser next signs in as `email` is new: home welcomes them, then offers a passkey. */
export function offerAfterSignup(email: string): void {
  welcome.offerTo(email);
  passkeyOffer.offerTo(email);
}
