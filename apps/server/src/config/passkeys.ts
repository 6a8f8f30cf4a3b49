import { API_DEFAULTS } from '@dyocense/api';
import { z } from 'zod';
import { ConfigError } from './config-error';
import { whole } from './values';

/** Passkeys' relying party, and how recent a sign-in must be to add or remove one. */
export const passkeysSchema = z
  .object({
    WEBAUTHN_RP_ID: z
      .string()
      .regex(
        /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
        'WEBAUTHN_RP_ID must be a lowercase host name such as example.com (no scheme, port or path)',
      )
      .optional()
      .meta({
        description:
          'the passkeys’ relying party ID: the web app’s host or a parent domain of it (`example.com` for `app.example.com`), so passkeys work across its subdomains; changing it later orphans the passkeys made before',
        defaultText: 'the host of `$FRONTEND_URL`',
      }),
    FRESH_SIGNIN_SECONDS: whole(60, 86_400).default(API_DEFAULTS.freshSigninSeconds).meta({
      description:
        'adding or removing a passkey needs a sign-in at most this many seconds ago; older sessions are asked to sign in again',
    }),
  })
  .meta({ title: 'Passkeys' });

export interface PasskeysConfig {
  /** The RP ID passkeys are bound to; the host of FRONTEND_URL when absent. */
  webauthnRpId?: string;
  freshSigninSeconds: number;
}

/**
 * Passkeys as configured; throws a ConfigError for an RP ID that browsers would refuse on the web
 * app's origin (neither its host nor a parent domain of it).
 */
export function readPasskeys(
  env: z.output<typeof passkeysSchema>,
  frontendUrl: string,
): PasskeysConfig {
  const rpId = env.WEBAUTHN_RP_ID;
  const host = new URL(frontendUrl).hostname;
  if (rpId !== undefined && host !== rpId && !host.endsWith(`.${rpId}`)) {
    throw new ConfigError(
      `WEBAUTHN_RP_ID must be the host of FRONTEND_URL (${host}) or a parent domain of it: browsers refuse passkeys for any other`,
    );
  }
  return {
    ...(rpId !== undefined && { webauthnRpId: rpId }),
    freshSigninSeconds: env.FRESH_SIGNIN_SECONDS,
  };
}
