import type { AnyTRPCProcedure, AnyTRPCRouter } from '@trpc/server';
import type { OpenApiMeta, OpenApiMethod } from 'trpc-to-openapi';
import type { AccountsErrorReason } from './errors';
import { serviceScopeFor, type Permission } from './permissions';
import type { ServiceScope } from './scopes';

/** Who may call a procedure: anyone, a signed-in session (its JWT), or the operator (`ADMIN_API_KEY`). */
export type Access = 'public' | 'session' | 'operator';

/** What every declaration has, whoever may call. */
interface DeclarationBase {
  /** The REST method; the tRPC path comes from where the procedure sits in the router. */
  method: OpenApiMethod;
  /** The REST path, `{name}` for a path parameter: `/v1/tenants/{tenant_id}/plans`. */
  path: `/v1/${string}`;
  /** One line for the OpenAPI document and docs/api.md alike. */
  summary: string;
  /**
   * The refusals the procedure itself may answer with (`data.reason`), beyond those of its access
   * (sign-in, operator key) and the database being unavailable: they set the statuses and the
   * reason enum of its OpenAPI error responses, and a contract test fails on any other.
   * @default []
   */
  reasons?: readonly AccountsErrorReason[];
  /**
   * Also served by the fast path (apps/server/src/fast-path), for the procedures that carry the traffic.
   * @default false
   */
  hot?: boolean;
}

/**
 * A procedure's contract, declared once beside it with `declared()`; everything else reads it.
 * A procedure with a session must name the permission it needs (packages/api/src/permissions.ts):
 * the roles holding it may call, and services too when it is also a scope.
 */
export type Declaration = DeclarationBase &
  (
    | { access: 'public' | 'operator'; permission?: undefined }
    | { access: 'session'; permission: Permission }
  );

/** The meta of every procedure: trpc-to-openapi's, plus what only this service reads. */
export type ProcedureMeta = OpenApiMeta<{
  access?: Access;
  permission?: Permission;
  hot?: boolean;
  reasons?: readonly AccountsErrorReason[];
}>;

/** A procedure of a router with its declaration. */
export type DeclaredProcedure = Declaration & {
  /** tRPC path, e.g. `auth.signup`. */
  trpcPath: string;
  type: 'query' | 'mutation';
  hot: boolean;
  reasons: readonly AccountsErrorReason[];
  /** The OpenAPI tag, from the REST path: `auth` for `/v1/auth/signup`. */
  tag: string;
  /** The scope that lets services call it: its permission, when that is a service scope. */
  scope?: ServiceScope;
  procedure: AnyTRPCProcedure;
};

/** `auth` for `/v1/auth/signup`: the REST path's first segment after the version. */
export function tagOf(path: string): string {
  return path.split('/')[2] ?? '';
}

/** Who may call, as declared; nothing when the declaration is missing or incomplete. */
function accessOf(
  meta: ProcedureMeta | undefined,
): Pick<Declaration, 'access' | 'permission'> | undefined {
  if (!meta?.access) return undefined;
  if (meta.access !== 'session') return { access: meta.access };
  return meta.permission ? { access: 'session', permission: meta.permission } : undefined;
}

/**
 * Every procedure of the router with its declaration, in the router's order. Throws, naming them,
 * when some procedure was built without `declared()`: it would be missing from the OpenAPI
 * document, the fuzz list and the docs.
 */
export function declaredProcedures(router: AnyTRPCRouter): DeclaredProcedure[] {
  // At run time `procedures` is flat, keyed by dotted path (its declared type is the nested tree).
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure>;
  const undeclared: string[] = [];
  const declared = Object.entries(procedures).flatMap(([trpcPath, procedure]) => {
    const meta = procedure._def.meta as ProcedureMeta | undefined;
    const openapi = meta?.openapi;
    const type = procedure._def.type;
    if (type === 'subscription') throw new Error(`${trpcPath}: subscriptions are not served yet`);
    const access = accessOf(meta);
    if (!access || !openapi?.summary) {
      undeclared.push(trpcPath);
      return [];
    }
    const scope = access.permission && serviceScopeFor(access.permission);
    const procedureDeclared: DeclaredProcedure = {
      trpcPath,
      type,
      ...access,
      method: openapi.method,
      path: openapi.path as Declaration['path'],
      summary: openapi.summary,
      hot: meta?.hot ?? false,
      reasons: meta?.reasons ?? [],
      ...(scope && { scope }),
      tag: tagOf(openapi.path),
      procedure,
    } as DeclaredProcedure;
    return [procedureDeclared];
  });
  if (undeclared.length > 0) {
    throw new Error(
      `Procedures without a declaration: ${undeclared.join(', ')}. Build each with declared() ` +
        '(packages/api/src/declare.ts).',
    );
  }
  return declared;
}
