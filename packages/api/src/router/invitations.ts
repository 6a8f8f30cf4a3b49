import { z } from 'zod';
import {
  acceptInvitationInput,
  invitationIdInput,
  invitationPreviewOutput,
  invitationSchema,
  invitationSessionOutput,
  invitationsOutput,
  invitationTokenInput,
  inviteInput,
} from '../invitation-schemas';
import { acceptInvitation, joinByInvitation } from '../services/invitation-acceptance';
import {
  invitationsOf,
  inviteToTenant,
  previewInvitation,
  resendInvitation,
  revokeTenantInvitation,
} from '../services/invitations';
import { byClientIp, rateLimit } from '../services/rate-limiting';
import { doneOutput } from '../schemas';
import { declared } from '../declare';
import { router } from '../trpc';

const LINK_REFUSALS = ['INVITATION_NOT_FOUND', 'INVITATION_EXPIRED', 'INVITATION_USED'] as const;

/** Invitations to join a tenant by email: sent, listed, resent, revoked, accepted. */
export const invitationsRouter = router({
  create: declared({
    access: 'session',
    permission: 'members:invite',
    method: 'POST',
    path: '/v1/invitations',
    reasons: ['ALREADY_A_MEMBER', 'RATE_LIMITED'],
    summary:
      'Invite an address as an admin or member: emails a link valid 7 days; an address already invited is invited again with a new link',
  })
    .input(inviteInput)
    .output(invitationSchema)
    .mutation(({ ctx, input }) => inviteToTenant(ctx, ctx.principal, input)),

  list: declared({
    access: 'session',
    permission: 'members:read',
    method: 'GET',
    path: '/v1/invitations',
    summary:
      'The tenant’s invitations not yet accepted or revoked (expired ones too), newest first',
  })
    .input(z.void())
    .output(invitationsOutput)
    .query(({ ctx }) => invitationsOf(ctx, ctx.principal)),

  resend: declared({
    access: 'session',
    permission: 'members:invite',
    method: 'POST',
    path: '/v1/invitations/{invitation_id}/resend',
    reasons: ['INVITATION_NOT_FOUND', 'RATE_LIMITED'],
    summary:
      'Email an invitation again with a new link and a fresh expiry; the old link stops working',
  })
    .input(invitationIdInput)
    .output(invitationSchema)
    .mutation(({ ctx, input }) => resendInvitation(ctx, ctx.principal, input.invitation_id)),

  revoke: declared({
    access: 'session',
    permission: 'members:invite',
    method: 'POST',
    path: '/v1/invitations/{invitation_id}/revoke',
    reasons: ['INVITATION_NOT_FOUND'],
    summary: 'Revoke an invitation: its link stops working',
  })
    .input(invitationIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => revokeTenantInvitation(ctx, ctx.principal, input.invitation_id)),

  preview: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/invitations/preview',
    reasons: [...LINK_REFUSALS, 'RATE_LIMITED'],
    summary:
      'What an invitation’s link offers (business, role, address) and whether the address has an account; never accepts it',
  })
    .input(invitationTokenInput)
    // Each answer tells whether a token exists: limited per client IP, as link inspections are.
    .use(rateLimit({ inspectLinkPerIp: byClientIp }))
    .output(invitationPreviewOutput)
    .mutation(({ ctx, input }) => previewInvitation(ctx, input.token)),

  accept: declared({
    access: 'public',
    method: 'POST',
    path: '/v1/invitations/accept',
    reasons: [...LINK_REFUSALS, 'RATE_LIMITED'],
    summary:
      'Accept an invitation by its link and sign in to its business; someone new gives a name and gets an account',
  })
    .input(acceptInvitationInput)
    .use(rateLimit({ verifyPerIp: byClientIp }))
    .output(invitationSessionOutput)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),

  join: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/invitations/join',
    reasons: [...LINK_REFUSALS, 'INVITATION_FOR_ANOTHER_ADDRESS'],
    summary:
      'Accept an invitation to the signed-in address and move this session to its business, without a new sign-in',
  })
    .input(invitationTokenInput)
    .output(invitationSessionOutput)
    .mutation(({ ctx, input }) => joinByInvitation(ctx, ctx.session, input.token)),
});
