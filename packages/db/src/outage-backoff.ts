import { isDatabaseUnavailable } from './errors';

/** How long a background job waits at most between runs during an outage. @default 30000 */
export const DEFAULT_OUTAGE_MAX_DELAY_MS = 30_000;

export interface OutageBackoff {
  /** True from the first run that found the database unavailable until one succeeds. */
  readonly inOutage: boolean;
  /**
   * The wait before the next run: the job's own delay, or during an outage that delay doubled
   * per failed run, up to the larger of the job's delay and the maximum.
   */
  nextDelayMs(): number;
  /** After a run that worked: ends an outage, reporting once that the database is back. */
  succeeded(): void;
  /**
   * After a run that failed: true when the database was unavailable (reported once per
   * outage); false for any other error, which the caller reports itself.
   */
  failed(error: unknown): boolean;
}

/**
 * Backoff and once-per-outage reporting for a job that polls the database: one line when the
 * database becomes unavailable and one when it is back, not one per run.
 */
export function createOutageBackoff(options: {
  delayMs: number;
  /** @default 30000 */
  maxDelayMs?: number;
  onOutage: (error: unknown) => void;
  onRecovery: (outageMs: number) => void;
  now?: () => number;
}): OutageBackoff {
  const now = options.now ?? Date.now;
  const maxDelayMs = Math.max(options.delayMs, options.maxDelayMs ?? DEFAULT_OUTAGE_MAX_DELAY_MS);
  let failures = 0;
  let since = 0;
  return {
    get inOutage() {
      return failures > 0;
    },
    nextDelayMs() {
      return Math.min(maxDelayMs, options.delayMs * 2 ** failures);
    },
    succeeded() {
      if (failures === 0) return;
      failures = 0;
      options.onRecovery(now() - since);
    },
    failed(error) {
      if (!isDatabaseUnavailable(error)) return false;
      if (failures === 0) {
        since = now();
        options.onOutage(error);
      }
      failures += 1;
      return true;
    },
  };
}
