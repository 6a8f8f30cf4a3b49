import type { Plan, PlanTask } from '@dyocense/db';
import { samplePlanFor } from '@dyocense/api';

/**
 * What the floor server needs from a database: the three flows as plain driver calls, doing the
 * service's database work (the same rows, statements and transactions) and nothing else.
 */
export interface FloorStore {
  /**
   * Checks for an account, retires older links, stores the token, queues its email and records
   * the events, atomically.
   */
  requestSignup(token: NewTokenRow, email: NewEmailRow, events: EventRow[]): Promise<void>;
  /** Consumes the token, provisions the account, starts a session and records the event, atomically. */
  verify(
    tokenHash: string,
    now: Date,
    ids: ProvisionIds,
    event: (account: ProvisionedRow) => EventRow,
  ): Promise<ProvisionedRow | undefined>;
  /** The session check every authenticated request makes. */
  sessionIsActive(claims: SessionClaims, now: Date): Promise<boolean>;
  listPlans(tenantId: string): Promise<PlanRow[]>;
  close(): Promise<void>;
}

export interface NewEmailRow {
  id: string;
  recipient: string;
  params: string;
  link: string;
  now: Date;
}

/** An audit event, as the service records one. */
export interface EventRow {
  id: string;
  type: string;
  occurredAt: Date;
  tenantId: string | null;
  emailHash: string;
  intent: string | null;
  detail: string;
  ipPrefix: string | null;
}

/** The event row's values, in the floor's insert order; `stamp` binds a Date. */
export function eventParameters(row: EventRow, stamp: (date: Date) => unknown): unknown[] {
  const { id, type, tenantId, emailHash, intent, detail, ipPrefix } = row;
  return [id, type, stamp(row.occurredAt), tenantId, emailHash, intent, detail, ipPrefix];
}

export const INSERT_EVENT_COLUMNS =
  'id, type, occurred_at, tenant_id, email_hash, intent, use_case, detail, ip_prefix, user_agent_family';

export interface SessionClaims {
  sessionId: string;
  userId: string;
  tenantId: string;
}

export interface SessionRow {
  user_id: string;
  tenant_id: string;
  expires_at: Date | string;
  revoked_at: Date | string | null;
}

/** What the service's session check accepts. */
export function isActiveSession(
  session: SessionRow | undefined,
  claims: SessionClaims,
  now: Date,
): boolean {
  return (
    session !== undefined &&
    session.revoked_at === null &&
    new Date(session.expires_at) > now &&
    session.user_id === claims.userId &&
    session.tenant_id === claims.tenantId
  );
}

export interface NewTokenRow {
  tokenHash: string;
  email: string;
  fullName: string;
  businessName: string;
  intent: string | null;
  now: Date;
  expiresAt: Date;
}

export interface ProvisionIds {
  tenantId: (businessName: string) => string;
  userId: string;
  workspaceId: string;
  planId: string;
  taskIds: string[];
  sessionId: string;
  refreshTokenHash: string;
  sessionExpiresAt: Date;
}

export interface ProvisionedRow {
  userId: string;
  tenantId: string;
  email: string;
  fullName: string;
  workspaceId: string;
  sessionId: string;
}

/** The outbox row's values, in the floor's insert order; `stamp` binds a Date. */
export function emailParameters(row: NewEmailRow, stamp: (date: Date) => unknown): unknown[] {
  const at = stamp(row.now);
  return [row.id, row.recipient, row.params, row.link, at, at, at];
}

export type TaskRow = Pick<PlanTask, 'id' | 'position' | 'title' | 'description' | 'done'>;
export type PlanRow = Omit<Plan, 'created_at'> & { created_at: string; tasks: TaskRow[] };

/** Each plan with its tasks, in the order the tasks query returned them. */
export function attachTasks(
  plans: Omit<PlanRow, 'tasks'>[],
  tasks: (TaskRow & { plan_id: string; done: boolean | number })[],
): PlanRow[] {
  return plans.map((plan) => ({
    ...plan,
    tasks: tasks
      .filter((task) => task.plan_id === plan.id)
      .map(({ id, position, title, description, done }) => ({
        id,
        position,
        title,
        description,
        done: Boolean(done),
      })),
  }));
}

/** The sample tasks the service provisions (intent launch), so rows and responses weigh the same. */
export const SAMPLE_TASKS = samplePlanFor('launch').tasks;

/** One row of parameters per sample task: id, plan id, position, title, description. */
export function sampleTaskParameters(planId: string, taskIds: string[]): unknown[] {
  return SAMPLE_TASKS.flatMap((task, position) => [
    taskIds[position],
    planId,
    position,
    task.title,
    task.description,
  ]);
}

/** The verification token row's values, in the floor's insert order; `stamp` binds a Date. */
export function tokenParameters(row: NewTokenRow, stamp: (date: Date) => unknown): unknown[] {
  const { tokenHash, email, fullName, businessName, intent } = row;
  const metadata = '{"source":"signup"}';
  return [
    tokenHash,
    email,
    fullName,
    businessName,
    intent,
    metadata,
    stamp(row.expiresAt),
    stamp(row.now),
  ];
}

/** The account a consumed token signs in to: the existing owner's, or a new one's ids. */
export function provisionedFor(
  token: { email: string; full_name: string; business_name: string },
  existing: { id: string; tenant_id: string; full_name: string } | undefined,
  ids: ProvisionIds,
): ProvisionedRow {
  return {
    userId: existing?.id ?? ids.userId,
    tenantId: existing?.tenant_id ?? ids.tenantId(token.business_name),
    email: token.email,
    fullName: existing?.full_name ?? token.full_name,
    workspaceId: ids.workspaceId,
    sessionId: ids.sessionId,
  };
}
