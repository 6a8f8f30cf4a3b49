import { describe, expect, it } from 'vitest';
import { pooledRandomBytes, randomHex } from './random';

describe('pooled random bytes', () => {
  it('never hands out the same bytes twice, across refills of the pool', () => {
    // 3,000 × 8 bytes spans several 4 KiB refills.
    const drawn = Array.from({ length: 3_000 }, () => pooledRandomBytes(8).toString('hex'));
    expect(new Set(drawn).size).toBe(drawn.length);
  });

  it('keeps bytes already handed out unchanged when the pool refills', () => {
    const first = pooledRandomBytes(32);
    const copy = Buffer.from(first);
    for (let i = 0; i < 600; i++) pooledRandomBytes(16);
    expect(first.equals(copy)).toBe(true);
  });

  it('gives exactly the digits asked for, larger requests included', () => {
    expect(randomHex(6)).toMatch(/^[0-9a-f]{6}$/);
    expect(randomHex(7)).toMatch(/^[0-9a-f]{7}$/);
    expect(pooledRandomBytes(10_000)).toHaveLength(10_000);
  });
});
