import { createHash } from 'node:crypto';
import { pooledRandomBytes } from './random';

/** A one-time secret: 256 random bits as base64url (43 characters). */
export function generateToken(): string {
  return pooledRandomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
