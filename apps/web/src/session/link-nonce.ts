import type { KeyValueStorage } from './stored-json';

export const LINK_NONCE_STORAGE_KEY = 'dyocense.link-nonce';
const NONCE_BYTES = 32;
const NONCE_FORMAT = /^[A-Za-z0-9_-]{16,128}$/;

/** 256 random bits as base64url: the shape the server's nonce schema accepts. */
export function createNonce(
  fillRandom: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) =>
    crypto.getRandomValues(bytes),
): string {
  const bytes = fillRandom(new Uint8Array(NONCE_BYTES));
  const binary = String.fromCharCode(...bytes);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/**
 * The nonce this browser sent with its last link request. While it is kept, a link opened here
 * signs in at once; any other browser (or a mail scanner) has to press "Continue" first.
 */
export interface LinkNonceStore {
  /** A fresh nonce for a new sign-up or sign-in, kept until the link is used. */
  start(): string;
  /** The kept nonce, e.g. to send the link again; a fresh one if none is kept. */
  current(): string;
  read(): string | undefined;
  clear(): void;
}

export function createLinkNonceStore(
  storage: KeyValueStorage,
  newNonce: () => string = createNonce,
): LinkNonceStore {
  const read = () => {
    const kept = storage.getItem(LINK_NONCE_STORAGE_KEY);
    return kept && NONCE_FORMAT.test(kept) ? kept : undefined;
  };
  const start = () => {
    const nonce = newNonce();
    storage.setItem(LINK_NONCE_STORAGE_KEY, nonce);
    return nonce;
  };
  return {
    start,
    current: () => read() ?? start(),
    read,
    clear: () => storage.removeItem(LINK_NONCE_STORAGE_KEY),
  };
}
