import { createPasskeyOfferStore } from './passkey-offer';

/** This browser's offer of a passkey after a sign-up, kept in localStorage until answered. */
export const passkeyOffer = createPasskeyOfferStore(window.localStorage);
