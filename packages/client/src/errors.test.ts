import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from './app-router';
import { accountsErrorReason, isAccountsError } from './errors';

/** A client error as tRPC makes it from a refusal whose `data` is given. */
function refusal(data: Record<string, unknown>): TRPCClientError<AppRouter> {
  return TRPCClientError.from({
    error: {
      message: 'refused',
      code: -32600,
      data: { code: 'CONFLICT', httpStatus: 409, ...data },
    },
  });
}

describe('accountsErrorReason', () => {
  it('reads a documented reason', () => {
    expect(accountsErrorReason(refusal({ reason: 'TOKEN_USED' }))).toBe('TOKEN_USED');
    expect(isAccountsError(refusal({ reason: 'TOKEN_USED' }))).toBe(true);
  });

  it('is undefined for a reason it does not document, none, or any other error', () => {
    expect(accountsErrorReason(refusal({ reason: 'SOMETHING_NEW' }))).toBeUndefined();
    expect(accountsErrorReason(refusal({}))).toBeUndefined();
    expect(accountsErrorReason(new TRPCClientError('fetch failed'))).toBeUndefined();
    expect(accountsErrorReason(new Error('TOKEN_USED'))).toBeUndefined();
    expect(accountsErrorReason({ data: { reason: 'TOKEN_USED' } })).toBeUndefined();
    expect(accountsErrorReason(undefined)).toBeUndefined();
    expect(isAccountsError(refusal({ reason: 'SOMETHING_NEW' }))).toBe(false);
  });

  it('narrows to the reason asked for', () => {
    const error: unknown = refusal({ reason: 'TOKEN_EXPIRED' });
    expect(isAccountsError(error, 'TOKEN_USED')).toBe(false);
    if (!isAccountsError(error, 'TOKEN_EXPIRED')) throw new Error('expected TOKEN_EXPIRED');
    const reason: 'TOKEN_EXPIRED' = error.data.reason;
    expect(reason).toBe('TOKEN_EXPIRED');
  });
});
