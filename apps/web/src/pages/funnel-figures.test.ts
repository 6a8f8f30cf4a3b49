import { describe, expect, it } from 'vitest';
import {
  defaultRange,
  dropOffs,
  formatDuration,
  formatRate,
  intentLabel,
  rangeOfDays,
  rangeProblem,
  type FunnelFigures,
} from './funnel-figures';

function figures(signups: number, delivered: number, verified: number): FunnelFigures {
  return {
    signups,
    delivered,
    verified,
    conversion_rate: signups ? verified / signups : 0,
    median_verify_seconds: null,
    p90_verify_seconds: null,
    expired_unused: 0,
    resends: 0,
    failed_deliveries: 0,
    scanner_hits: 0,
  };
}

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

  it('counts the share lost between each step and the next, of those who reached it', () => {
    expect(dropOffs(figures(10, 8, 2))).toEqual([
      { from: 'Started sign-up', to: 'Got the email', rate: 0.2 },
      { from: 'Got the email', to: 'Created an account', rate: 0.75 },
    ]);
    expect(dropOffs(figures(3, 0, 0)).map((step) => step.rate)).toEqual([1, null]);
  });

  it('names intents as the sign-up form does, and keeps a name it does not know', () => {
    expect(intentLabel('grow')).toBe('Grow my business');
    expect(intentLabel('(none)')).toBe('Not given');
    expect(intentLabel('sell')).toBe('sell');
    expect(intentLabel('toString')).toBe('toString');
  });

  it('refuses a range that ends before it starts, and allows a single day', () => {
    expect(rangeProblem('2026-11-02', '2026-11-01')).toMatch(/first day/);
    expect(rangeProblem('2026-11-01', '2026-11-01')).toBeUndefined();
  });
});
