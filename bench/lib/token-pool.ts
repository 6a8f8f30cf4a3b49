import { createHash } from 'node:crypto';
import type { BulkWriter } from './bulk-writer';

const COLUMNS = [
  'token_hash',
  'email',
  'full_name',
  'business_name',
  'intent',
  'use_case',
  'metadata',
  'expires_at',
  'created_at',
  'used_at',
];

/** The token the load driver sends as the `index`th verification of a pool. */
export const poolToken = (prefix: string, index: number): string => `${prefix}-${index}`;

/** Stores `count` unused verification tokens (hashed, as the service does) for the verify flow. */
export async function insertTokenPool(
  writer: BulkWriter,
  prefix: string,
  count: number,
  now = new Date(),
): Promise<void> {
  const expiresAt = new Date(now.getTime() + 86_400_000);
  const rows = Array.from({ length: count }, (_, index) => [
    createHash('sha256').update(poolToken(prefix, index)).digest('hex'),
    `${prefix}-${index}@example.com`,
    'Bench Owner',
    'Bench Shop',
    'launch',
    null,
    '{"source":"signup"}',
    expiresAt,
    now,
    null,
  ]);
  await writer.insert('verification_tokens', COLUMNS, rows);
}
