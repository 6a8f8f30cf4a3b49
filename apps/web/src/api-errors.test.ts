import { ACCOUNTS_ERROR_REASONS } from '@dyocense/client';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { SERVER_WORDED_REASONS } from './api-error-messages';
import { describeFailure, isWorthRetrying, MESSAGES, REASON_MESSAGES } from './api-errors';

/** The error the tRPC client raises for a server's error response (as the server shapes it). */
function serverError(
  code: string,
  httpStatus: number,
  message: string,
  extra: { reason?: string; fields?: Record<string, string>; retryAfterSeconds?: number } = {},
) {
  return TRPCClientError.from({
    error: { code: -32000, message, data: { code, httpStatus, path: 'auth.verify', ...extra } },
  });
}

describe('describeFailure', () => {
  it.each([
    ['TOKEN_EXPIRED', 'PRECONDITION_FAILED', 412, 'link-expired', MESSAGES.linkExpired],
    ['TOKEN_USED', 'CONFLICT', 409, 'link-used', MESSAGES.linkUsed],
    ['TOKEN_NOT_FOUND', 'NOT_FOUND', 404, 'link-unknown', MESSAGES.linkUnknown],
    ['TOKEN_SUPERSEDED', 'CONFLICT', 409, 'link-superseded', MESSAGES.linkSuperseded],
    [
      'CONFIRMATION_REQUIRED',
      'PRECONDITION_REQUIRED',
      428,
      'confirmation-required',
      MESSAGES.confirmationRequired,
    ],
  ])('shows the %s screen', (reason, code, status, kind, message) => {
    expect(describeFailure(serverError(code, status, 'server words', { reason }))).toEqual({
      kind,
      message,
    });
  });

  it('puts validation errors beside their fields', () => {
    const fields = { email: 'Enter a valid email address, like name@example.com' };
    expect(describeFailure(serverError('BAD_REQUEST', 400, 'email: …', { fields }))).toEqual({
      kind: 'fields',
      fields,
      message: MESSAGES.fields,
    });
  });

  it.each(['UNAUTHENTICATED', 'SESSION_INVALID'])('ends the session on %s', (reason) => {
    expect(describeFailure(serverError('UNAUTHORIZED', 401, 'Sign in', { reason })).kind).toBe(
      'session-ended',
    );
  });

  it('says plainly when the server could not be reached', () => {
    const failure = describeFailure(TRPCClientError.from(new TypeError('Failed to fetch')));
    expect(failure).toEqual({ kind: 'unreachable', message: MESSAGES.unreachable });
    expect(describeFailure(new Error('anything else')).kind).toBe('unreachable');
  });

  it('hides the details of a server fault', () => {
    expect(describeFailure(serverError('INTERNAL_SERVER_ERROR', 500, 'stack…')).message).toBe(
      MESSAGES.serverFault,
    );
  });

  it.each([
    [3540, 'Too many attempts. Try again in 59 minutes.'],
    [3599, 'Too many attempts. Try again in 60 minutes.'],
    [45, 'Too many attempts. Try again in 45 seconds.'],
    [1, 'Too many attempts. Try again in 1 second.'],
  ])('states the real wait of a rate limit of %i seconds', (retryAfterSeconds, message) => {
    const limited = serverError('TOO_MANY_REQUESTS', 429, 'slow down', {
      reason: 'RATE_LIMITED',
      retryAfterSeconds,
    });
    expect(describeFailure(limited)).toEqual({ kind: 'rate-limited', message, retryAfterSeconds });
  });

  it('never guesses a wait the server did not give', () => {
    const failure = describeFailure(serverError('TOO_MANY_REQUESTS', 429, 'slow down'));
    expect(failure).toEqual({
      kind: 'rate-limited',
      message: MESSAGES.tooManyRequests,
      retryAfterSeconds: undefined,
    });
    expect(failure.message).not.toMatch(/minute/);
  });

  it('never shows the server’s words for a refusal without a reason: they are for developers', () => {
    const refused = serverError('FORBIDDEN', 403, 'Send the token as "Authorization: Bearer …"');
    expect(describeFailure(refused)).toEqual({ kind: 'failed', message: MESSAGES.failed });
  });

  it('refuses a wrong operator key without ending the session', () => {
    const wrongKey = serverError('UNAUTHORIZED', 401, 'Send the operator key as …', {
      reason: 'ADMIN_KEY_INVALID',
    });
    expect(describeFailure(wrongKey)).toEqual({
      kind: 'failed',
      message: 'That key was not accepted. Check the operator key and try again.',
    });
  });

  it('keeps the server’s count of the tries a wrong code leaves', () => {
    const wrong = serverError('NOT_FOUND', 404, 'That code is not right. You have 2 tries left.', {
      reason: 'CODE_INVALID',
    });
    expect(describeFailure(wrong).message).toBe('That code is not right. You have 2 tries left.');
  });
});

describe('the message of every refusal', () => {
  const reasonCode = /\b[A-Z]{2,}(?:_[A-Z]+)+\b/;

  // CODE_INVALID keeps the server's words, tested above: they count the tries left.
  const inTheAppsWords = ACCOUNTS_ERROR_REASONS.filter(
    (reason) => !SERVER_WORDED_REASONS.has(reason),
  );

  it.each(inTheAppsWords)('%s gets words a person can act on', (reason) => {
    const message = describeFailure(
      serverError('CONFLICT', 409, `${reason}: server words`, { reason }),
    ).message;
    expect(message).toBe(REASON_MESSAGES[reason]);
    expect(message).toMatch(/^[A-Z].*\.$/);
    expect(message).not.toMatch(reasonCode);
    expect(message).not.toMatch(/Bearer|server words/);
  });

  it('names no reason code in any message', () => {
    const everyMessage = [...Object.values(REASON_MESSAGES), ...Object.values(MESSAGES)];
    for (const message of everyMessage) expect(message).not.toMatch(reasonCode);
  });
});

describe('describeFailure for teams', () => {
  it('tells an ended membership from an ended session: a refresh may move it to another business', () => {
    const removed = serverError('UNAUTHORIZED', 401, 'no longer a member', {
      reason: 'MEMBERSHIP_ENDED',
    });
    expect(describeFailure(removed)).toEqual({
      kind: 'membership-ended',
      message: MESSAGES.membershipEnded,
    });
  });

  it.each(['PERMISSION_REQUIRED', 'LAST_OWNER', 'INVITATION_FOR_ANOTHER_ADDRESS'] as const)(
    'says %s in the app’s words',
    (reason) => {
      expect(describeFailure(serverError('CONFLICT', 409, 'server words', { reason }))).toEqual({
        kind: 'failed',
        message: REASON_MESSAGES[reason],
      });
    },
  );
});

describe('isWorthRetrying', () => {
  it('retries faults and lost connections, never deliberate refusals', () => {
    expect(isWorthRetrying(serverError('INTERNAL_SERVER_ERROR', 500, 'oops'))).toBe(true);
    expect(isWorthRetrying(TRPCClientError.from(new TypeError('Failed to fetch')))).toBe(true);
    expect(isWorthRetrying(serverError('UNAUTHORIZED', 401, 'no'))).toBe(false);
    expect(
      isWorthRetrying(serverError('NOT_FOUND', 404, 'no', { reason: 'TOKEN_NOT_FOUND' })),
    ).toBe(false);
  });
});
