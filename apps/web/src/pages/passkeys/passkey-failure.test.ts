import { WebAuthnError } from '@simplewebauthn/browser';
import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../api-errors';
import { describePasskeyFailure, isCeremonyCancelled, PASSKEY_MESSAGES } from './passkey-failure';

function refusal(reason: string, code: string, httpStatus: number) {
  return TRPCClientError.from({
    error: { code: -32000, message: 'server words', data: { code, httpStatus, reason } },
  });
}

const domException = (name: string) => new DOMException('The prompt ended', name);

describe('isCeremonyCancelled', () => {
  it('reads a closed or timed-out prompt, and one a newer prompt replaced, as cancelled', () => {
    expect(isCeremonyCancelled(domException('NotAllowedError'))).toBe(true);
    expect(isCeremonyCancelled(domException('AbortError'))).toBe(true);
    const aborted = new WebAuthnError({
      message: 'aborted',
      code: 'ERROR_CEREMONY_ABORTED',
      cause: domException('AbortError'),
    });
    expect(isCeremonyCancelled(aborted)).toBe(true);
  });

  it('does not hide real failures', () => {
    expect(isCeremonyCancelled(domException('SecurityError'))).toBe(false);
    expect(isCeremonyCancelled(refusal('PASSKEY_NOT_RECOGNIZED', 'UNAUTHORIZED', 401))).toBe(false);
    expect(isCeremonyCancelled('NotAllowedError')).toBe(false);
  });
});

describe('describePasskeyFailure', () => {
  it.each([
    ['PASSKEY_NOT_RECOGNIZED', 'UNAUTHORIZED', 401, PASSKEY_MESSAGES.notRecognized],
    ['PASSKEY_REJECTED', 'BAD_REQUEST', 400, PASSKEY_MESSAGES.rejected],
    ['PASSKEY_NOT_FOUND', 'NOT_FOUND', 404, PASSKEY_MESSAGES.notFound],
  ])('words %s plainly (not as an ended session)', (reason, code, status, message) => {
    expect(describePasskeyFailure(refusal(reason, code, status))).toBe(message);
  });

  it('says a device already holds a passkey for the account', () => {
    const registered = new WebAuthnError({
      message: 'registered',
      code: 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED',
      cause: domException('InvalidStateError'),
    });
    expect(describePasskeyFailure(registered)).toBe(PASSKEY_MESSAGES.alreadyAdded);
  });

  it('blames the browser for what failed before any call, and the network after', () => {
    expect(describePasskeyFailure(domException('SecurityError'))).toBe(
      PASSKEY_MESSAGES.browserFailed,
    );
    expect(describePasskeyFailure(new TRPCClientError('Failed to fetch'))).toBe(
      MESSAGES.unreachable,
    );
  });
});
