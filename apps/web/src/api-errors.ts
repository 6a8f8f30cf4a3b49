import { accountsErrorReason, type AccountsErrorReason, type AppRouter } from '@dyocense/client';
import { waitDescription } from '@dyocense/api/wait-description';
import { isTRPCClientError } from '@trpc/client';
import {
  MESSAGES,
  REASON_MESSAGES,
  SERVER_WORDED_REASONS,
  SESSION_ENDED_REASONS,
} from './api-error-messages';

/** What the app does about a failed call: each kind has its own screen or message. */
export type ApiFailure =
  | { kind: 'fields'; fields: Record<string, string>; message: string }
  | { kind: 'link-expired'; message: string }
  | { kind: 'link-used'; message: string }
  | { kind: 'link-unknown'; message: string }
  | { kind: 'link-superseded'; message: string }
  | { kind: 'confirmation-required'; message: string }
  | { kind: 'session-ended'; message: string }
  | { kind: 'membership-ended'; message: string }
  /** `retryAfterSeconds`: the server's Retry-After, when it gave one. */
  | { kind: 'rate-limited'; message: string; retryAfterSeconds: number | undefined }
  | { kind: 'unreachable'; message: string }
  | { kind: 'failed'; message: string };

export { MESSAGES, REASON_MESSAGES } from './api-error-messages';

/** Maps any error from a tRPC call to what a person should see, in plain words. */
export function describeFailure(error: unknown): ApiFailure {
  if (!isTRPCClientError<AppRouter>(error) || !error.data) {
    return { kind: 'unreachable', message: MESSAGES.unreachable };
  }
  const { fields, code, httpStatus } = error.data;
  const reason = accountsErrorReason(error);
  if (fields && Object.keys(fields).length > 0) {
    return { kind: 'fields', fields, message: MESSAGES.fields };
  }
  switch (reason) {
    case 'TOKEN_EXPIRED':
      return { kind: 'link-expired', message: MESSAGES.linkExpired };
    case 'TOKEN_USED':
      return { kind: 'link-used', message: MESSAGES.linkUsed };
    case 'TOKEN_NOT_FOUND':
      return { kind: 'link-unknown', message: MESSAGES.linkUnknown };
    case 'TOKEN_SUPERSEDED':
      return { kind: 'link-superseded', message: MESSAGES.linkSuperseded };
    case 'CONFIRMATION_REQUIRED':
      return { kind: 'confirmation-required', message: MESSAGES.confirmationRequired };
    // Not an ended session: a refresh may move it to another business (see follow-tenant.ts).
    case 'MEMBERSHIP_ENDED':
      return { kind: 'membership-ended', message: MESSAGES.membershipEnded };
  }
  // A 401 for another key (the operator's, a passkey) refuses that key, not this session.
  if (code === 'UNAUTHORIZED' && (!reason || SESSION_ENDED_REASONS.has(reason))) {
    return { kind: 'session-ended', message: MESSAGES.sessionEnded };
  }
  if (code === 'TOO_MANY_REQUESTS') return rateLimited(error.data.retryAfterSeconds);
  if (reason) return { kind: 'failed', message: reasonMessage(reason, error.message) };
  if (httpStatus >= 500) return { kind: 'failed', message: MESSAGES.serverFault };
  return { kind: 'failed', message: MESSAGES.failed };
}

function reasonMessage(reason: AccountsErrorReason, serverMessage: string): string {
  return SERVER_WORDED_REASONS.has(reason) ? serverMessage : REASON_MESSAGES[reason];
}

/** "Too many attempts. Try again in 59 minutes.": the real wait, as the server counts it. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  return `Too many attempts. Try again in ${waitDescription(retryAfterSeconds)}.`;
}

function rateLimited(retryAfterSeconds: number | undefined): ApiFailure {
  const seconds =
    typeof retryAfterSeconds === 'number' && retryAfterSeconds > 0
      ? Math.ceil(retryAfterSeconds)
      : undefined;
  const message = seconds ? rateLimitMessage(seconds) : MESSAGES.tooManyRequests;
  return { kind: 'rate-limited', message, retryAfterSeconds: seconds };
}

/** Whether retrying could help: not for answers the server gave on purpose. */
export function isWorthRetrying(error: unknown): boolean {
  if (!isTRPCClientError<AppRouter>(error) || !error.data) return true;
  return error.data.httpStatus >= 500;
}
