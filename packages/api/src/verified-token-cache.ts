/** Enough for the sessions active on one instance within a token lifetime, at a few MB. */
const DEFAULT_CAPACITY = 10_000;

interface Entry<T> {
  session: T;
  /** `exp` and `nbf`, epoch seconds: the claims that depend on the clock. */
  expiresAt: number;
  notBefore: number;
}

/**
 * Sessions whose JWT already passed every check, keyed by the exact token text, so that the
 * signature (an Ed25519 verification by default, tens of microseconds) is checked once per token
 * rather than once per request. The time-dependent claims are checked again on every use, as jose
 * does (expired at `exp`, not valid before `nbf`); a miss goes through the full verification.
 */
export function createVerifiedTokenCache<T>(capacity = DEFAULT_CAPACITY) {
  const entries = new Map<string, Entry<T>>();
  return {
    get(token: string, now: Date): T | undefined {
      const entry = entries.get(token);
      if (!entry) return undefined;
      const seconds = Math.floor(now.getTime() / 1000);
      if (entry.expiresAt <= seconds) entries.delete(token);
      return entry.expiresAt > seconds && entry.notBefore <= seconds ? entry.session : undefined;
    },
    set(token: string, session: T, claims: { exp: number; nbf?: number }): void {
      if (entries.size >= capacity) entries.delete(entries.keys().next().value as string);
      entries.set(token, { session, expiresAt: claims.exp, notBefore: claims.nbf ?? 0 });
    },
  };
}
