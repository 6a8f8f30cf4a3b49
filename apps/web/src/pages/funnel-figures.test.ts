import { describe, expect, it } from 'vitest';
import { defaultRange, formatDuration, formatRate, rangeOfDays } from './funnel-figures';

describe('funnel figures', () => {
  it('turns date-input days into a half-open UTC range', () => {
    expect(rangeOfDays('2026-11-01', '2026-11-30')).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
    });
    expect(defaultRange(new Date('2026-11-30T15:00:00Z'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('words rates and durations for people', () => {
    expect(formatRate(2 / 3)).toBe('66.7%');
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(720)).toBe('12 min');
    expect(formatDuration(12_600)).toBe('3.5 h');
  });
});
