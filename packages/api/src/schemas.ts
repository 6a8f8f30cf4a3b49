import { z } from 'zod';
import { MEMBER_ROLES } from './permissions';

/** Input and output shapes of every procedure; the web app validates forms with these same schemas. */

export const INTENTS = ['launch', 'grow', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

// Control characters (C0, DEL, C1) and lone surrogates: PostgreSQL refuses NUL in text, and none
// belongs in a name; a multi-line field keeps tab and line breaks.
export const CONTROL_CHARACTER = /[\p{Cc}\p{Cs}]/u;
const CONTROL_CHARACTER_BUT_LINE_BREAKS = /(?![\t\n\r])[\p{Cc}\p{Cs}]/u;

/** A check for `z.string().refine`: refuses control characters, naming `label` in the message. */
const withoutControlCharacters = (label: string, pattern = CONTROL_CHARACTER) =>
  [
    (text: string) => !pattern.test(text),
    `Remove the control characters (such as NUL) from ${label}`,
  ] as const;

const requiredText = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Use at most ${max} characters for ${label}`)
    .refine(...withoutControlCharacters(label));

// RFC 5321: at most 64 characters before the @, 254 in all.
const MAX_EMAIL_LOCAL_PART = 64;

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .max(254, 'Use at most 254 characters for the email address')
  .email({ message: 'Enter a valid email address, like name@example.com' })
  .refine(
    (email) => email.lastIndexOf('@') <= MAX_EMAIL_LOCAL_PART,
    `Use at most ${MAX_EMAIL_LOCAL_PART} characters before the @ in the email address`,
  );

/**
 * A random value the browser keeps while it waits for the email: the link then works at once in
 * that browser, while any other browser (or a mail scanner) must confirm first.
 */
export const nonceSchema = z
  .string({ error: 'Send the browser nonce as text' })
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'The browser nonce must be 16–128 URL-safe characters')
  .optional();

export const signupInput = z.object({
  email: emailSchema,
  nonce: nonceSchema,
  name: requiredText('your name', 200),
  business_name: requiredText('your business name', 200),
  intent: z
    .enum(INTENTS, { error: `Choose an intent: ${INTENTS.join(', ')}` })
    .optional()
    .describe('What the business wants to do first; chooses the sample plan.'),
  use_case: z
    .string({ error: 'Describe the use case as text' })
    .trim()
    .max(1000, 'Use at most 1000 characters for the use case')
    .refine(...withoutControlCharacters('the use case', CONTROL_CHARACTER_BUT_LINE_BREAKS))
    .optional(),
});
export type SignupInput = z.infer<typeof signupInput>;

/** The answer to every link request; the same whether or not the email has an account. */
export const linkRequestOutput = z.object({
  message: z.string(),
  email: z.string(),
  token: z
    .string()
    .optional()
    .describe('Only in development without email delivery: the one-time token.'),
});
export const signupOutput = linkRequestOutput;

export const linkRequestInput = z.object({ email: emailSchema, nonce: nonceSchema });

const tokenSchema = z
  .string({ error: 'Send the token from the link' })
  .trim()
  .min(1, 'Send the token from the link')
  .max(512, 'This link is not valid')
  .refine(...withoutControlCharacters('the token'));

const refreshTokenDelivery = z
  .enum(['body', 'cookie'], { error: 'refresh_token_delivery is "body" or "cookie"' })
  .optional()
  .describe(
    '`body` (the default for API clients) returns the refresh token; `cookie` sets it as an HttpOnly cookie for browsers.',
  );

export const verifyInput = z.object({
  token: tokenSchema,
  nonce: nonceSchema,
  refresh_token_delivery: refreshTokenDelivery,
});

const CODE_MESSAGE = 'Enter the 8-digit code from the email';

/** The code from a link's email, as typed: spaces and hyphens are dropped, 8 digits remain. */
const emailCodeSchema = z
  .string({ error: CODE_MESSAGE })
  .max(32, CODE_MESSAGE)
  .overwrite((code) => code.replace(/[\s-]/g, ''))
  // A refinement, not a pattern: the typed form ("1234 5678") is valid input too.
  .refine((code) => /^[0-9]{8}$/.test(code), CODE_MESSAGE)
  .describe('The 8 digits from the email; spaces and hyphens between them are ignored.');

export const verifyCodeInput = z.object({
  email: emailSchema,
  code: emailCodeSchema,
  nonce: nonceSchema.unwrap().describe('The nonce this browser sent when it asked for the email.'),
  refresh_token_delivery: refreshTokenDelivery,
});

export const inspectLinkInput = z.object({ token: tokenSchema });

export const inspectLinkOutput = z.object({
  status: z.enum(['valid', 'unknown', 'used', 'superseded', 'expired']),
  purpose: z.enum(['signup', 'signin']).optional(),
  email_hint: z.string().optional().describe('The address the link was sent to, masked.'),
});

export const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  tenant_id: z.string(),
});

const sessionFields = {
  jwt: z.string(),
  token: z.string().describe('The same JWT as `jwt`.'),
  expires_at: z.iso.datetime().describe('When the JWT expires; refresh before then.'),
  session_id: z.string(),
  refresh_token: z
    .string()
    .optional()
    .describe('With `body` delivery: the refresh token for `auth.refresh` (it rotates each time).'),
  refresh_expires_at: z.iso.datetime().describe('When the session ends unless refreshed.'),
  tenant_id: z.string(),
  user: userSchema,
};

export const verifyOutput = z.object({ ...sessionFields, workspace_id: z.string() });

export const refreshInput = z.object({
  refresh_token: z
    .string({ error: 'Send the refresh token as text' })
    .max(512, 'This refresh token is not valid')
    .refine(...withoutControlCharacters('the refresh token'))
    .optional()
    .describe('Omit it when the browser sends the refresh-token cookie.'),
  refresh_token_delivery: refreshTokenDelivery,
});

export const refreshOutput = z.object(sessionFields);

export const sessionSchema = z.object({
  id: z.string(),
  device: z.string().nullable().describe('e.g. "Chrome 131 on macOS", from the user agent.'),
  user_agent: z.string().nullable(),
  created_at: z.iso.datetime(),
  last_used_at: z.iso.datetime(),
  expires_at: z.iso.datetime(),
  current: z.boolean().describe('Whether this is the session of the JWT that asked.'),
});

export const sessionIdInput = z.object({
  id: z
    .string({ error: 'Name the session' })
    .min(1, 'Name the session')
    .max(100, 'No such session')
    .refine(...withoutControlCharacters('the session id')),
});

export const tenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.iso.datetime(),
});

export const memberRoleSchema = z
  .enum(MEMBER_ROLES)
  .describe('owner: everything; admin: the team, but not owners or credentials; member: reads');

export const meOutput = z.object({
  user: userSchema,
  tenant: tenantSchema,
  role: memberRoleSchema,
});

export const membershipSchema = z.object({
  tenant_id: z.string(),
  name: z.string().describe('The tenant’s (business’s) name.'),
  role: memberRoleSchema,
  current: z.boolean().describe('Whether the session that asked is in this tenant.'),
  joined_at: z.iso.datetime(),
});

export const switchTenantInput = z.object({
  tenant_id: z
    .string({ error: 'Name the business to switch to' })
    .min(1, 'Name the business to switch to')
    .max(100, 'You do not have access to this tenant')
    .refine(...withoutControlCharacters('the tenant id')),
});

export const taskSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  description: z.string(),
  done: z.boolean(),
});

export const planSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  workspace_id: z.string(),
  title: z.string(),
  summary: z.string(),
  intent: z.string(),
  created_at: z.iso.datetime(),
  tasks: z.array(taskSchema),
});

export const projectSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  is_default: z.boolean(),
  created_at: z.iso.datetime(),
});

export const tenantPlansInput = z.object({
  tenant_id: z
    .string({ error: 'Name the tenant' })
    .trim()
    .min(1, 'Name the tenant')
    .max(200, 'This tenant id is too long')
    .refine(...withoutControlCharacters('the tenant id'))
    .describe('A tenant id, or `me` for the caller’s own tenant.'),
});

/** `{ items, count }`: every list the API answers. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), count: z.number().int() });

/** What an action with nothing else to say answers. */
export const doneOutput = z.object({ ok: z.literal(true) });

export const plansOutput = listOf(planSchema);
export const sessionsOutput = listOf(sessionSchema);
export const membershipsOutput = listOf(membershipSchema);
export const projectsOutput = listOf(projectSchema);

export const providersOutput = z.object({
  items: z.array(
    z.object({
      id: z
        .string()
        .describe('e.g. `google`; names the provider in its authorize and callback paths.'),
      name: z.string().describe('What a button shows, e.g. "Google".'),
      authorize_url: z
        .string()
        .describe(
          'Where the browser goes to sign in with it; add `?next=/a/path` to return there.',
        ),
    }),
  ),
});

export const identitiesOutput = z.object({
  items: z.array(
    z.object({
      provider: z.string(),
      email: z.string().nullable().describe('The address the provider gave when it was connected.'),
      created_at: z.iso.datetime(),
      last_used_at: z.iso.datetime(),
    }),
  ),
});

/** What the page after a provider's sign-in asks when the provider gave no business name. */
export const providerSignupInput = signupInput.pick({ business_name: true, intent: true });
export type ProviderSignupInput = z.infer<typeof providerSignupInput>;
