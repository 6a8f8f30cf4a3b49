import { z } from 'zod';
import { membershipsOutput, refreshOutput, switchTenantInput } from '../schemas';
import { membershipsOf, switchTenant } from '../services/tenant-switch';
import { declared } from '../declare';

/** A person's tenants and moving between them, served under `auth.` with the sessions. */
export const tenantProcedures = {
  memberships: declared({
    access: 'session',
    permission: 'account:own',
    method: 'GET',
    path: '/v1/auth/memberships',
    summary: 'The businesses (tenants) the signed-in person belongs to, with their role in each',
  })
    .input(z.void())
    .output(membershipsOutput)
    .query(({ ctx }) => membershipsOf(ctx, ctx.session)),

  switchTenant: declared({
    access: 'session',
    permission: 'account:own',
    method: 'POST',
    path: '/v1/auth/switch-tenant',
    reasons: ['TENANT_FORBIDDEN'],
    summary:
      'Move this session to another tenant the person belongs to: a JWT for it, no new sign-in; the session’s older JWTs stop working',
  })
    .input(switchTenantInput)
    .output(refreshOutput)
    .mutation(({ ctx, input }) => switchTenant(ctx, ctx.session, input.tenant_id)),
};
