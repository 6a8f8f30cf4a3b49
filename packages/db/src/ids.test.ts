import { describe, expect, it } from 'vitest';
import { timeOrderedId } from './ids';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('time-ordered ids', () => {
  it('are UUIDv7s whose first 48 bits are the time, in order across milliseconds', () => {
    const at = Date.UTC(2026, 11, 2, 4, 30);
    const ids = [at, at + 1, at + 1000, at + 86_400_000].map((now) => timeOrderedId(now));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(ids[0]?.replaceAll('-', '').slice(0, 12) ?? '', 16)).toBe(at);
    expect([...ids].sort()).toEqual(ids);
  });

  it('differ within one millisecond, across the random pool’s refills', () => {
    const ids = Array.from({ length: 1000 }, () => timeOrderedId(0));
    expect(new Set(ids).size).toBe(1000);
  });
});
