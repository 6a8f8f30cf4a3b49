import { isDatabaseUnavailable } from '@dyocense/db';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';

/** Why an account operation was refused; stable values that clients may switch on. */
export type AccountsErrorReason =
  | 'TOKEN_NOT_FOUND'
  | 'TOKEN_USED'
  | 'TOKEN_EXPIRED'
  | 'TOKEN_SUPERSEDED'
  | 'CONFIRMATION_REQUIRED'
  | 'CODE_INVALID'
  | 'CODE_EXPIRED'
  | 'CODE_USED'
  | 'CODE_SUPERSEDED'
  | 'CODE_TRIES_EXHAUSTED'
  | 'UNAUTHENTICATED'
  | 'SESSION_INVALID'
  | 'TENANT_FORBIDDEN'
  | 'REFRESH_TOKEN_INVALID'
  | 'REFRESH_TOKEN_REUSED'
  | 'REFRESH_TOKEN_ROTATED'
  | 'SESSION_NOT_FOUND'
  | 'RATE_LIMITED'
  | 'ADMIN_API_DISABLED'
  | 'ADMIN_KEY_INVALID'
  | 'METRICS_TOKEN_INVALID'
  | 'PERMISSION_REQUIRED'
  | 'MEMBERSHIP_ENDED'
  | 'NO_MEMBERSHIP'
  | 'MEMBER_NOT_FOUND'
  | 'LAST_OWNER'
  | 'ALREADY_A_MEMBER'
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_USED'
  | 'INVITATION_FOR_ANOTHER_ADDRESS'
  | 'CURSOR_INVALID'
  | 'SERVICE_UNAVAILABLE'
  | 'SERVICE_TOKEN_INVALID'
  | 'SERVICE_CLIENT_REVOKED'
  | 'SERVICE_NOT_ALLOWED'
  | 'SCOPE_REQUIRED'
  | 'SERVICE_CLIENT_NOT_FOUND'
  | 'CLIENT_AUTHENTICATION_FAILED'
  | 'PASSKEY_NOT_RECOGNIZED'
  | 'PASSKEY_NOT_FOUND'
  | 'PASSKEY_REJECTED'
  | 'FRESH_SIGNIN_REQUIRED';

const errorByReason: Record<AccountsErrorReason, { code: TRPC_ERROR_CODE_KEY; message: string }> = {
  TOKEN_NOT_FOUND: { code: 'NOT_FOUND', message: 'This link is not valid' },
  TOKEN_USED: { code: 'CONFLICT', message: 'This link was already used' },
  TOKEN_EXPIRED: {
    code: 'PRECONDITION_FAILED',
    message: 'This link expired; request a new one',
  },
  TOKEN_SUPERSEDED: {
    code: 'CONFLICT',
    message: 'A newer link was sent to this address; use the one in your most recent email',
  },
  CONFIRMATION_REQUIRED: {
    code: 'PRECONDITION_REQUIRED',
    message: 'This link was opened in another browser; confirm to continue',
  },
  // The code's refusals mirror the link's; a wrong code's message also says how many tries are left.
  CODE_INVALID: {
    code: 'NOT_FOUND',
    message:
      'That code is not right. Enter the code from the newest email, in the browser where you asked for it.',
  },
  CODE_EXPIRED: {
    code: 'PRECONDITION_FAILED',
    message: 'This code expired. Send a new code, or use the link in the email.',
  },
  CODE_USED: {
    code: 'CONFLICT',
    message: 'This code was already used. Send a new code to sign in again.',
  },
  CODE_SUPERSEDED: {
    code: 'CONFLICT',
    message: 'A newer email was sent to this address. Enter the code from that one.',
  },
  CODE_TRIES_EXHAUSTED: {
    code: 'PRECONDITION_FAILED',
    message: 'Too many wrong codes. Send a new code, or use the link in the email.',
  },
  UNAUTHENTICATED: {
    code: 'UNAUTHORIZED',
    message: 'Sign in first: send the session token as "Authorization: Bearer <token>"',
  },
  SESSION_INVALID: {
    code: 'UNAUTHORIZED',
    message: 'Your session is invalid or has expired; sign in again',
  },
  TENANT_FORBIDDEN: { code: 'FORBIDDEN', message: 'You do not have access to this tenant' },
  REFRESH_TOKEN_INVALID: {
    code: 'UNAUTHORIZED',
    message: 'Your session has ended; sign in again',
  },
  REFRESH_TOKEN_REUSED: {
    code: 'UNAUTHORIZED',
    message:
      'This refresh token was already used, so the session was ended to protect you; sign in again',
  },
  REFRESH_TOKEN_ROTATED: {
    code: 'CONFLICT',
    message:
      'This session was just refreshed elsewhere (another tab?); retry with the newer refresh token',
  },
  SESSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such session' },
  RATE_LIMITED: { code: 'TOO_MANY_REQUESTS', message: 'Too many attempts; try again later' },
  ADMIN_API_DISABLED: {
    code: 'FORBIDDEN',
    message: 'The admin API is disabled on this server; set ADMIN_API_KEY to enable it',
  },
  ADMIN_KEY_INVALID: {
    code: 'UNAUTHORIZED',
    message: 'Send the operator key as "Authorization: Bearer <ADMIN_API_KEY>"',
  },
  METRICS_TOKEN_INVALID: {
    code: 'UNAUTHORIZED',
    message: 'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>"',
  },
  PERMISSION_REQUIRED: {
    code: 'FORBIDDEN',
    message: 'Your role in this business does not allow this; ask one of its owners',
  },
  MEMBERSHIP_ENDED: {
    code: 'UNAUTHORIZED',
    message: 'You are no longer a member of this business; refresh your session or sign in again',
  },
  NO_MEMBERSHIP: {
    code: 'FORBIDDEN',
    message:
      'This account no longer belongs to any business; ask one of its owners to invite you again',
  },
  MEMBER_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such member of this business' },
  LAST_OWNER: {
    code: 'CONFLICT',
    message: 'A business must keep an owner; make someone else an owner first',
  },
  ALREADY_A_MEMBER: {
    code: 'CONFLICT',
    message: 'This person is already a member of this business',
  },
  INVITATION_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'This invitation is not valid; ask for a new one',
  },
  INVITATION_EXPIRED: {
    code: 'PRECONDITION_FAILED',
    message: 'This invitation expired; ask the person who invited you to send it again',
  },
  INVITATION_USED: {
    code: 'CONFLICT',
    message: 'This invitation was already accepted; sign in to continue',
  },
  INVITATION_FOR_ANOTHER_ADDRESS: {
    code: 'FORBIDDEN',
    message:
      'This invitation was sent to another address than the one you are signed in with; sign out, then open the invitation again',
  },
  CURSOR_INVALID: {
    code: 'BAD_REQUEST',
    message: 'cursor is not one this API gave out; start again without it',
  },
  SERVICE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE',
    message: 'The service cannot reach its database right now; try again in a few seconds',
  },
  SERVICE_TOKEN_INVALID: {
    code: 'UNAUTHORIZED',
    message: 'This access token is invalid or has expired; get a new one from POST /oauth/token',
  },
  SERVICE_CLIENT_REVOKED: {
    code: 'UNAUTHORIZED',
    message: 'This service client was revoked; its tenant’s owner can register a new one',
  },
  SERVICE_NOT_ALLOWED: {
    code: 'FORBIDDEN',
    message: 'Services may not call this; it needs a person’s session',
  },
  SCOPE_REQUIRED: {
    code: 'FORBIDDEN',
    message: 'This access token lacks the scope this call needs',
  },
  SERVICE_CLIENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such service client' },
  // The token endpoint answers it as OAuth's invalid_client; one answer for every cause.
  CLIENT_AUTHENTICATION_FAILED: {
    code: 'UNAUTHORIZED',
    message: 'Client authentication failed: unknown client, wrong secret or revoked client',
  },
  // One answer for an unknown passkey, a bad signature, a used or expired challenge, another site.
  PASSKEY_NOT_RECOGNIZED: {
    code: 'UNAUTHORIZED',
    message:
      'This passkey was not recognized; try again, or sign in with an email link and add it in Settings',
  },
  PASSKEY_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such passkey' },
  PASSKEY_REJECTED: {
    code: 'BAD_REQUEST',
    message:
      'This passkey could not be added (it may be added already); try again, or use another one',
  },
  FRESH_SIGNIN_REQUIRED: {
    code: 'FORBIDDEN',
    message: "Confirm it's you: sign in again with a passkey or an email link, then try again.",
  },
};

/** The tRPC code a refusal answers with (its HTTP status follows from it). */
export function errorCodeOf(reason: AccountsErrorReason): TRPC_ERROR_CODE_KEY {
  return errorByReason[reason].code;
}

/** How long a client is asked to wait while the database is unavailable. @default 5 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

export { waitDescription } from './wait-description';

/** A refusal the service expects, raised by plain functions and mapped once to tRPC and HTTP. */
export class AccountsError extends Error {
  override readonly name = 'AccountsError';
  readonly code: TRPC_ERROR_CODE_KEY;

  /** For RATE_LIMITED and SERVICE_UNAVAILABLE: seconds to wait (the Retry-After header). */
  retryAfterSeconds?: number;

  constructor(
    readonly reason: AccountsErrorReason,
    message: string = errorByReason[reason].message,
  ) {
    super(message);
    this.code = errorByReason[reason].code;
  }

  /** The database cannot serve right now (`cause` says why, for the logs): 503, Retry-After. */
  static serviceUnavailable(cause: unknown): AccountsError {
    const error = new AccountsError('SERVICE_UNAVAILABLE');
    error.cause = cause;
    error.retryAfterSeconds = UNAVAILABLE_RETRY_AFTER_SECONDS;
    return error;
  }
}

/**
 * The refusal an error stands for: itself if it is one, SERVICE_UNAVAILABLE when the database
 * cannot serve right now, else undefined (a fault of the service).
 */
export function asAccountsError(error: unknown): AccountsError | undefined {
  if (error instanceof AccountsError) return error;
  return isDatabaseUnavailable(error) ? AccountsError.serviceUnavailable(error) : undefined;
}
