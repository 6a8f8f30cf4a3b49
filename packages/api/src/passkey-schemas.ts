import { z } from 'zod';
import { CONTROL_CHARACTER, listOf, verifyInput } from './schemas';

/**
 * Input and output shapes of the passkey procedures (`passkeys.*`, `auth.passkeyOptions`,
 * `auth.passkeySignin`): the WebAuthn JSON that @simplewebauthn/browser sends and expects,
 * strict enough that junk is a 400 naming its field.
 */

/** base64url text (no padding) of at most `max` characters. */
const base64url = (label: string, max: number) =>
  z
    .string({ error: `Send ${label} as base64url text` })
    .max(max, `${label} is longer than a passkey sends`)
    .regex(/^[A-Za-z0-9_-]+$/, `${label} must be base64url (letters, digits, - and _)`);

export const passkeyNameSchema = z
  .string({ error: 'Enter a name for the passkey' })
  .trim()
  .min(1, 'Enter a name for the passkey')
  .max(60, 'Use at most 60 characters for the passkey’s name')
  .refine(
    (name) => !CONTROL_CHARACTER.test(name),
    'Remove the control characters (such as NUL) from the passkey’s name',
  );

export const passkeyIdSchema = z
  .string({ error: 'Send the passkey id' })
  .regex(
    /^pk_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    'id is not a passkey id this service gave out',
  );

const AUTHENTICATOR_ATTACHMENTS = ['platform', 'cross-platform'] as const;
const REQUIREMENTS = ['discouraged', 'preferred', 'required'] as const;

// A credential id is at most 1023 bytes: 1364 base64url characters.
const credentialId = (label: string) => base64url(label, 1364);

const clientExtensionResults = z
  .object({
    appid: z.boolean().optional(),
    credProps: z.object({ rk: z.boolean().optional() }).optional(),
    hmacCreateSecret: z.boolean().optional(),
  })
  .describe('What the browser reported of the extensions; only `credProps` is read.');

const credentialFields = {
  id: credentialId('id'),
  rawId: credentialId('rawId'),
  authenticatorAttachment: z
    .enum(AUTHENTICATOR_ATTACHMENTS, {
      error: 'authenticatorAttachment is platform or cross-platform',
    })
    .optional(),
  clientExtensionResults,
  type: z.literal('public-key', { error: 'type is "public-key"' }),
};

/** What `startRegistration()` answers (RegistrationResponseJSON). */
export const registrationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: base64url('clientDataJSON', 4096),
    attestationObject: base64url('attestationObject', 12_000),
    authenticatorData: base64url('authenticatorData', 4096).optional(),
    transports: z
      .array(z.string().max(32, 'A transport is a short name such as "internal"'))
      .max(10, 'Send at most 10 transports')
      .optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: base64url('publicKey', 2048).optional(),
  }),
});

/** What `startAuthentication()` answers (AuthenticationResponseJSON). */
export const authenticationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: base64url('clientDataJSON', 4096),
    authenticatorData: base64url('authenticatorData', 4096),
    signature: base64url('signature', 1024),
    userHandle: base64url('userHandle', 128).optional(),
  }),
});

export const registerPasskeyInput = z.object({
  response: registrationResponseSchema,
  name: passkeyNameSchema
    .optional()
    .describe('What Settings calls it; "Passkey", "Passkey 2", … when not given'),
});

export const passkeyIdInput = z.object({ id: passkeyIdSchema });

export const renamePasskeyInput = z.object({ id: passkeyIdSchema, name: passkeyNameSchema });

export const passkeySigninInput = z.object({
  response: authenticationResponseSchema,
  refresh_token_delivery: verifyInput.shape.refresh_token_delivery,
});

export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime().nullable(),
  backed_up: z.boolean().describe('Whether the passkey is synced (backed up) beyond one device.'),
  device_type: z.enum(['singleDevice', 'multiDevice']),
});

export const passkeysOutput = listOf(passkeySchema);

const credentialDescriptor = z.object({
  id: z.string(),
  type: z.string(),
  transports: z.array(z.string()).optional(),
});

const hints = z.array(z.enum(['hybrid', 'security-key', 'client-device'])).optional();

/** For `startRegistration({ optionsJSON })` (PublicKeyCredentialCreationOptionsJSON). */
export const registrationOptionsOutput = z.object({
  options: z.object({
    rp: z.object({ name: z.string(), id: z.string().optional() }),
    user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
    challenge: z.string(),
    pubKeyCredParams: z.array(z.object({ alg: z.number().int(), type: z.literal('public-key') })),
    timeout: z.number().int().optional(),
    excludeCredentials: z.array(credentialDescriptor).optional(),
    authenticatorSelection: z
      .object({
        authenticatorAttachment: z.enum(AUTHENTICATOR_ATTACHMENTS).optional(),
        requireResidentKey: z.boolean().optional(),
        residentKey: z.enum(REQUIREMENTS).optional(),
        userVerification: z.enum(REQUIREMENTS).optional(),
      })
      .optional(),
    hints,
    attestation: z.enum(['direct', 'enterprise', 'indirect', 'none']).optional(),
    extensions: z.object({ credProps: z.boolean().optional() }).optional(),
  }),
});

/** For `startAuthentication({ optionsJSON })` (PublicKeyCredentialRequestOptionsJSON). */
export const authenticationOptionsOutput = z.object({
  options: z.object({
    challenge: z.string(),
    timeout: z.number().int().optional(),
    rpId: z.string().optional(),
    allowCredentials: z.array(credentialDescriptor).optional(),
    userVerification: z.enum(REQUIREMENTS).optional(),
    hints,
  }),
});
