/** Renew at most a minute before the JWT expires, and never later than at 80 % of its life left. */
const MAX_LEAD_MS = 60_000;
const LEAD_SHARE = 0.2;
/** Treat a JWT this close to expiry as expired: the request would arrive too late. */
const EXPIRY_MARGIN_MS = 5_000;
/** Never renew twice within this: a clock far ahead of the server's would renew in a loop. */
export const MIN_RENEWAL_GAP_MS = 30_000;
// setTimeout fires at once for delays beyond a signed 32-bit number of milliseconds.
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/** Milliseconds until the JWT that expires at `expiresAt` should be renewed. */
export function refreshDelay(expiresAt: string, now: number, lastRenewedAt?: number): number {
  const pause = lastRenewedAt === undefined ? 0 : lastRenewedAt + MIN_RENEWAL_GAP_MS - now;
  return Math.max(untilRenewalIsDue(expiresAt, now), pause);
}

function untilRenewalIsDue(expiresAt: string, now: number): number {
  const left = Date.parse(expiresAt) - now;
  if (!(left > 0)) return 0;
  const lead = Math.min(MAX_LEAD_MS, left * LEAD_SHARE);
  return Math.min(Math.round(left - lead), MAX_TIMER_DELAY);
}

/** Whether a JWT is too close to its expiry to send. */
export function isJwtSpent(expiresAt: string, now: number): boolean {
  return !(Date.parse(expiresAt) - EXPIRY_MARGIN_MS > now);
}

/** Calls `renew` when the JWT should be renewed; returns the function that cancels it. */
export function scheduleRenewal(
  expiresAt: string,
  renew: () => void,
  options: { lastRenewedAt?: number | undefined; now?: () => number } = {},
): () => void {
  const now = options.now ?? Date.now;
  const timer = setTimeout(renew, refreshDelay(expiresAt, now(), options.lastRenewedAt));
  return () => clearTimeout(timer);
}
