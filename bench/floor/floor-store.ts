import type { Plan, PlanTask } from '@dyocense/db';
import { samplePlanFor } from '@dyocense/api';

/** What the floor server needs from a database: the three flows as plain driver calls. */
export interface FloorStore {
  insertVerificationToken(row: NewTokenRow): Promise<void>;
  /** Consumes the token and provisions the account in one transaction; undefined if unusable. */
  verify(tokenHash: string, now: Date, ids: ProvisionIds): Promise<ProvisionedRow | undefined>;
  listPlans(tenantId: string): Promise<PlanRow[]>;
  close(): Promise<void>;
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
}

export interface ProvisionedRow {
  userId: string;
  tenantId: string;
  email: string;
  fullName: string;
  workspaceId: string;
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
  };
}
