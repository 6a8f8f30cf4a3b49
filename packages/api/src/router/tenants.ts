import { listPlansWithTasks, listWorkspacesByTenant } from '@dyocense/db';
import { z } from 'zod';
import { AccountsError } from '../errors';
import { plansOutput, projectsOutput, tenantPlansInput } from '../schemas';
import { auditLogInput, auditLogOutput } from '../analytics-schemas';
import { serializePlan, serializeProject } from '../serializers';
import { tenantAuditLog } from '../services/audit-log';
import { protectedProcedure, router } from '../trpc';

/**
 * The caller's own tenant id for `me` or their own id. Any other id is refused with one answer,
 * whether or not that tenant exists.
 */
function authorizedTenantId(session: { tenantId: string }, requested: string): string {
  if (requested === 'me' || requested === session.tenantId) return session.tenantId;
  throw new AccountsError('TENANT_FORBIDDEN');
}

export const tenantsRouter = router({
  plans: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/tenants/{tenant_id}/plans',
        tags: ['tenants'],
        summary: 'The tenant’s plans with their tasks, newest first',
      },
    })
    .input(tenantPlansInput)
    .output(plansOutput)
    .query(async ({ ctx, input }) => {
      const tenantId = authorizedTenantId(ctx.session, input.tenant_id);
      const items = (await listPlansWithTasks(ctx.db, tenantId)).map(serializePlan);
      return { items, count: items.length };
    }),

  projects: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/tenants/me/projects',
        tags: ['tenants'],
        summary: 'The workspaces of the caller’s tenant',
      },
    })
    .input(z.void())
    .output(projectsOutput)
    .query(async ({ ctx }) => {
      const items = (await listWorkspacesByTenant(ctx.db, ctx.session.tenantId)).map(
        serializeProject,
      );
      return { items, count: items.length };
    }),

  auditLog: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/tenants/me/audit-log',
        tags: ['tenants'],
        summary:
          'The sign-in, session and email events of the caller’s tenant, newest first (owner)',
      },
    })
    .input(auditLogInput)
    .output(auditLogOutput)
    .query(({ ctx, input }) => tenantAuditLog(ctx, ctx.session, input)),
});
