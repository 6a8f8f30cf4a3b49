import {
  consumeVerificationToken,
  findDefaultWorkspace,
  findUserByEmail,
  findVerificationToken,
  isUniqueViolation,
  type DB,
  type User,
} from '@dyocense/db';
import { AccountsError } from '../errors';
import { hashToken } from '../tokens';
import { provisionAccount } from './provision-account';

export interface VerifiedAccount {
  user: User;
  workspaceId: string;
  /** False when the email already had an account and the token signed in to it. */
  created: boolean;
}

// A unique violation means a concurrent verify created the same account (or tenant id) first;
// the retry then finds it and signs in.
const MAX_ATTEMPTS = 3;

async function explainUnusableToken(db: DB, tokenHash: string): Promise<AccountsError> {
  const token = await findVerificationToken(db, tokenHash);
  if (!token) return new AccountsError('TOKEN_NOT_FOUND');
  if (token.used_at) return new AccountsError('TOKEN_USED');
  return new AccountsError('TOKEN_EXPIRED');
}

async function existingAccount(db: DB, email: string): Promise<VerifiedAccount | undefined> {
  const user = await findUserByEmail(db, email);
  if (!user) return undefined;
  const workspace = await findDefaultWorkspace(db, user.tenant_id);
  return { user, workspaceId: workspace?.id ?? '', created: false };
}

/**
 * Consumes a verification token and, in the same transaction, provisions the account (or signs
 * in to the one the email already has). Nothing is consumed or created unless all of it commits.
 */
export async function verifyEmailToken(
  deps: { db: DB; now: () => Date },
  token: string,
): Promise<VerifiedAccount> {
  const tokenHash = hashToken(token);
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.transaction().execute(async (trx) => {
        const now = deps.now();
        const consumed = await consumeVerificationToken(trx, tokenHash, now);
        if (!consumed) throw await explainUnusableToken(trx, tokenHash);
        const existing = await existingAccount(trx, consumed.email);
        if (existing) return existing;
        return { ...(await provisionAccount(trx, consumed, now)), created: true };
      });
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
