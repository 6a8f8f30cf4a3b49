import { createPendingLinkStore } from './pending-link';

/** This browser's "Check your email" wait, kept in localStorage across reloads. */
export const pendingLink = createPendingLinkStore(window.localStorage);
