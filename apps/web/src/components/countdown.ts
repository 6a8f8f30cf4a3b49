import { useCallback, useSyncExternalStore } from 'react';

/** "0:28", "59:00", "1:00:00": whole seconds left as a clock shows them. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const secs = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`;
}

// A quarter second keeps the shown second within a frame or so of the real one.
const TICK_MS = 250;

/**
 * Whole seconds until `at` (milliseconds since the epoch), 0 once it has passed; re-renders as
 * they count down, and stops ticking at 0. The clock is read as an external store, so a render
 * never shows a second that has already gone.
 */
export function useSecondsLeft(at: number): number {
  const subscribe = useCallback(
    (onTick: () => void) => {
      if (at <= Date.now()) return () => {};
      const timer = setInterval(() => {
        onTick();
        if (at <= Date.now()) clearInterval(timer);
      }, TICK_MS);
      return () => clearInterval(timer);
    },
    [at],
  );
  const secondsLeft = () => Math.max(0, Math.ceil((at - Date.now()) / 1000));
  return useSyncExternalStore(subscribe, secondsLeft);
}
