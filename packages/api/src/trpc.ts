import type { MemberRole } from '@dyocense/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import type { VerifiedServiceToken, VerifiedSession } from './jwt';
import type { Principal } from './principal';
import type { ProcedureMeta } from './procedure-meta';
import { asAccountsError, AccountsError } from './errors';
import { bearerToken, claimsServiceClient } from './bearer';
import { assertServiceClientActive } from './services/service-tokens';
import { activeSessionRole } from './services/sessions';
import { roleAllows, serviceScopeFor, type Permission } from './permissions';
import { transformer } from './transformer';

const INTERNAL_MESSAGE = 'Something went wrong on our side; please try again in a moment.';
const UNREADABLE_MESSAGE = 'The request could not be read; send its input as the API describes';

/** `{email: 'Enter a valid email address'}`: the first problem with each field. */
function fieldErrors(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'input';
    fields[field] ??= issue.message;
  }
  return fields;
}

/**
 * Whether the message is only a library's text (JSON.parse positions, superjson, "Maximum call
 * stack size exceeded"): tRPC copies a cause's message when the error was given none.
 */
function leaksInternalText(error: TRPCError): boolean {
  const { cause } = error;
  if (!(cause instanceof Error) || cause instanceof AccountsError || cause instanceof ZodError) {
    return false;
  }
  return error.message === cause.message;
}

function describeFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
}

/** What a client is told: each field's problem, or the error's own words unless they leak. */
function publicMessage(error: TRPCError, fields: Record<string, string> | undefined): string {
  if (fields) return describeFields(fields);
  if (error.code === 'INTERNAL_SERVER_ERROR') return INTERNAL_MESSAGE;
  return leaksInternalText(error) ? UNREADABLE_MESSAGE : error.message;
}

const t = initTRPC
  .context<Context>()
  .meta<ProcedureMeta>()
  .create({
    transformer,
    // Stack traces stay in the server's logs; they never reach a client.
    isDev: false,
    errorFormatter({ shape, error }) {
      const refusal = error.cause instanceof AccountsError ? error.cause : undefined;
      const reason = refusal?.reason;
      // The Retry-After header's seconds, for clients that cannot read headers (a batched call).
      const retryAfterSeconds = refusal?.retryAfterSeconds;
      const fields =
        error.code === 'BAD_REQUEST' && error.cause instanceof ZodError
          ? fieldErrors(error.cause)
          : undefined;
      return {
        ...shape,
        message: publicMessage(error, fields),
        data: {
          ...shape.data,
          ...(reason && { reason }),
          ...(fields && { fields }),
          ...(retryAfterSeconds && { retryAfterSeconds }),
        },
      };
    },
  });

/** The tRPC error for one of the service's expected refusals. */
function asTrpcError(ctx: Context, cause: AccountsError): TRPCError {
  if (cause.retryAfterSeconds)
    ctx.setResponseHeader('retry-after', String(cause.retryAfterSeconds));
  return new TRPCError({ code: cause.code, message: cause.message, cause });
}

function mapRefusal<R extends { ok: true } | { ok: false; error: TRPCError }>(
  ctx: Context,
  result: R,
): R {
  const refusal = result.ok ? undefined : asAccountsError(result.error.cause);
  if (refusal) throw asTrpcError(ctx, refusal);
  return result;
}

/** Turns expected refusals, and an unavailable database, into their tRPC codes, in one place. */
const mapAccountsErrors = t.middleware(async ({ ctx, next }) => mapRefusal(ctx, await next()));

export type { Principal } from './principal';
export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAccountsErrors);

/** A verified bearer token whose session (or service client) is still active. */
type Authenticated =
  | { kind: 'session'; session: VerifiedSession; role: MemberRole | null; signedInAt: Date }
  | { kind: 'service'; service: VerifiedServiceToken };

async function authenticateBearer(ctx: Context): Promise<Authenticated> {
  const token = bearerToken(ctx.authorization);
  if (!token) throw new AccountsError('UNAUTHENTICATED');
  const now = ctx.now();
  const bearer = await ctx.jwt.verifyBearer(token, now).catch(() => {
    throw new AccountsError(
      claimsServiceClient(token) ? 'SERVICE_TOKEN_INVALID' : 'SESSION_INVALID',
    );
  });
  // A revoked session's JWT (or revoked client's token) stops working at once, on every instance;
  // so does a membership that ended, and a role is always the current one.
  if (bearer.kind === 'session') {
    return { ...bearer, ...(await activeSessionRole(ctx.db, bearer.session, now)) };
  }
  await assertServiceClientActive(ctx, bearer.service, now);
  return bearer;
}

/** The permission a procedure declared; a session procedure without one is a bug, never open. */
function permissionOf(meta: ProcedureMeta | undefined): Permission {
  if (!meta?.permission) throw new Error('A procedure with a session must declare its permission');
  return meta.permission;
}

/** Refuses a person whose role in the JWT's tenant lacks `permission`, or who left it. */
function authorizePerson(role: MemberRole | null, permission: Permission): void {
  if (permission === 'account:own') return;
  if (role === null) throw new AccountsError('MEMBERSHIP_ENDED');
  if (!roleAllows(role, permission)) throw new AccountsError('PERMISSION_REQUIRED');
}

/** A person's session allowed `permission`: a service is refused, whatever its scopes. */
async function authenticate(ctx: Context, permission: Permission) {
  const bearer = await authenticateBearer(ctx);
  if (bearer.kind === 'service') throw new AccountsError('SERVICE_NOT_ALLOWED');
  authorizePerson(bearer.role, permission);
  // When the person signed in, for the actions that need a recent sign-in (fresh-signin.ts).
  return { session: bearer.session, role: bearer.role, signedInAt: bearer.signedInAt };
}

/** A person allowed `permission`, or a service holding it as a scope. */
async function authenticatePrincipal(ctx: Context, permission: Permission): Promise<Principal> {
  const bearer = await authenticateBearer(ctx);
  if (bearer.kind === 'session') {
    authorizePerson(bearer.role, permission);
    const role = bearer.role as MemberRole;
    return { kind: 'person', tenantId: bearer.session.tenantId, session: bearer.session, role };
  }
  const scope = serviceScopeFor(permission);
  if (scope === undefined) throw new AccountsError('SERVICE_NOT_ALLOWED');
  if (!bearer.service.scopes.includes(scope)) {
    throw new AccountsError(
      'SCOPE_REQUIRED',
      `This access token lacks the scope ${scope}; ask for a token with it, from a client the tenant’s owner registered with it`,
    );
  }
  return { kind: 'service', tenantId: bearer.service.tenantId, service: bearer.service };
}

function refusalOf(ctx: Context) {
  return (cause: unknown): never => {
    const refusal = asAccountsError(cause);
    throw refusal ? asTrpcError(ctx, refusal) : cause;
  };
}

/**
 * Requires a valid JWT of an active session whose person's role holds the procedure's declared
 * permission; user, tenant and role then come only from it. Maps
 * refusals itself rather than inside `publicProcedure`: one middleware fewer on every read.
 */
export const protectedProcedure = t.procedure.use(async ({ ctx, meta, next }) => {
  const caller = await authenticate(ctx, permissionOf(meta)).catch(refusalOf(ctx));
  return mapRefusal(ctx, await next({ ctx: caller }));
});

/**
 * A person's session, or a service's access token that holds the procedure's permission as a
 * scope (`declared({ permission: 'plans:read' })`); the tenant then comes only from the token.
 */
export const principalProcedure = t.procedure.use(async ({ ctx, meta, next }) => {
  const principal = await authenticatePrincipal(ctx, permissionOf(meta)).catch(refusalOf(ctx));
  return mapRefusal(ctx, await next({ ctx: { principal } }));
});
