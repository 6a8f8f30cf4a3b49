import { createHash, createHmac } from 'node:crypto';

/**
 * How events name an address without keeping it: HMAC-SHA-256 of the trimmed, lower-cased address
 * under the server's key, so that the same address always gives the same value (the funnel follows
 * it) and nobody without the key can test a guessed address. Without a key it is plain SHA-256.
 */
export function createEmailHasher(key: string | undefined): (email: string) => string {
  return (email) => {
    const normalised = email.trim().toLowerCase();
    const hash = key ? createHmac('sha256', key) : createHash('sha256');
    return hash.update(normalised).digest('hex');
  };
}
