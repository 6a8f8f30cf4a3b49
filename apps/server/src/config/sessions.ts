import { API_DEFAULTS } from '@dyocense/api';
import { z } from 'zod';
import type { NodeEnv } from './node-env';
import { flag, whole } from './values';

/** How long sessions and emailed links last; the defaults are the API's own. */
export const sessionsSchema = z
  .object({
    SESSION_TTL_DAYS: whole(1, 365)
      .default(API_DEFAULTS.sessionTtlDays)
      .meta({ description: 'a session ends after this many days without a refresh' }),
    REFRESH_REUSE_GRACE_SECONDS: whole(0, 300).default(API_DEFAULTS.refreshReuseGraceSeconds).meta({
      description: 'a refresh token rotated this recently is a concurrent refresh, not theft',
    }),
    COOKIE_SECURE: flag('COOKIE_SECURE').optional().meta({
      description: 'mark the refresh-token cookie `Secure` (HTTPS only)',
      defaultText: '`true` in production, else `false`',
    }),
    VERIFICATION_TOKEN_TTL: whole(60, 30 * 86_400)
      .default(API_DEFAULTS.verificationTokenTtlSeconds)
      .meta({ description: 'how long a sign-up link lasts, seconds' }),
    SIGNIN_TOKEN_TTL: whole(60, 86_400)
      .default(API_DEFAULTS.signinTokenTtlSeconds)
      .meta({ description: 'how long a sign-in link lasts, seconds' }),
    EMAIL_CODE_TTL_SECONDS: whole(60, 3600).default(API_DEFAULTS.emailCodeTtlSeconds).meta({
      description:
        'how long the code in a sign-up or sign-in email works, seconds (never longer than its link)',
    }),
    INVITATION_TTL_DAYS: whole(1, 30).default(API_DEFAULTS.invitationTtlDays).meta({
      description: 'how long an invitation’s link lasts, days (a resend starts it again)',
    }),
  })
  .meta({ title: 'Sessions and links' });

export interface SessionsConfig {
  sessionTtlDays: number;
  refreshReuseGraceSeconds: number;
  /** Whether the refresh-token cookie is marked Secure (HTTPS only). */
  cookieSecure: boolean;
  verificationTokenTtlSeconds: number;
  signinTokenTtlSeconds: number;
  emailCodeTtlSeconds: number;
  invitationTtlDays: number;
}

export function readSessions(
  env: z.output<typeof sessionsSchema>,
  nodeEnv: NodeEnv,
): SessionsConfig {
  return {
    sessionTtlDays: env.SESSION_TTL_DAYS,
    refreshReuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    cookieSecure: env.COOKIE_SECURE ?? nodeEnv === 'production',
    verificationTokenTtlSeconds: env.VERIFICATION_TOKEN_TTL,
    signinTokenTtlSeconds: env.SIGNIN_TOKEN_TTL,
    emailCodeTtlSeconds: env.EMAIL_CODE_TTL_SECONDS,
    invitationTtlDays: env.INVITATION_TTL_DAYS,
  };
}
