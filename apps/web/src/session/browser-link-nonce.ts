import { createLinkNonceStore } from './link-nonce';

/** This browser's link nonce, kept in localStorage so the emailed link may open in a new tab. */
export const linkNonce = createLinkNonceStore(window.localStorage);
