import { randomInt } from 'node:crypto';
import { hashToken } from './tokens';

/** Wrong codes a token takes before its code is dead (the link still works). */
export const EMAIL_CODE_MAX_TRIES = 5;

/** A one-time code for an email: 8 decimal digits, uniformly random. */
export function generateEmailCode(): string {
  return String(randomInt(0, 100_000_000)).padStart(8, '0');
}

/**
 * What the database keeps of a code: the SHA-256 of the browser's nonce and the code together,
 * so that a copy of the database (which holds only the nonce's hash) cannot be searched for it.
 */
export function emailCodeHash(nonce: string, code: string): string {
  return hashToken(`${nonce}:${code}`);
}

/** "1234 5678": a code as the email shows it. */
export function formatEmailCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
