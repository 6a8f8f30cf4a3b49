/**
 * Why a sign-in with a provider was refused. Stable values: the browser is sent to the web app's
 * problem page with one of them (and nothing else) in the address.
 */
export const OAUTH_FAILURE_REASONS = [
  'OAUTH_PROVIDER_UNKNOWN',
  'OAUTH_PROVIDER_UNAVAILABLE',
  'OAUTH_DENIED',
  'OAUTH_PROVIDER_ERROR',
  'OAUTH_STATE_INVALID',
  'OAUTH_STATE_USED',
  'OAUTH_STATE_EXPIRED',
  'OAUTH_VERIFIER_MISSING',
  'OAUTH_CODE_REJECTED',
  'OAUTH_ID_TOKEN_INVALID',
  'OAUTH_ID_TOKEN_ISSUER',
  'OAUTH_ID_TOKEN_AUDIENCE',
  'OAUTH_NONCE_MISMATCH',
  'OAUTH_EMAIL_MISSING',
  'OAUTH_EMAIL_UNVERIFIED',
  'OAUTH_ACCOUNT_EXISTS',
  'OAUTH_IDENTITY_IN_USE',
  'OAUTH_SIGNUP_EXPIRED',
  'OAUTH_RATE_LIMITED',
  'OAUTH_FAILED',
] as const;

export type OAuthFailureReason = (typeof OAUTH_FAILURE_REASONS)[number];

export class OAuthFailure extends Error {
  override readonly name = 'OAuthFailure';

  constructor(
    readonly reason: OAuthFailureReason,
    /** For the server's log only: never shown, never put in an address. */
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}
