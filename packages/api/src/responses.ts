import Bowser from 'bowser';
import type {
  AuthEvent,
  FunnelGrouping,
  FunnelRow,
  InvitationDetails,
  MemberRole,
  OAuthIdentity,
  Passkey,
  PlanWithTasks,
  ServiceClient,
  Session,
  Tenant,
  TokenPurpose,
  User,
  Workspace,
} from '@dyocense/db';
import type { z } from 'zod';
import type { auditEventSchema, funnelFiguresSchema, funnelOutput } from './analytics-schemas';
import type { memberSchema } from './member-schemas';
import type { invitationPreviewOutput, invitationSchema } from './invitation-schemas';
import type { passkeySchema } from './passkey-schemas';
import type { serviceClientSchema } from './service-client-schemas';
import type {
  inspectLinkOutput,
  linkRequestOutput,
  membershipSchema,
  planSchema,
  projectSchema,
  refreshOutput,
  sessionSchema,
  tenantSchema,
  userSchema,
} from './schemas';

// Every response's wire shape is made here, from rows and domain values: routers and services
// call these functions and never spell out a response field themselves.

/** `{ ok: true }`: what an action with nothing else to tell answers. */
export function done(): { ok: true } {
  return { ok: true };
}

/** `{ items, count }`: every list the API answers. */
export function listResponse<T>(items: T[]): { items: T[]; count: number } {
  return { items, count: items.length };
}

/** One of a person's tenants; `current` when their session is in it. */
export function serializeMembership(
  membership: { tenant_id: string; name: string; role: MemberRole; created_at: Date },
  currentTenantId: string,
): z.infer<typeof membershipSchema> {
  return {
    tenant_id: membership.tenant_id,
    name: membership.name,
    role: membership.role,
    current: membership.tenant_id === currentTenantId,
    joined_at: membership.created_at.toISOString(),
  };
}

/**
 * One member of a tenant; `you` when they are the person who asked (`callerUserId`, null for a
 * service).
 */
export function serializeMember(
  member: { user_id: string; email: string; full_name: string; role: MemberRole; created_at: Date },
  callerUserId: string | null,
): z.infer<typeof memberSchema> {
  return {
    user_id: member.user_id,
    email: member.email,
    name: member.full_name,
    role: member.role,
    joined_at: member.created_at.toISOString(),
    you: member.user_id === callerUserId,
  };
}

/** A person as signed in to `tenantId`, the tenant of their session. */
export function serializeUser(user: User, tenantId: string): z.infer<typeof userSchema> {
  return { id: user.id, email: user.email, name: user.full_name, tenant_id: tenantId };
}

export function serializeTenant(tenant: Tenant): z.infer<typeof tenantSchema> {
  return { id: tenant.id, name: tenant.name, created_at: tenant.created_at.toISOString() };
}

export function serializePlan(plan: PlanWithTasks): z.infer<typeof planSchema> {
  return {
    id: plan.id,
    tenant_id: plan.tenant_id,
    workspace_id: plan.workspace_id,
    title: plan.title,
    summary: plan.summary,
    intent: plan.intent,
    created_at: plan.created_at.toISOString(),
    tasks: plan.tasks.map(({ id, position, title, description, done }) => ({
      id,
      position,
      title,
      description,
      done,
    })),
  };
}

export function serializeProject(workspace: Workspace): z.infer<typeof projectSchema> {
  return {
    id: workspace.id,
    tenant_id: workspace.tenant_id,
    name: workspace.name,
    description: workspace.description,
    is_default: workspace.is_default,
    created_at: workspace.created_at.toISOString(),
  };
}

/** The answer to a link request; in development without email it carries the one-time token. */
export function linkResponse(
  email: string,
  message: string,
  devToken: string | undefined,
): z.infer<typeof linkRequestOutput> {
  if (devToken) {
    return { token: devToken, message: `Dev mode: Use this token to verify: ${devToken}`, email };
  }
  return { message, email };
}

/** "a•••@example.com": enough for a person to recognise their address. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

/** Whether a link works; what it is for and its masked address only while it does. */
export function linkInspection(
  status: z.infer<typeof inspectLinkOutput>['status'],
  token?: { purpose: TokenPurpose; email: string },
): z.infer<typeof inspectLinkOutput> {
  if (!token || status !== 'valid') return { status };
  return { status, purpose: token.purpose, email_hint: maskEmail(token.email) };
}

/** A signed-in session as the client gets it: the JWT, and the refresh token unless in a cookie. */
export function sessionResponse(grant: {
  user: User;
  jwt: string;
  jwtExpiresAt: Date;
  sessionId: string;
  tenantId: string;
  refreshToken: string;
  refreshExpiresAt: Date;
  delivery: 'body' | 'cookie';
}): z.infer<typeof refreshOutput> {
  return {
    jwt: grant.jwt,
    token: grant.jwt,
    expires_at: grant.jwtExpiresAt.toISOString(),
    session_id: grant.sessionId,
    ...(grant.delivery === 'body' && { refresh_token: grant.refreshToken }),
    refresh_expires_at: grant.refreshExpiresAt.toISOString(),
    tenant_id: grant.tenantId,
    user: serializeUser(grant.user, grant.tenantId),
  };
}

/** "Chrome 156 on Linux", or null when the user agent says nothing recognisable. */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const parser = Bowser.getParser(userAgent);
  const browser = parser.getBrowserName();
  const os = parser.getOSName();
  if (!browser && !os) return null;
  const version = parser.getBrowserVersion()?.split('.')[0];
  return [browser && [browser, version].filter(Boolean).join(' '), os && `on ${os}`]
    .filter(Boolean)
    .join(' ');
}

/** One of the user's sessions; `current` marks the one whose JWT asked. */
export function serializeSession(
  session: Session,
  currentSessionId: string,
): z.infer<typeof sessionSchema> {
  return {
    id: session.id,
    device: describeDevice(session.user_agent),
    user_agent: session.user_agent,
    created_at: session.created_at.toISOString(),
    last_used_at: session.last_used_at.toISOString(),
    expires_at: session.expires_at.toISOString(),
    current: session.id === currentSessionId,
  };
}

export function serializeProvider(
  provider: { id: string; name: string },
  authorizeUrl: string,
): { id: string; name: string; authorize_url: string } {
  return { id: provider.id, name: provider.name, authorize_url: authorizeUrl };
}

export function serializeIdentity(identity: OAuthIdentity) {
  return {
    provider: identity.provider,
    email: identity.email,
    created_at: identity.created_at.toISOString(),
    last_used_at: identity.last_used_at.toISOString(),
  };
}

export function serializeServiceClient(client: ServiceClient): z.infer<typeof serviceClientSchema> {
  return {
    client_id: client.id,
    name: client.name,
    scopes: client.scopes.split(' '),
    created_at: client.created_at.toISOString(),
    last_used_at: client.last_used_at?.toISOString() ?? null,
    revoked_at: client.revoked_at?.toISOString() ?? null,
  };
}

/** A passkey as its person sees it in Settings: never its key or credential id. */
export function serializePasskey(passkey: Passkey): z.infer<typeof passkeySchema> {
  return {
    id: passkey.id,
    name: passkey.name,
    created_at: passkey.created_at.toISOString(),
    last_used_at: passkey.last_used_at?.toISOString() ?? null,
    backed_up: passkey.backed_up,
    device_type: passkey.device_type === 'multiDevice' ? 'multiDevice' : 'singleDevice',
  };
}

/** Where an invitation stands at `now`: pending until accepted, revoked or past its expiry. */
export function invitationStatus(
  invitation: Pick<InvitationDetails, 'accepted_at' | 'revoked_at' | 'expires_at'>,
  now: Date,
): z.infer<typeof invitationSchema>['status'] {
  if (invitation.accepted_at) return 'accepted';
  if (invitation.revoked_at) return 'revoked';
  return invitation.expires_at <= now ? 'expired' : 'pending';
}

/** An invitation as its tenant sees it: never its token, nor whether the address has an account. */
export function serializeInvitation(
  invitation: InvitationDetails,
  now: Date,
): z.infer<typeof invitationSchema> {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    invited_by: invitation.invited_by_name,
    created_at: invitation.created_at.toISOString(),
    sent_at: invitation.sent_at.toISOString(),
    expires_at: invitation.expires_at.toISOString(),
  };
}

/** What the holder of an invitation's link is shown before accepting it. */
export function serializeInvitationPreview(
  invitation: InvitationDetails,
  hasAccount: boolean,
): z.infer<typeof invitationPreviewOutput> {
  return {
    tenant_name: invitation.tenant_name,
    role: invitation.role,
    email: invitation.email,
    invited_by: invitation.invited_by_name,
    expires_at: invitation.expires_at.toISOString(),
    has_account: hasAccount,
  };
}

export function serializeAuditEvent(event: AuthEvent): z.infer<typeof auditEventSchema> {
  return {
    id: event.id,
    type: event.type,
    occurred_at: event.occurred_at.toISOString(),
    detail: event.detail,
    intent: event.intent,
    use_case: event.use_case,
    ip_prefix: event.ip_prefix,
    user_agent_family: event.user_agent_family,
  };
}

type FunnelFigures = z.infer<typeof funnelFiguresSchema>;

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

/** A row's figures; a range without sign-ups has no row, and its figures are all zero. */
function funnelFigures(row: FunnelRow = NO_SIGNUPS): FunnelFigures {
  return {
    signups: row.signups,
    delivered: row.delivered,
    verified: row.verified,
    conversion_rate: row.signups === 0 ? 0 : row.verified / row.signups,
    median_verify_seconds: seconds(row.medianVerifyMs),
    p90_verify_seconds: seconds(row.p90VerifyMs),
    expired_unused: row.expiredUnused,
    resends: row.resends,
    failed_deliveries: row.failedDeliveries,
    scanner_hits: row.scannerHits,
  };
}

const NO_SIGNUPS: FunnelRow = {
  group: null,
  signups: 0,
  delivered: 0,
  verified: 0,
  medianVerifyMs: null,
  p90VerifyMs: null,
  expiredUnused: 0,
  resends: 0,
  failedDeliveries: 0,
  scannerHits: 0,
};

/**
 * The funnel of a range: its totals (the row without a group), one entry per group, and the
 * invitations sent and accepted in it.
 */
export function funnelResponse(
  range: { from: Date; to: Date; by: FunnelGrouping | undefined },
  rows: FunnelRow[],
  invitations: { sent: number; accepted: number } = { sent: 0, accepted: 0 },
): z.infer<typeof funnelOutput> {
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    by: range.by ?? null,
    totals: funnelFigures(rows.find((row) => row.group === null)),
    groups: rows
      .filter((row) => row.group !== null)
      .map((row) => ({ group: row.group ?? '', ...funnelFigures(row) })),
    invitations,
  };
}
