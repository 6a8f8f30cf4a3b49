import type { PlanWithTasks, Tenant, User, Workspace } from '@dyocense/db';
import type { z } from 'zod';
import type { planSchema, projectSchema, tenantSchema, userSchema } from './schemas';

export function serializeUser(user: User): z.infer<typeof userSchema> {
  return { id: user.id, email: user.email, name: user.full_name, tenant_id: user.tenant_id };
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
