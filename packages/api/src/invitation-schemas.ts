import { z } from 'zod';
import { emailSchema, listOf, refreshOutput, signupInput, verifyInput } from './schemas';

/** Input and output shapes of the invitation procedures (`invitations.*`). */

/** The roles an invitation may give: an owner is made by an owner, never by an emailed link. */
export const INVITATION_ROLES = ['admin', 'member'] as const;

export const inviteInput = z.object({
  email: emailSchema.describe('The address to invite; only it may accept'),
  role: z
    .enum(INVITATION_ROLES, { error: `Choose a role: ${INVITATION_ROLES.join(' or ')}` })
    .describe('admin: runs the team; member: reads. Owners are made with members.setRole'),
});
export type InviteInput = z.infer<typeof inviteInput>;

export const invitationIdInput = z.object({
  invitation_id: z
    .string({ error: 'Send the invitation id' })
    .regex(/^inv_[a-f0-9]{24}$/, 'invitation_id is not one this service gave out'),
});

export const invitationTokenInput = z.object({ token: verifyInput.shape.token });

export const acceptInvitationInput = z.object({
  token: verifyInput.shape.token,
  name: signupInput.shape.name
    .optional()
    .describe('Your name: needed when the invited address has no account yet'),
  refresh_token_delivery: verifyInput.shape.refresh_token_delivery,
});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const invitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: z.enum(INVITATION_ROLES),
  status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
  invited_by: z
    .string()
    .nullable()
    .describe('The name of the person who invited; null when a service did'),
  created_at: z.iso.datetime(),
  sent_at: z.iso.datetime().describe('When the newest email was sent (creation or resend)'),
  expires_at: z.iso.datetime(),
});

export const invitationsOutput = listOf(invitationSchema);

export const invitationPreviewOutput = z.object({
  tenant_name: z.string(),
  role: z.enum(INVITATION_ROLES),
  email: z.string().describe('The invited address'),
  invited_by: z.string().nullable(),
  expires_at: z.iso.datetime(),
  has_account: z
    .boolean()
    .describe('Whether the address has an account: accepting then needs no name'),
});

/** What accept and join answer: a session in the invitation's tenant, as `auth.refresh` does. */
export const invitationSessionOutput = refreshOutput;
