import type { AccountsErrorReason, AppRouter } from '@dyocense/client';
import { waitDescription } from '@dyocense/api/wait-description';
import { isTRPCClientError } from '@trpc/client';

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

export const MESSAGES = {
  fields: 'Check the highlighted fields.',
  linkExpired: 'This link has expired.',
  linkUsed: 'This link was already used.',
  linkUnknown: 'This link is not valid.',
  linkSuperseded: 'A newer link was sent to this address.',
  confirmationRequired: 'This link was opened in another browser. Confirm to continue.',
  sessionEnded: 'Your session has ended. Sign in again to continue.',
  membershipEnded: 'You no longer have access to this business.',
  unreachable: 'We could not reach Dyocense. Check your connection and try again.',
  tooManyRequests: 'Too many attempts. Try again later.',
  serverFault: 'Something went wrong on our side. Please try again in a moment.',
} as const;

/** The refusals of teams (members, invitations, switching business), in plain words. */
export const TEAM_MESSAGES: Partial<Record<AccountsErrorReason, string>> = {
  PERMISSION_REQUIRED: 'Your role in this business does not allow this. Ask one of its owners.',
  NO_MEMBERSHIP: 'Your account no longer belongs to any business.',
  TENANT_FORBIDDEN: 'You are not a member of that business.',
  MEMBER_NOT_FOUND: 'This person is no longer a member of this business.',
  LAST_OWNER: 'A business needs at least one owner. Make someone else an owner first.',
  ALREADY_A_MEMBER: 'This person is already a member of this business.',
  INVITATION_NOT_FOUND: 'This invitation is no longer valid.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  INVITATION_USED: 'This invitation was already accepted.',
  INVITATION_FOR_ANOTHER_ADDRESS: 'This invitation was sent to another email address.',
};

/** Maps any error from a tRPC call to what a person should see, in plain words. */
export function describeFailure(error: unknown): ApiFailure {
  if (!isTRPCClientError<AppRouter>(error) || !error.data) {
    return { kind: 'unreachable', message: MESSAGES.unreachable };
  }
  const { reason, fields, code, httpStatus } = error.data;
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
  if (code === 'UNAUTHORIZED') return { kind: 'session-ended', message: MESSAGES.sessionEnded };
  const teamMessage = reason ? TEAM_MESSAGES[reason] : undefined;
  if (teamMessage) return { kind: 'failed', message: teamMessage };
  if (code === 'TOO_MANY_REQUESTS') return rateLimited(error.data.retryAfterSeconds);
  if (httpStatus >= 500) return { kind: 'failed', message: MESSAGES.serverFault };
  return { kind: 'failed', message: error.message };
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
