import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { oas31 } from 'zod-openapi';
import { errorCodeOf, type AccountsErrorReason } from './errors';
import { MEMBER_ROLES, roleAllows, serviceScopeFor, type Permission } from './permissions';
import type { Access, DeclaredProcedure } from './procedure-meta';

/** The refusals that come with an access, before the procedure runs. */
const ACCESS_REASONS: Record<Access, readonly AccountsErrorReason[]> = {
  public: [],
  // A service's refusal (SCOPE_REQUIRED or SERVICE_NOT_ALLOWED) follows from the permission.
  session: [
    'UNAUTHENTICATED',
    'SESSION_INVALID',
    'SERVICE_TOKEN_INVALID',
    'SERVICE_CLIENT_REVOKED',
  ],
  // Wrong keys are counted per client IP: once spent, the address is refused (429).
  operator: ['ADMIN_API_DISABLED', 'ADMIN_KEY_INVALID', 'RATE_LIMITED'],
};

/** What each error status means to a client, whichever operation answers it. */
const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'The request could not be read or its input is not valid (`data.fields` names each field)',
  401: 'Missing or invalid credentials',
  403: 'The credentials are valid but do not allow this',
  404: 'Not found',
  409: 'In conflict with a newer state',
  412: 'A precondition failed (e.g. the link expired)',
  413: 'The body is larger than the server accepts (`BODY_LIMIT`)',
  414: 'A path parameter is longer than the server reads',
  415: 'The body is not JSON (send `content-type: application/json`)',
  428: 'A confirmation is required first',
  429: 'Too many attempts: wait the `Retry-After` seconds',
  431: 'The URL and headers are larger than the server reads',
  500: 'A fault of the service (logged); nothing more is said',
  502: 'The sign-in provider could not be reached',
  503: 'The database cannot serve right now: retry after `Retry-After` seconds',
};

/** The tRPC code name each status answers with (`code` of the body). */
const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  428: 'PRECONDITION_REQUIRED',
  429: 'TOO_MANY_REQUESTS',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
  500: 'INTERNAL_SERVER_ERROR',
  502: 'BAD_GATEWAY',
  503: 'SERVICE_UNAVAILABLE',
};

/** The HTTP status of a tRPC code, as tRPC and the REST adapter answer it. */
export function statusOfCode(code: TRPC_ERROR_CODE_KEY): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code }));
}

/** The refusals of a permission: a role without it, a membership that ended, a service's scope. */
function permissionReasons(permission: Permission | undefined): AccountsErrorReason[] {
  if (permission === undefined) return [];
  const reasons: AccountsErrorReason[] = [];
  if (permission !== 'account:own') reasons.push('MEMBERSHIP_ENDED');
  if (!MEMBER_ROLES.every((role) => roleAllows(role, permission))) {
    reasons.push('PERMISSION_REQUIRED');
  }
  reasons.push(serviceScopeFor(permission) ? 'SCOPE_REQUIRED' : 'SERVICE_NOT_ALLOWED');
  return reasons;
}

/**
 * Every refusal a procedure may answer with: its access's and permission's, its own, and an
 * unavailable database.
 */
export function refusalsOf(
  declared: Pick<DeclaredProcedure, 'access' | 'reasons' | 'permission'>,
): AccountsErrorReason[] {
  return [
    ...new Set([
      ...ACCESS_REASONS[declared.access],
      ...permissionReasons(declared.permission),
      ...declared.reasons,
      'SERVICE_UNAVAILABLE',
    ]),
  ] as AccountsErrorReason[];
}

/** The `Retry-After` header of 429 and 503 answers, in `components.headers`. */
export const RETRY_AFTER_HEADER: oas31.HeaderObject = {
  description: 'Seconds to wait before trying again',
  required: true,
  schema: { type: 'integer', minimum: 1 },
};

/**
 * The error body of an operation as the service really sends it: `code` (one of `codes`) and
 * `message` always; `data.reason` (one of the operation's `reasons`) for a refusal, `data.fields`
 * for invalid input; the REST adapter adds tRPC's own `data` keys and, for invalid input, the
 * validator's `issues`. One schema for every status of the operation, so a typed client reads
 * `error.data.reason` off any error; each response's description says which reasons come with
 * its status. Open to further keys, as the body is.
 */
export function errorSchema(
  codes: readonly string[],
  reasons: readonly string[],
): oas31.SchemaObject {
  return {
    type: 'object',
    required: ['code', 'message'],
    properties: {
      code: {
        type: 'string',
        enum: [...codes],
        description: 'The stable error code (tRPC’s name for the status)',
      },
      message: { type: 'string', description: 'What went wrong, in words a person can act on' },
      data: {
        type: 'object',
        properties: {
          ...(reasons.length > 0 && {
            reason: {
              type: 'string',
              enum: [...reasons],
              description: 'Why it was refused: stable values a client may switch on',
            },
          }),
          fields: {
            type: 'object',
            additionalProperties: { type: 'string' },
            description: 'With 400, invalid input: the first problem with each field, by its path',
          },
          code: { type: 'string', description: 'The same code as `code`' },
          httpStatus: { type: 'integer', description: 'The same status as the response’s' },
          path: { type: 'string', description: 'The tRPC procedure that answered' },
          retryAfterSeconds: {
            type: 'integer',
            minimum: 1,
            description: 'With 429 and 503: the Retry-After header’s seconds to wait',
          },
        },
      },
      issues: {
        type: 'array',
        items: { type: 'object' },
        description:
          'With 400, invalid input: the validator’s issues (`data.fields` is the short form)',
      },
    },
  };
}

/** An operation's error responses, and the one schema they share, for `components.schemas`. */
export interface ErrorContract {
  responses: Record<string, oas31.ResponseObject>;
  /** `<operationId>.error` and its schema. */
  schemas: Record<string, oas31.SchemaObject>;
}

/**
 * The error responses of operation `operationId` from the reasons each status comes with (`[]`
 * for none): each with its description, the operation's error schema and, for 429 and 503,
 * `Retry-After`.
 */
export function errorResponses(
  operationId: string,
  reasonsByStatus: Readonly<Record<number, readonly string[]>>,
): ErrorContract {
  const statuses = Object.keys(reasonsByStatus).map(Number);
  const reasons = [...new Set(statuses.flatMap((status) => reasonsByStatus[status] ?? []))];
  const codes = [...new Set(statuses.flatMap((status) => CODE_OF_STATUS[status] ?? []))];
  const name = `${operationId}.error`;
  const responseOf = (status: number): oas31.ResponseObject => {
    const own = reasonsByStatus[status] ?? [];
    const because = own.length > 0 ? ` (${own.map((r) => `\`${r}\``).join(', ')})` : '';
    const retries = status === 429 || status === 503;
    return {
      description: `${STATUS_DESCRIPTIONS[status] ?? 'Refused'}${because}`,
      ...(retries && { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } }),
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
    };
  };
  return {
    responses: Object.fromEntries(statuses.map((status) => [String(status), responseOf(status)])),
    schemas: { [name]: errorSchema(codes, reasons) },
  };
}

/** What any request may be answered, whatever it asks: unreadable, too large a head, a fault. */
export const ANY_REQUEST_STATUSES = [400, 431, 500];

/** Reasons grouped by the status they answer with, in status order. */
function byStatus(reasons: readonly AccountsErrorReason[]): Map<number, AccountsErrorReason[]> {
  const groups = new Map<number, AccountsErrorReason[]>();
  for (const reason of reasons) {
    const status = statusOfCode(errorCodeOf(reason));
    groups.set(status, [...(groups.get(status) ?? []), reason]);
  }
  return groups;
}

/**
 * The error responses of a procedure's REST operation: each status its refusals answer with, plus
 * those any request can get before it reaches the procedure (400 unreadable or invalid input, 431
 * URL and headers too large, 500; 413 and 415 with a body, 414 with a path parameter).
 */
export function procedureErrorResponses(
  operationId: string,
  declared: Pick<DeclaredProcedure, 'access' | 'reasons' | 'method' | 'path'>,
): ErrorContract {
  const groups = byStatus(refusalsOf(declared));
  const withBody = !['GET', 'DELETE'].includes(declared.method);
  const statuses = [
    ...ANY_REQUEST_STATUSES,
    ...(withBody ? [413, 415] : []),
    ...(declared.path.includes('{') ? [414] : []),
    ...groups.keys(),
  ];
  const sorted = [...new Set(statuses)].sort((a, b) => a - b);
  return errorResponses(
    operationId,
    Object.fromEntries(sorted.map((status) => [status, groups.get(status) ?? []])),
  );
}
