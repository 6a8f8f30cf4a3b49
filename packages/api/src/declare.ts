import { adminProcedure } from './admin-procedure';
import { tagOf, type Declaration, type ProcedureMeta } from './procedure-meta';
import type { Permission } from './permissions';
import { serviceScopeFor } from './permissions';
import type { ServiceScope } from './scopes';
import { principalProcedure, protectedProcedure, publicProcedure } from './trpc';

/** The builder of each access: its middleware is the only place that access is enforced. */
const BUILDERS = {
  public: publicProcedure,
  session: protectedProcedure,
  operator: adminProcedure,
};

type Builders = typeof BUILDERS;

/**
 * A procedure's builder with its contract applied, declared once: the access and permission pick
 * the middleware (and the OpenAPI security requirement), the REST route, summary and refusals go
 * to the OpenAPI document, the fuzz list and docs/api.md, and `hot` to the fast path.
 *
 * ```ts
 * list: declared({
 *   access: 'session', permission: 'members:read', method: 'GET', path: '/v1/members', summary: '…',
 * })
 *   .input(z.void())
 * ```
 */
export function declared(
  declaration: Declaration & { access: 'session'; permission: ServiceScope },
): typeof principalProcedure;
export function declared(
  declaration: Declaration & { access: 'session'; permission: Exclude<Permission, ServiceScope> },
): typeof protectedProcedure;
export function declared<A extends 'public' | 'operator'>(
  declaration: Declaration & { access: A },
): Builders[A];
export function declared(declaration: Declaration) {
  const { access, permission, method, path, summary, hot = false, reasons = [] } = declaration;
  const meta: ProcedureMeta = {
    access,
    hot,
    reasons,
    ...(permission && { permission }),
    openapi: { method, path, summary, tags: [tagOf(path)], protect: access !== 'public' },
  };
  // A permission that is a service scope lets services in as well: the principal's builder.
  if (permission && serviceScopeFor(permission)) return principalProcedure.meta(meta);
  return BUILDERS[access].meta(meta);
}
