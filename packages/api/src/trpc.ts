import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import type { VerifiedSession } from './jwt';
import type { ProcedureMeta } from './procedure-meta';
import { asAccountsError, AccountsError } from './errors';
import { bearerToken } from './bearer';
import { assertSessionActive } from './services/sessions';
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
      const reason = error.cause instanceof AccountsError ? error.cause.reason : undefined;
      const fields =
        error.code === 'BAD_REQUEST' && error.cause instanceof ZodError
          ? fieldErrors(error.cause)
          : undefined;
      return {
        ...shape,
        message: publicMessage(error, fields),
        data: { ...shape.data, ...(reason && { reason }), ...(fields && { fields }) },
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

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(mapAccountsErrors);

async function authenticate(ctx: Context): Promise<VerifiedSession> {
  const token = bearerToken(ctx.authorization);
  if (!token) throw new AccountsError('UNAUTHENTICATED');
  const now = ctx.now();
  const session = await ctx.jwt.verify(token, now).catch(() => {
    throw new AccountsError('SESSION_INVALID');
  });
  // A revoked session's JWT stops working at once, on every instance.
  await assertSessionActive(ctx.db, session, now);
  return session;
}

/**
 * Requires a valid JWT of an active session; user and tenant then come only from it. Maps
 * refusals itself rather than inside `publicProcedure`: one middleware fewer on every read.
 */
export const protectedProcedure = t.procedure.use(async ({ ctx, next }) => {
  const session = await authenticate(ctx).catch((cause: unknown) => {
    const refusal = asAccountsError(cause);
    throw refusal ? asTrpcError(ctx, refusal) : cause;
  });
  return mapRefusal(ctx, await next({ ctx: { session } }));
});
