import { AUTH_EVENT_TYPES } from '@dyocense/db';
import { z } from 'zod';

/** Input and output shapes of the funnel and the audit log. */

export const FUNNEL_GROUPINGS = ['intent', 'use_case', 'day'] as const;
const MAX_RANGE_DAYS = 400;

const instant = (name: string) =>
  z.iso
    .datetime({
      offset: true,
      error: `${name} must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z`,
    })
    .describe(`${name} of the range of sign-up starts (ISO 8601)`);

export const funnelInput = z
  .object({
    from: instant('from'),
    to: instant('to'),
    by: z
      .enum(FUNNEL_GROUPINGS, { error: `by must be one of ${FUNNEL_GROUPINGS.join(', ')}` })
      .optional(),
  })
  .refine((range) => Date.parse(range.from) < Date.parse(range.to), {
    message: 'from must be before to',
    path: ['to'],
  })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= MAX_RANGE_DAYS * 86_400_000, {
    message: `The range may span at most ${MAX_RANGE_DAYS} days`,
    path: ['to'],
  });

const figures = {
  signups: z.number().int().describe('Addresses that first asked to sign up in the range'),
  delivered: z.number().int().describe('Of those, how many got a sign-up email delivered'),
  verified: z.number().int().describe('Of those, how many opened a link and got an account'),
  conversion_rate: z.number().describe('verified / signups (0 when there are none)'),
  median_verify_seconds: z.number().nullable(),
  p90_verify_seconds: z.number().nullable(),
  expired_unused: z.number().int().describe('Unverified sign-ups whose newest link has expired'),
  resends: z.number().int(),
  failed_deliveries: z.number().int(),
  scanner_hits: z.number().int().describe('Links opened by a browser that did not ask for them'),
};

export const funnelFiguresSchema = z.object(figures);
export const funnelOutput = z.object({
  from: z.string(),
  to: z.string(),
  by: z.enum(FUNNEL_GROUPINGS).nullable(),
  totals: funnelFiguresSchema,
  groups: z.array(z.object({ group: z.string(), ...figures })),
  invitations: z
    .object({
      sent: z.number().int().describe('Invitations sent in the range (a resend is not counted)'),
      accepted: z.number().int().describe('Invitations accepted in the range'),
    })
    .describe('Invitations sent → accepted: people brought in by a team rather than a sign-up'),
});

export const auditLogInput = z.object({
  limit: z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be between 1 and 200')
    .max(200, 'limit must be between 1 and 200')
    .optional(),
  cursor: z
    .string()
    .max(200)
    .optional()
    .describe('next_cursor of the previous page, to read older events'),
});

export const auditEventSchema = z.object({
  id: z.string(),
  type: z.enum(AUTH_EVENT_TYPES),
  occurred_at: z.string(),
  detail: z.string().nullable(),
  intent: z.string().nullable(),
  use_case: z.string().nullable(),
  ip_prefix: z.string().nullable(),
  user_agent_family: z.string().nullable(),
});

export const auditLogOutput = z.object({
  items: z.array(auditEventSchema),
  next_cursor: z.string().nullable(),
});
