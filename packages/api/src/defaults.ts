/**
 * The API's defaults, written once: the context falls back to them and the server's
 * configuration schemas take them as their defaults, so docs generated from those schemas agree.
 */
export const API_DEFAULTS = {
  /** How long a sign-up link lasts, in seconds (24 hours). */
  verificationTokenTtlSeconds: 86_400,
  /** How long a sign-in link lasts, in seconds (15 minutes). */
  signinTokenTtlSeconds: 900,
  /** How long the code in a sign-up or sign-in email works, in seconds (10 minutes). */
  emailCodeTtlSeconds: 600,
  /** How long an invitation's link lasts, in days. */
  invitationTtlDays: 7,
  /** A session ends after this many days without a refresh. */
  sessionTtlDays: 30,
  /** A refresh token rotated this recently is a concurrent refresh, not theft. */
  refreshReuseGraceSeconds: 10,
  /** The web app's address, for links in emails; its host is the passkeys' relying party. */
  frontendUrl: 'http://localhost:8001',
  /** Adding or removing a passkey needs a sign-in at most this many seconds ago (10 minutes). */
  freshSigninSeconds: 600,
} as const;
