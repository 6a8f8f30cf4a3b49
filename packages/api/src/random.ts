import { randomBytes } from 'node:crypto';

// Each refill is a fresh buffer, so bytes handed out are never overwritten or handed out twice.
const POOL_BYTES = 4096;
let pool = randomBytes(0);
let offset = 0;

/**
 * `size` bytes from the CSPRNG, drawn from a pooled buffer as Node does for `randomUUID`: one
 * call into OpenSSL per 4 KiB rather than one per id, which was a twentieth of a verification.
 */
export function pooledRandomBytes(size: number): Buffer {
  if (size > POOL_BYTES) return randomBytes(size);
  if (offset + size > pool.length) {
    pool = randomBytes(POOL_BYTES);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + size);
  offset += size;
  return bytes;
}

/** `length` random hex digits. */
export function randomHex(length: number): string {
  return pooledRandomBytes(Math.ceil(length / 2))
    .toString('hex')
    .slice(0, length);
}
