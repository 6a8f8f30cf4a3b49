import { adminProcedure } from './admin-procedure';
import { tagOf, type Declaration, type ProcedureMeta } from './procedure-meta';
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
 * A procedure's builder with its contract applied, declared once: the access picks the
 * middleware (and the OpenAPI security requirement), the REST route, summary and refusals go to
 * the OpenAPI document, the fuzz list and docs/api.md, and `hot` to the fast path.
 *
 * ```ts
 * signup: declared({
 *   access: 'public', method: 'POST', path: '/v1/auth/signup', summary: '…', reasons: ['RATE_LIMITED'],
 * })
 *   .input(signupInput)
 * ```
 */
export function declared(
  declaration: Declaration & { access: 'session'; scope: ServiceScope },
): typeof principalProcedure;
export function declared<A extends keyof Builders>(
  declaration: Declaration & { access: A; scope?: undefined },
): Builders[A];
export function declared(declaration: Declaration) {
  const { access, method, path, summary, hot = false, reasons = [], scope } = declaration;
  const meta: ProcedureMeta = {
    access,
    hot,
    reasons,
    ...(scope && { scope }),
    openapi: { method, path, summary, tags: [tagOf(path)], protect: access !== 'public' },
  };
  // A scope lets services in as well: the principal's builder, for sessions only.
  if (scope) return principalProcedure.meta(meta);
  return BUILDERS[access].meta(meta);
}
