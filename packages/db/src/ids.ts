import { randomFillSync } from 'node:crypto';

// Random bytes drawn in blocks: one call to the system's generator per 256 ids.
const BLOCK = 16 * 256;
const pool = Buffer.alloc(BLOCK);
let offset = BLOCK;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Rows keyed by it are
 * appended at the end of their primary-key index instead of at a random page, so a commit that
 * writes several dirties fewer pages (each written whole to SQLite's WAL, and to PostgreSQL's
 * after a checkpoint). For rows written all the time: events, emails, delivery attempts.
 */
export function timeOrderedId(now: number = Date.now()): string {
  if (offset === BLOCK) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + 16));
  offset += 16;
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
