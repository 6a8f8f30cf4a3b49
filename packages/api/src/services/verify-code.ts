import {
  consumeEmailCode,
  countWrongEmailCode,
  findCurrentEmailCode,
  findEmailCode,
  type DB,
  type SubmittedCode,
  type VerificationToken,
} from '@dyocense/db';
import { EMAIL_CODE_MAX_TRIES, emailCodeHash } from '../email-code';
import { AccountsError, type AccountsErrorReason } from '../errors';
import { hashToken } from '../tokens';
import { inTransactionWithRetry } from './transactions';
import { signInWithConsumedToken, type SignedInAccount, type VerifyDeps } from './verify-email';

/** What a browser sends: the address it asked for, the code typed and its own nonce. */
export interface CodeSubmission {
  email: string;
  /** 8 digits, already normalised by the input schema. */
  code: string;
  nonce: string;
}

/** Why a code was not used: `wrong` counts a try, `unknown` (no code for this browser) none. */
type CodeStatus = 'wrong' | 'unknown' | 'used' | 'superseded' | 'expired' | 'exhausted';

const REFUSAL_BY_STATUS: Record<Exclude<CodeStatus, 'wrong'>, AccountsErrorReason> = {
  unknown: 'CODE_INVALID',
  used: 'CODE_USED',
  superseded: 'CODE_SUPERSEDED',
  expired: 'CODE_EXPIRED',
  exhausted: 'CODE_TRIES_EXHAUSTED',
};

/** The `verify_failed` detail of each refusal. */
const FAILURE_DETAIL: Partial<Record<AccountsErrorReason, string>> = {
  CODE_INVALID: 'code_invalid',
  CODE_USED: 'code_used',
  CODE_SUPERSEDED: 'code_superseded',
  CODE_EXPIRED: 'code_expired',
  CODE_TRIES_EXHAUSTED: 'code_exhausted',
};

/** A refused code, with the token it was tried against (when there is one). */
class RefusedCode extends Error {
  constructor(
    readonly status: CodeStatus,
    readonly token: VerificationToken | undefined,
  ) {
    super(status);
  }
}

/** Where a token's code stands, as a refusal; `valid` when it would still work. */
function codeStatus(token: VerificationToken, now: Date): CodeStatus | 'valid' {
  if (token.used_at) return 'used';
  if (token.superseded_at) return 'superseded';
  if (!token.code_expires_at || token.code_expires_at <= now) return 'expired';
  if (token.code_attempts >= EMAIL_CODE_MAX_TRIES) return 'exhausted';
  return 'valid';
}

/**
 * Why a code was not consumed. A code that names a token says what became of it (used, retired
 * by a newer email, expired, out of tries); any other code is wrong, and counts against the
 * newest code this browser asked for at this address, as that one's state allows.
 */
async function explainRefusedCode(db: DB, code: SubmittedCode, now: Date): Promise<RefusedCode> {
  const named = await findEmailCode(db, code);
  if (named) {
    const status = codeStatus(named, now);
    if (status !== 'valid') return new RefusedCode(status, named);
  }
  const current = await findCurrentEmailCode(db, code);
  if (!current) return new RefusedCode('unknown', undefined);
  const status = codeStatus(current, now);
  return new RefusedCode(status === 'valid' ? 'wrong' : status, current);
}

function triesLeftMessage(triesLeft: number): string {
  if (triesLeft === 0) return 'That code is not right, and that was the last try. Send a new code.';
  return `That code is not right. You have ${triesLeft} ${triesLeft === 1 ? 'try' : 'tries'} left.`;
}

/**
 * Counts a wrong code in a write of its own (the attempt's transaction rolled back), so the try
 * is committed before the refusal is answered; concurrent wrong codes cannot pass the limit.
 */
async function countWrongTry(db: DB, token: VerificationToken): Promise<AccountsError> {
  const tries = await countWrongEmailCode(db, token.token_hash, EMAIL_CODE_MAX_TRIES);
  if (tries === undefined) return new AccountsError('CODE_TRIES_EXHAUSTED');
  return new AccountsError('CODE_INVALID', triesLeftMessage(EMAIL_CODE_MAX_TRIES - tries));
}

/**
 * Uses the code of a link's email: consumes its token (the link then answers TOKEN_USED) and
 * signs in exactly as the link would. The code works only in the browser that asked (its nonce),
 * for `emailCodeTtlSeconds` and at most EMAIL_CODE_MAX_TRIES wrong codes. A decoy's code (see
 * `noAccountNotice`) is never sent; one guessed all the same is answered as any wrong code.
 */
export async function verifyEmailCode(
  deps: VerifyDeps,
  submission: CodeSubmission,
  userAgent: string | null = null,
): Promise<SignedInAccount> {
  const code: SubmittedCode = {
    email: submission.email,
    nonceHash: hashToken(submission.nonce),
    codeHash: emailCodeHash(submission.nonce, submission.code),
  };
  try {
    return await inTransactionWithRetry(deps, async (trx) => {
      const now = deps.now();
      const consumed = await consumeEmailCode(trx, code, now, EMAIL_CODE_MAX_TRIES);
      if (!consumed) throw await explainRefusedCode(trx, code, now);
      const signedIn = await signInWithConsumedToken(trx, deps, consumed, {
        method: 'code',
        userAgent,
      });
      if (!signedIn) throw new RefusedCode('wrong', consumed);
      return signedIn;
    });
  } catch (error) {
    if (!(error instanceof RefusedCode)) throw error;
    const refusal =
      error.status === 'wrong' && error.token
        ? await countWrongTry(deps.db, error.token)
        : new AccountsError(REFUSAL_BY_STATUS[error.status === 'wrong' ? 'unknown' : error.status]);
    await deps.events.record(deps.db, {
      type: 'verify_failed',
      email: submission.email,
      intent: error.token?.intent ?? null,
      useCase: error.token?.use_case ?? null,
      detail: FAILURE_DETAIL[refusal.reason] ?? null,
    });
    throw refusal;
  }
}
