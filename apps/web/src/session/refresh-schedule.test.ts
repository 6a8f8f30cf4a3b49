import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isJwtSpent, refreshDelay, scheduleRenewal } from './refresh-schedule';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const inMs = (ms: number) => new Date(NOW + ms).toISOString();

describe('refreshDelay', () => {
  it('renews an hour-long JWT a minute before it expires', () => {
    expect(refreshDelay(inMs(3_600_000), NOW)).toBe(3_540_000);
  });

  it('renews a short JWT at 80 % of the life it has left, so it never renews in a loop', () => {
    expect(refreshDelay(inMs(60_000), NOW)).toBe(48_000);
    expect(refreshDelay(inMs(10_000), NOW)).toBe(8_000);
  });

  it('renews at once when the JWT has expired or its expiry is unreadable', () => {
    expect(refreshDelay(inMs(-1_000), NOW)).toBe(0);
    expect(refreshDelay('soon', NOW)).toBe(0);
  });

  it('waits at least 30 s after the last renewal, however off the clock is', () => {
    expect(refreshDelay(inMs(-1_000), NOW, NOW - 10_000)).toBe(20_000);
    expect(refreshDelay(inMs(3_600_000), NOW, NOW)).toBe(3_540_000);
  });

  it('stays within what setTimeout can wait', () => {
    expect(refreshDelay(inMs(40 * 24 * 3_600_000), NOW)).toBe(2 ** 31 - 1);
  });
});

describe('isJwtSpent', () => {
  it('counts a JWT in its last five seconds as spent', () => {
    expect(isJwtSpent(inMs(60_000), NOW)).toBe(false);
    expect(isJwtSpent(inMs(5_000), NOW)).toBe(true);
    expect(isJwtSpent(inMs(-1), NOW)).toBe(true);
    expect(isJwtSpent('soon', NOW)).toBe(true);
  });
});

describe('scheduleRenewal', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('renews once, a minute before an hour-long JWT expires', () => {
    const renew = vi.fn();
    scheduleRenewal(inMs(3_600_000), renew);
    vi.advanceTimersByTime(3_539_999);
    expect(renew).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(renew).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(3_600_000);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('renews an expired JWT on the next tick', () => {
    const renew = vi.fn();
    scheduleRenewal(inMs(-60_000), renew);
    vi.advanceTimersByTime(0);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('pauses after a renewal whose JWT this clock already sees as spent', () => {
    const renew = vi.fn();
    scheduleRenewal(inMs(-60_000), renew, { lastRenewedAt: NOW });
    vi.advanceTimersByTime(29_999);
    expect(renew).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, e.g. after signing out', () => {
    const renew = vi.fn();
    const cancel = scheduleRenewal(inMs(60_000), renew);
    cancel();
    vi.advanceTimersByTime(120_000);
    expect(renew).not.toHaveBeenCalled();
  });
});
