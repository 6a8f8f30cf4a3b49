import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';

/** A timestamp: a `Date` when read, a `Date` when written, on every dialect. */
type Timestamp = ColumnType<Date, Date, Date>;
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

export interface UserTable {
  id: string;
  tenant_id: string;
  email: string;
  full_name: string;
  role: 'owner' | 'member';
  email_verified_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
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

export interface VerificationTokenTable {
  token_hash: string;
  email: string;
  full_name: string;
  business_name: string;
  intent: string | null;
  use_case: string | null;
  metadata: Json;
  expires_at: Timestamp;
  created_at: Timestamp;
  used_at: ColumnType<Date | null, Date | null, Date | null>;
}

export interface Database {
  tenants: TenantTable;
  users: UserTable;
  workspaces: WorkspaceTable;
  plans: PlanTable;
  plan_tasks: PlanTaskTable;
  verification_tokens: VerificationTokenTable;
}

export type Tenant = Selectable<TenantTable>;
export type NewTenant = Insertable<TenantTable>;
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type Workspace = Selectable<WorkspaceTable>;
export type NewWorkspace = Insertable<WorkspaceTable>;
export type Plan = Selectable<PlanTable>;
export type NewPlan = Insertable<PlanTable>;
export type PlanTask = Selectable<PlanTaskTable>;
export type NewPlanTask = Insertable<PlanTaskTable>;
export type PlanTaskUpdate = Updateable<PlanTaskTable>;
export type VerificationToken = Selectable<VerificationTokenTable>;
export type NewVerificationToken = Insertable<VerificationTokenTable>;

/**
 * Columns whose SQLite storage differs from their JS type. PostgreSQL returns these natively;
 * the SQLite dialect converts them on read so both dialects give the same JS values.
 */
export const columnKinds = {
  timestamp: /_at$/,
  boolean: new Set(['done', 'is_default']),
  json: new Set(['metadata']),
} as const;
