import { adminProcedure } from './admin-procedure';
import { tagOf, type Declaration, type ProcedureMeta } from './procedure-meta';
import { protectedProcedure, publicProcedure } from './trpc';

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
export function declared<A extends keyof Builders>(
  declaration: Declaration & { access: A },
): Builders[A] {
  const { access, method, path, summary, hot = false, reasons = [] } = declaration;
  const meta: ProcedureMeta = {
    access,
    hot,
    reasons,
    openapi: { method, path, summary, tags: [tagOf(path)], protect: access !== 'public' },
  };
  // Each builder's meta() returns a builder of its own type.
  return BUILDERS[access].meta(meta) as Builders[A];
}
