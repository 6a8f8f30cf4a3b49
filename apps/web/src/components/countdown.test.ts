import { describe, expect, it } from 'vitest';
import { formatCountdown } from './countdown';

describe('formatCountdown', () => {
  it.each([
    [30, '0:30'],
    [28, '0:28'],
    [9, '0:09'],
    [0, '0:00'],
    [-5, '0:00'],
    [27.2, '0:28'],
    [61, '1:01'],
    [3540, '59:00'],
    [3600, '1:00:00'],
    [3661, '1:01:01'],
  ])('shows %s seconds as %s', (seconds, shown) => {
    expect(formatCountdown(seconds)).toBe(shown);
  });
});
