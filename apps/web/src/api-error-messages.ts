import type { AccountsErrorReason } from '@dyocense/client';

/** The app's words for what is not one refusal: a lost connection, a fault, a form to fix. */
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
  failed: 'That did not work. Reload the page and try again.',
} as const;

/**
 * Every refusal the service may answer with, in words a person can act on. The server's own
 * messages are written for developers calling the API ("send the token as …"), so none is shown.
 */
export const REASON_MESSAGES: Record<AccountsErrorReason, string> = {
  TOKEN_NOT_FOUND: MESSAGES.linkUnknown,
  TOKEN_USED: MESSAGES.linkUsed,
  TOKEN_EXPIRED: MESSAGES.linkExpired,
  TOKEN_SUPERSEDED: MESSAGES.linkSuperseded,
  CONFIRMATION_REQUIRED: MESSAGES.confirmationRequired,
  CODE_INVALID: 'That code is not right. Enter the code from the newest email.',
  CODE_EXPIRED: 'This code has expired. Send a new code, or use the link in the email.',
  CODE_USED: 'This code was already used. Send a new code to sign in again.',
  CODE_SUPERSEDED: 'A newer email was sent to this address. Enter the code from that one.',
  CODE_TRIES_EXHAUSTED: 'Too many wrong codes. Send a new code, or use the link in the email.',
  UNAUTHENTICATED: MESSAGES.sessionEnded,
  SESSION_INVALID: MESSAGES.sessionEnded,
  REFRESH_TOKEN_INVALID: MESSAGES.sessionEnded,
  REFRESH_TOKEN_REUSED: MESSAGES.sessionEnded,
  REFRESH_TOKEN_ROTATED: 'Your session was just renewed in another tab. Reload the page.',
  SESSION_NOT_FOUND: 'This session has already ended.',
  TENANT_FORBIDDEN: 'You are not a member of that business.',
  RATE_LIMITED: MESSAGES.tooManyRequests,
  ADMIN_API_DISABLED:
    'This server has no operator key set up, so the sign-up funnel is turned off. Whoever runs the server can set one.',
  ADMIN_KEY_INVALID: 'That key was not accepted. Check the operator key and try again.',
  METRICS_TOKEN_INVALID: 'That metrics token was not accepted. Check it and try again.',
  PERMISSION_REQUIRED: 'Your role in this business does not allow this. Ask one of its owners.',
  MEMBERSHIP_ENDED: MESSAGES.membershipEnded,
  NO_MEMBERSHIP: 'Your account no longer belongs to any business.',
  MEMBER_NOT_FOUND: 'This person is no longer a member of this business.',
  LAST_OWNER: 'A business needs at least one owner. Make someone else an owner first.',
  ALREADY_A_MEMBER: 'This person is already a member of this business.',
  INVITATION_NOT_FOUND: 'This invitation is no longer valid.',
  INVITATION_EXPIRED: 'This invitation has expired. Ask for a new one.',
  INVITATION_USED: 'This invitation was already accepted.',
  INVITATION_FOR_ANOTHER_ADDRESS: 'This invitation was sent to another email address.',
  CURSOR_INVALID: 'This list changed while you were reading it. Reload the page.',
  SERVICE_UNAVAILABLE: 'Dyocense is not answering right now. Try again in a minute.',
  SERVICE_TOKEN_INVALID: 'This service’s access has expired. It needs to ask for new access.',
  SERVICE_CLIENT_REVOKED: 'This service credential was revoked. An owner can create a new one.',
  SERVICE_NOT_ALLOWED: 'Only a person who is signed in can do this, not a service.',
  SCOPE_REQUIRED: 'This service credential is not allowed to do this.',
  SERVICE_CLIENT_NOT_FOUND: 'This service credential no longer exists.',
  CLIENT_AUTHENTICATION_FAILED: 'The service’s id or secret was not accepted.',
  PASSKEY_NOT_RECOGNIZED:
    'This passkey is not one of your Dyocense account’s: it may have been removed. Sign in with your email instead.',
  PASSKEY_NOT_FOUND: 'This passkey was already removed.',
  PASSKEY_REJECTED: 'This passkey could not be added. Try again, or use another device.',
  FRESH_SIGNIN_REQUIRED: 'For your safety, confirm it’s you, then try again.',
};

/**
 * Refusals whose server message is written for people and says what only the server knows
 * ("You have 2 tries left."): shown as the server words them.
 */
export const SERVER_WORDED_REASONS: ReadonlySet<AccountsErrorReason> = new Set(['CODE_INVALID']);

/** The refusals that mean this browser's session is over, not that one action was refused. */
export const SESSION_ENDED_REASONS: ReadonlySet<AccountsErrorReason> = new Set([
  'UNAUTHENTICATED',
  'SESSION_INVALID',
  'REFRESH_TOKEN_INVALID',
  'REFRESH_TOKEN_REUSED',
]);
