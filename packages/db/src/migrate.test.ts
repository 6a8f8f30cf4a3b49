import { describe, expect, it } from 'vitest';
import { migrations } from './migrations/index';

describe('migrations', () => {
  it('are listed in the order their names sort, which is the order they run', () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    expect(names.every((name) => /^\d{4}-\d{2}-\d{2}-\d{2}-[a-z0-9-]+$/.test(name))).toBe(true);
  });
});
