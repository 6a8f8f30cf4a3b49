import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamp: a `Date` when read, a `Date` when written, on every dialect. */
type Timestamp = ColumnType<Date, Date, Date>;
type NullableTimestamp = ColumnType<Date | null, Date | null | undefined, Date | null>;
/** A JSON object column (jsonb on PostgreSQL, text on SQLite). */
type Json = ColumnType<Record<string, unknown>, string, string>;

export interface TenantTable {
  id: string;
  name: string;
  owner_email: string;
  metadata: Json;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A person. Their roles are in `memberships`, one per tenant they belong to. */
export interface UserTable {
  id: string;
  /** The tenant a new sign-in opens: the one they joined last or switched to last. */
  tenant_id: string;
  email: string;
  full_name: string;
  email_verified_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** What a member may do in a tenant; see packages/api/src/permissions.ts. */
export type MemberRole = 'owner' | 'admin' | 'member';

/** A person's place in a tenant: one row per (tenant, person). */
export interface MembershipTable {
  tenant_id: string;
  user_id: string;
  role: MemberRole;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An emailed invitation to join a tenant with a role; its link's token is kept as a SHA-256. */
export interface InvitationTable {
  /** `inv_…`: public, names the invitation in lists, resends and revocations. */
  id: string;
  tenant_id: string;
  /** The normalised address it was sent to; only that address may accept it. */
  email: string;
  role: Exclude<MemberRole, 'owner'>;
  token_hash: string;
  invited_by_user_id: string | null;
  invited_by_client_id: string | null;
  created_at: Timestamp;
  /** When the newest email was queued (creation or resend). */
  sent_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
  revoked_at: NullableTimestamp;
}

export interface WorkspaceTable {
  id: string;
  tenant_id: string;
  name: string;
  description: string | null;
  created_by: string;
  is_default: boolean;
  created_at: Timestamp;
}

export interface PlanTable {
  id: string;
  tenant_id: string;
  workspace_id: string;
  title: string;
  summary: string;
  intent: string;
  created_at: Timestamp;
}

export interface PlanTaskTable {
  id: string;
  plan_id: string;
  position: number;
  title: string;
  description: string;
  done: boolean;
}

/** What a one-time link does: finish a sign-up, or sign in to an existing account. */
export type TokenPurpose = 'signup' | 'signin';

export interface VerificationTokenTable {
  token_hash: string;
  purpose: ColumnType<TokenPurpose, TokenPurpose | undefined, TokenPurpose>;
  /** SHA-256 of a nonce kept by the browser that asked for the link. */
  nonce_hash: ColumnType<string | null, string | null | undefined, string | null>;
  email: string;
  full_name: string;
  business_name: string;
  intent: string | null;
  use_case: string | null;
  metadata: Json;
  expires_at: Timestamp;
  created_at: Timestamp;
  used_at: ColumnType<Date | null, Date | null, Date | null>;
  /** Set when a newer link of the same purpose was sent to the same email. */
  superseded_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** SHA-256 of `${nonce}:${code}`: the emailed code, bound to the browser that asked. */
  code_hash: ColumnType<string | null, string | null | undefined, string | null>;
  /** When the code stops working (sooner than the link). */
  code_expires_at: NullableTimestamp;
  /** Wrong codes tried so far; at the limit the code is dead (the link still works). */
  code_attempts: ColumnType<number, number | undefined, number>;
}

export type EmailStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface EmailOutboxTable {
  id: string;
  template: string;
  recipient: string;
  params: Json;
  /** The one-time link; it exists only until the message is sent or given up. */
  link: string | null;
  /** The one-time code, kept like the link: only until the message is sent or given up. */
  code: ColumnType<string | null, string | null | undefined, string | null>;
  status: EmailStatus;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: Timestamp;
  /** Identifies the worker's current claim; a lease that expires lets another worker retry. */
  claim_id: string | null;
  lease_expires_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  last_error: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sent_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export type EmailAttemptResult = 'sent' | 'transient_failure' | 'permanent_failure';

export interface EmailAttemptTable {
  id: string;
  message_id: string;
  attempted_at: Timestamp;
  result: EmailAttemptResult;
  error: string | null;
}

/** One sign-in on one device: the family of refresh tokens that rotate from it. */
export interface SessionTable {
  id: string;
  user_id: string;
  tenant_id: string;
  user_agent: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  revoked_reason: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Every refresh token a session issued (its hash); a rotated one presented again means theft. */
export interface RefreshTokenTable {
  token_hash: string;
  session_id: string;
  issued_at: Timestamp;
  rotated_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** What an auth event records; see docs/analytics.md. */
export const AUTH_EVENT_TYPES = [
  'signup_requested',
  'email_queued',
  'email_sent',
  'email_failed',
  'verify_succeeded',
  'verify_failed',
  'signin_requested',
  'session_refreshed',
  'session_revoked',
  'rate_limited',
  'scanner_blocked',
  'provider_signup',
  'provider_signin',
  'provider_connected',
  'service_client_created',
  'service_client_revoked',
  'service_token_issued',
  'service_token_refused',
  'invitation_sent',
  'invitation_resent',
  'invitation_revoked',
  'invitation_accepted',
  'member_role_changed',
  'member_removed',
  'member_left',
  'ownership_transferred',
  'tenant_switched',
  'passkey_added',
  'passkey_renamed',
  'passkey_removed',
  'passkey_signin',
  'passkey_signin_failed',
] as const;
export type AuthEventType = (typeof AUTH_EVENT_TYPES)[number];

/** One row of the append-only audit trail; no email address in clear, no full IP address. */
export interface AuthEventTable {
  id: string;
  type: AuthEventType;
  occurred_at: Timestamp;
  tenant_id: string | null;
  /** HMAC-SHA-256 of the normalised address under the server's key (hex). */
  email_hash: string | null;
  intent: string | null;
  use_case: string | null;
  /** A reason, rule, template or outcome from a fixed set per type. */
  detail: string | null;
  /** The client's /24 (IPv4) or /48 (IPv6) network. */
  ip_prefix: string | null;
  /** "Chrome", "Firefox", …: the browser's name only. */
  user_agent_family: string | null;
}

/**
 * Where one address's sign-up stands, kept from its `auth_events` by triggers (migration 07):
 * opened by its first sign-up request, closed by its first verification.
 */
export interface SignupJourneyTable {
  email_hash: string;
  started_at: Timestamp;
  /** The intent and use case of the first sign-up request. */
  intent: string | null;
  use_case: string | null;
  /** The first verification email delivered, and the first verification of a sign-up link. */
  delivered_at: NullableTimestamp;
  verified_at: NullableTimestamp;
  /** The newest sign-up link issued (the first request or a resend). */
  last_link_at: Timestamp;
  resends: number;
  failed_deliveries: number;
  scanner_hits: number;
}

/** A person's account at a sign-in provider, linked to one user by (provider, subject). */
export interface OAuthIdentityTable {
  provider: string;
  subject: string;
  user_id: string;
  /** The address the provider gave when the identity was linked; never used to find it. */
  email: string | null;
  created_at: Timestamp;
  last_used_at: Timestamp;
}

/**
 * Where a sign-in with a provider stands: sent to the provider (`authorizing`), back and waiting
 * for a business name (`naming`, with the provider's identity), or over (`done`).
 */
export type OAuthFlowStage = 'authorizing' | 'naming' | 'done';

/** One redirect to a provider and back; keyed by the SHA-256 of its `state`. */
export interface OAuthFlowTable {
  state_hash: string;
  /** SHA-256 of the key in the HttpOnly cookie of the browser that began the flow. */
  browser_hash: string;
  provider: string;
  next_path: string;
  stage: OAuthFlowStage;
  subject: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  full_name: ColumnType<string | null, string | null | undefined, string | null>;
  /** The signed-in user who asked to connect this provider to their account, if any. */
  link_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** A service that authenticates as itself (OAuth client credentials), registered by an owner. */
export interface ServiceClientTable {
  /** The client id, `svc_…`: public, sent with the secret. */
  id: string;
  tenant_id: string;
  name: string;
  /** The scopes it may ask for, space-separated (`plans:read projects:read`). */
  scopes: string;
  /** SHA-256 (hex) of the secret, which is shown once and never stored. */
  secret_hash: string;
  /** The owner who registered it. */
  created_by: string;
  created_at: Timestamp;
  /** Its last token or call, written at most once a minute. */
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

/** A person's passkey (WebAuthn credential): what verifies their sign-in assertions. */
export interface PasskeyTable {
  /** `pk_…` and a time-ordered id: public, names the passkey in Settings. */
  id: string;
  user_id: string;
  /** base64url, as the authenticator names the credential. */
  credential_id: string;
  /** The credential's COSE public key, base64url. */
  public_key: string;
  /** The authenticator's signature counter at its last use (0 for those that keep none). */
  counter: number;
  /** A JSON array of the transports the browser reported (`["internal","hybrid"]`). */
  transports: string;
  /** `singleDevice` or `multiDevice` (synced, e.g. in a password manager). */
  device_type: string;
  backed_up: boolean;
  name: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

export type WebauthnChallengePurpose = 'registration' | 'authentication';

/** A ceremony's one-time challenge, kept as its SHA-256 and deleted as it is used. */
export interface WebauthnChallengeTable {
  challenge_hash: string;
  purpose: WebauthnChallengePurpose;
  /** The person adding a passkey; null for a sign-in, whose person is not known yet. */
  user_id: string | null;
  /** The session that asked to add a passkey; null for a sign-in. */
  session_id: string | null;
  expires_at: Timestamp;
  created_at: Timestamp;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  memberships: MembershipTable;
  invitations: InvitationTable;
  workspaces: WorkspaceTable;
  plans: PlanTable;
  plan_tasks: PlanTaskTable;
  verification_tokens: VerificationTokenTable;
  email_outbox: EmailOutboxTable;
  email_attempts: EmailAttemptTable;
  sessions: SessionTable;
  refresh_tokens: RefreshTokenTable;
  auth_events: AuthEventTable;
  signup_journeys: SignupJourneyTable;
  oauth_identities: OAuthIdentityTable;
  oauth_flows: OAuthFlowTable;
  service_clients: ServiceClientTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebauthnChallengeTable;
}

export type Tenant = Selectable<TenantTable>;
export type NewTenant = Insertable<TenantTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Membership = Selectable<MembershipTable>;
export type NewMembership = Insertable<MembershipTable>;
export type Invitation = Selectable<InvitationTable>;
export type NewInvitation = Insertable<InvitationTable>;
export type Workspace = Selectable<WorkspaceTable>;
export type NewWorkspace = Insertable<WorkspaceTable>;
export type Plan = Selectable<PlanTable>;
export type NewPlan = Insertable<PlanTable>;
export type PlanTask = Selectable<PlanTaskTable>;
export type NewPlanTask = Insertable<PlanTaskTable>;
export type PlanTaskUpdate = Updateable<PlanTaskTable>;
export type VerificationToken = Selectable<VerificationTokenTable>;
export type NewVerificationToken = Insertable<VerificationTokenTable>;
export type OutboxEmail = Selectable<EmailOutboxTable>;
export type NewOutboxEmail = Insertable<EmailOutboxTable>;
export type EmailAttempt = Selectable<EmailAttemptTable>;
export type Session = Selectable<SessionTable>;
export type NewSession = Insertable<SessionTable>;
export type RefreshToken = Selectable<RefreshTokenTable>;
export type AuthEvent = Selectable<AuthEventTable>;
export type NewAuthEvent = Insertable<AuthEventTable>;
export type SignupJourney = Selectable<SignupJourneyTable>;
export type OAuthIdentity = Selectable<OAuthIdentityTable>;
export type OAuthFlow = Selectable<OAuthFlowTable>;
export type NewOAuthFlow = Insertable<OAuthFlowTable>;
export type ServiceClient = Selectable<ServiceClientTable>;
export type NewServiceClient = Insertable<ServiceClientTable>;
export type Passkey = Selectable<PasskeyTable>;
export type NewPasskey = Insertable<PasskeyTable>;
export type WebauthnChallenge = Selectable<WebauthnChallengeTable>;

/**
 * Columns whose SQLite storage differs from their JS type. PostgreSQL returns these natively;
 * the SQLite dialect converts them on read so both dialects give the same JS values.
 */
export const columnKinds = {
  timestamp: /_at$/,
  boolean: new Set(['done', 'is_default', 'backed_up']),
  json: new Set(['metadata', 'params']),
} as const;
