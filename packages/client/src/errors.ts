import type { AccountsErrorReason as ServerReason } from '@dyocense/api';
import { isTRPCClientError, type TRPCClientError } from '@trpc/client';
import type { AppRouter } from './app-router.js';

/**
 * Every `data.reason` the service may answer with: stable values to switch on. A list (not only
 * a type) so that a reason can be checked at run time, and so the published types need nothing
 * of the server's.
 */
export const ACCOUNTS_ERROR_REASONS = [
  'TOKEN_NOT_FOUND',
  'TOKEN_USED',
  'TOKEN_EXPIRED',
  'TOKEN_SUPERSEDED',
  'CONFIRMATION_REQUIRED',
  'CODE_INVALID',
  'CODE_EXPIRED',
  'CODE_USED',
  'CODE_SUPERSEDED',
  'CODE_TRIES_EXHAUSTED',
  'UNAUTHENTICATED',
  'SESSION_INVALID',
  'TENANT_FORBIDDEN',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
  'REFRESH_TOKEN_ROTATED',
  'SESSION_NOT_FOUND',
  'RATE_LIMITED',
  'ADMIN_API_DISABLED',
  'ADMIN_KEY_INVALID',
  'METRICS_TOKEN_INVALID',
  'PERMISSION_REQUIRED',
  'MEMBERSHIP_ENDED',
  'NO_MEMBERSHIP',
  'MEMBER_NOT_FOUND',
  'LAST_OWNER',
  'ALREADY_A_MEMBER',
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  'INVITATION_FOR_ANOTHER_ADDRESS',
  'CURSOR_INVALID',
  'SERVICE_UNAVAILABLE',
  'SERVICE_TOKEN_INVALID',
  'SERVICE_CLIENT_REVOKED',
  'SERVICE_NOT_ALLOWED',
  'SCOPE_REQUIRED',
  'SERVICE_CLIENT_NOT_FOUND',
  'CLIENT_AUTHENTICATION_FAILED',
  'PASSKEY_NOT_RECOGNIZED',
  'PASSKEY_NOT_FOUND',
  'PASSKEY_REJECTED',
  'FRESH_SIGNIN_REQUIRED',
] as const satisfies readonly ServerReason[];

/** Why the service refused a call (`error.data.reason`). */
export type AccountsErrorReason = (typeof ACCOUNTS_ERROR_REASONS)[number];

// Does not compile while the server has a reason the list lacks (the `satisfies` above catches
// the other way round); the error names the missing reason.
type MissingReason = Exclude<ServerReason, AccountsErrorReason>;
const listsEveryReason: [MissingReason] extends [never] ? true : MissingReason = true;
void listsEveryReason;

/** An error of a call to this service; `data` is absent when the service was not reached. */
export type ApiClientError = TRPCClientError<AppRouter>;

const knownReasons: ReadonlySet<string> = new Set(ACCOUNTS_ERROR_REASONS);

/** The documented reason the service refused a call for, or undefined (unreachable, a fault, another error). */
export function accountsErrorReason(error: unknown): AccountsErrorReason | undefined {
  if (!isTRPCClientError<AppRouter>(error)) return undefined;
  const reason: unknown = error.data?.reason;
  return typeof reason === 'string' && knownReasons.has(reason)
    ? (reason as AccountsErrorReason)
    : undefined;
}

/** Whether the service refused the call, for the given reason if one is named. */
export function isAccountsError<R extends AccountsErrorReason = AccountsErrorReason>(
  error: unknown,
  reason?: R,
): error is ApiClientError & { data: { reason: R } } {
  const actual = accountsErrorReason(error);
  return actual !== undefined && (reason === undefined || actual === reason);
}
