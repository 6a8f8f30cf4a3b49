import { insertVerificationToken, type DB } from '@dyocense/db';
import type { SignupInput } from '../schemas';
import { generateToken, hashToken } from '../tokens';

export interface SignupDeps {
  db: DB;
  now: () => Date;
  devMode: boolean;
  verificationTokenTtlSeconds: number;
}

export interface SignupResult {
  message: string;
  email: string;
  token?: string;
}

/**
 * Stores a one-time verification token (its hash only) for the sign-up request. The answer is
 * the same whether or not the email already has an account; verifying then signs in instead.
 */
export async function requestSignup(deps: SignupDeps, input: SignupInput): Promise<SignupResult> {
  const token = generateToken();
  const now = deps.now();
  await insertVerificationToken(deps.db, {
    token_hash: hashToken(token),
    email: input.email,
    full_name: input.name,
    business_name: input.business_name,
    intent: input.intent ?? null,
    use_case: input.use_case || null,
    metadata: JSON.stringify({ source: 'signup' }),
    expires_at: new Date(now.getTime() + deps.verificationTokenTtlSeconds * 1000),
    created_at: now,
    used_at: null,
  });

  if (deps.devMode) {
    return { token, message: `Dev mode: Use this token to verify: ${token}`, email: input.email };
  }
  return {
    message: 'Check your email: we sent you a link to finish signing up.',
    email: input.email,
  };
}
