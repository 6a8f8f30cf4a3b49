import { z } from 'zod';
import { plansOutput, projectsOutput, tenantPlansInput } from '../schemas';
import { auditLogInput, auditLogOutput } from '../analytics-schemas';
import { tenantAuditLog } from '../services/audit-log';
import { tenantPlans, tenantProjects } from '../services/tenants';
import { declared } from '../declare';
import { router } from '../trpc';

export const tenantsRouter = router({
  plans: declared({
    access: 'session',
    permission: 'plans:read',
    method: 'GET',
    path: '/v1/tenants/{tenant_id}/plans',
    reasons: ['TENANT_FORBIDDEN'],
    summary:
      'The tenant’s plans with their tasks, newest first; tenant_id me is the caller’s own tenant',
    hot: true,
  })
    .input(tenantPlansInput)
    .output(plansOutput)
    .query(({ ctx, input }) => tenantPlans(ctx, ctx.principal, input.tenant_id)),

  projects: declared({
    access: 'session',
    permission: 'projects:read',
    method: 'GET',
    path: '/v1/tenants/me/projects',
    summary: 'The workspaces of the caller’s tenant',
  })
    .input(z.void())
    .output(projectsOutput)
    .query(({ ctx }) => tenantProjects(ctx, ctx.principal)),

  auditLog: declared({
    access: 'session',
    permission: 'audit:read',
    method: 'GET',
    path: '/v1/tenants/me/audit-log',
    reasons: ['CURSOR_INVALID'],
    summary:
      'The sign-in, session, email and membership events of the caller’s tenant, newest first, 50 (up to 200) a page; next_cursor reads older ones',
  })
    .input(auditLogInput)
    .output(auditLogOutput)
    .query(({ ctx, input }) => tenantAuditLog(ctx, ctx.session, input)),
});
