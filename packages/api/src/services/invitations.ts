import {
  enqueueEmail,
  findInvitation,
  findInvitationByTokenHash,
  findMembership,
  findOpenInvitationTo,
  findUserByEmail,
  insertInvitation,
  listOpenInvitations,
  lockTenantMemberships,
  reissueInvitation,
  revokeInvitation,
  type AuthEventType,
  type DB,
  type InvitationDetails,
} from '@dyocense/db';
import type { Context } from '../context';
import type { TemplateParams } from '../email/templates';
import { AccountsError } from '../errors';
import type { InviteInput } from '../invitation-schemas';
import { randomHex } from '../random';
import {
  done,
  invitationStatus,
  listResponse,
  serializeInvitation,
  serializeInvitationPreview,
} from '../responses';
import { generateToken, hashToken } from '../tokens';
import { plannedEmail } from './links';
import { consumeLimits } from './rate-limiting';

export type InvitationDeps = Pick<
  Context,
  'db' | 'now' | 'events' | 'rateLimits' | 'frontendUrl' | 'onEmailQueued' | 'invitationTtlDays'
>;

type Where = { tenantId: string; id: string };

/** Who calls, as the middleware found them (`Principal`): a person, or a service with the scope. */
type Caller =
  | { kind: 'person'; tenantId: string; session: { userId: string } }
  | { kind: 'service'; tenantId: string; service: { clientId: string } };

const DAY_MS = 86_400_000;

/** `inv_` and 96 random bits: public, it names the invitation. */
export const newInvitationId = (): string => `inv_${randomHex(24)}`;

/** The link of an invitation's email: the web app's page that shows it and lets them accept. */
export function invitationUrl(frontendUrl: string, token: string): string {
  return `${frontendUrl}/invitation?token=${encodeURIComponent(token)}`;
}

/** A new link: its token (for the email only), the hash kept, and its expiry from now. */
function freshLink(deps: InvitationDeps) {
  const token = generateToken();
  const sentAt = deps.now();
  const expiresAt = new Date(sentAt.getTime() + deps.invitationTtlDays * DAY_MS);
  return {
    token,
    fields: { token_hash: hashToken(token), sent_at: sentAt, expires_at: expiresAt },
  };
}

type Link = ReturnType<typeof freshLink>;

/**
 * Queues the email carrying the invitation's new link and records `cause` with it, in `trx`:
 * the link, its email and its event are written together or not at all.
 */
async function sendInvitation(
  trx: DB,
  deps: InvitationDeps,
  where: Where,
  link: Link,
  cause: AuthEventType,
): Promise<InvitationDetails> {
  const invitation = await findInvitation(trx, where);
  if (!invitation) throw new AccountsError('INVITATION_NOT_FOUND');
  const params: TemplateParams = {
    tenant_name: invitation.tenant_name,
    ...(invitation.invited_by_name && { inviter: invitation.invited_by_name }),
    role: invitation.role,
    ttl_seconds: deps.invitationTtlDays * 86_400,
  };
  const about = { email: invitation.email, tenantId: where.tenantId };
  const planned = plannedEmail(deps, {
    template: 'invitation',
    recipient: invitation.email,
    params,
    link: invitationUrl(deps.frontendUrl, link.token),
    tenantId: where.tenantId,
    cause: { type: cause, ...about, detail: invitation.role },
  });
  await enqueueEmail(trx, planned.email);
  await deps.events.recordAll(trx, planned.events);
  return invitation;
}

/** Who invites: a person (named in answers) or a service client (named nowhere but the row). */
function inviterOf(principal: Caller) {
  return principal.kind === 'person'
    ? { invited_by_user_id: principal.session.userId, invited_by_client_id: null }
    : { invited_by_user_id: null, invited_by_client_id: principal.service.clientId };
}

/** Whether the address belongs to a member of the tenant; alike for an account elsewhere or none. */
async function isMemberAddress(db: DB, tenantId: string, email: string): Promise<boolean> {
  const user = await findUserByEmail(db, email);
  return (
    user !== undefined && (await findMembership(db, { tenantId, userId: user.id })) !== undefined
  );
}

/**
 * Invites an address to the caller's tenant and emails it a link. An address with an open
 * invitation there gets that invitation again, with the new role and link (the old link stops
 * working); a member's address is ALREADY_A_MEMBER. Limited per tenant.
 */
export async function inviteToTenant(deps: InvitationDeps, principal: Caller, input: InviteInput) {
  const { tenantId } = principal;
  await consumeLimits(deps, [['invitationsPerTenant', tenantId]]);
  const link = freshLink(deps);
  const invitation = await deps.db.transaction().execute(async (trx) => {
    // Concurrent invitations of one address make one invitation, never two.
    await lockTenantMemberships(trx, tenantId);
    if (await isMemberAddress(trx, tenantId, input.email)) {
      throw new AccountsError('ALREADY_A_MEMBER');
    }
    const open = await findOpenInvitationTo(trx, { tenantId, email: input.email });
    if (open) {
      const where = { tenantId, id: open.id };
      await reissueInvitation(trx, where, { ...link.fields, role: input.role });
      return sendInvitation(trx, deps, where, link, 'invitation_resent');
    }
    const id = newInvitationId();
    await insertInvitation(trx, {
      id,
      tenant_id: tenantId,
      email: input.email,
      role: input.role,
      ...inviterOf(principal),
      ...link.fields,
      created_at: link.fields.sent_at,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    });
    return sendInvitation(trx, deps, { tenantId, id }, link, 'invitation_sent');
  });
  deps.onEmailQueued();
  return serializeInvitation(invitation, deps.now());
}

/** The tenant's invitations not yet accepted or revoked (expired ones too), newest first. */
export async function invitationsOf(deps: Pick<InvitationDeps, 'db' | 'now'>, principal: Caller) {
  const invitations = await listOpenInvitations(deps.db, principal.tenantId);
  const now = deps.now();
  return listResponse(invitations.map((invitation) => serializeInvitation(invitation, now)));
}

/**
 * Emails an open invitation again with a new link and a fresh expiry; the old link stops
 * working. Another tenant's invitation, or one accepted or revoked, is INVITATION_NOT_FOUND.
 */
export async function resendInvitation(deps: InvitationDeps, principal: Caller, id: string) {
  const where = { tenantId: principal.tenantId, id };
  await consumeLimits(deps, [['invitationsPerTenant', where.tenantId]]);
  const link = freshLink(deps);
  const invitation = await deps.db.transaction().execute(async (trx) => {
    if (!(await reissueInvitation(trx, where, link.fields))) {
      throw new AccountsError('INVITATION_NOT_FOUND');
    }
    return sendInvitation(trx, deps, where, link, 'invitation_resent');
  });
  deps.onEmailQueued();
  return serializeInvitation(invitation, deps.now());
}

/** Revokes an open invitation: its link stops working. Any other id is INVITATION_NOT_FOUND. */
export async function revokeTenantInvitation(
  deps: Pick<InvitationDeps, 'db' | 'now' | 'events'>,
  principal: Caller,
  id: string,
) {
  const where = { tenantId: principal.tenantId, id };
  await deps.db.transaction().execute(async (trx) => {
    const invitation = await findInvitation(trx, where);
    if (!invitation || !(await revokeInvitation(trx, where, deps.now()))) {
      throw new AccountsError('INVITATION_NOT_FOUND');
    }
    await deps.events.record(trx, {
      type: 'invitation_revoked',
      tenantId: where.tenantId,
      email: invitation.email,
      detail: invitation.role,
    });
  });
  return done();
}

const REFUSAL_BY_STATUS = {
  accepted: 'INVITATION_USED',
  revoked: 'INVITATION_NOT_FOUND',
  expired: 'INVITATION_EXPIRED',
} as const;

/** The invitation of a link while it can be accepted; else why not (unknown: NOT_FOUND). */
export function usableInvitation(
  invitation: InvitationDetails | undefined,
  now: Date,
): InvitationDetails {
  if (!invitation) throw new AccountsError('INVITATION_NOT_FOUND');
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') throw new AccountsError(REFUSAL_BY_STATUS[status]);
  return invitation;
}

/**
 * What an invitation's link offers, for its holder only: whether the address has an account
 * tells the page whether to ask for a name. Reads only, so a mail scanner opening it is harmless.
 */
export async function previewInvitation(deps: Pick<InvitationDeps, 'db' | 'now'>, token: string) {
  const found = await findInvitationByTokenHash(deps.db, hashToken(token));
  const invitation = usableInvitation(found, deps.now());
  const account = await findUserByEmail(deps.db, invitation.email);
  return serializeInvitationPreview(invitation, account !== undefined);
}
