import { describe, expect, it } from 'vitest';
import { createOutageBackoff } from './outage-backoff';

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
});

describe('createOutageBackoff', () => {
  it('doubles the delay per failed run up to 30 s, and reports an outage once each way', () => {
    const events: string[] = [];
    let clock = 0;
    const backoff = createOutageBackoff({
      delayMs: 1_000,
      onOutage: () => events.push('down'),
      onRecovery: (outageMs) => events.push(`up after ${outageMs}`),
      now: () => clock,
    });
    const delays = Array.from({ length: 7 }, () => {
      expect(backoff.failed(refused)).toBe(true);
      clock += 1_000;
      return backoff.nextDelayMs();
    });
    expect(delays).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    backoff.succeeded();
    backoff.succeeded();
    expect(backoff.nextDelayMs()).toBe(1_000);
    expect(events).toEqual(['down', 'up after 7000']);
  });

  it('never polls more often than the job itself, and leaves other errors to the caller', () => {
    const backoff = createOutageBackoff({
      delayMs: 3_600_000,
      onOutage: () => undefined,
      onRecovery: () => undefined,
    });
    expect(backoff.failed(new Error('a bug'))).toBe(false);
    expect(backoff.inOutage).toBe(false);
    expect(backoff.failed(refused)).toBe(true);
    expect(backoff.nextDelayMs()).toBe(3_600_000);
  });
});
