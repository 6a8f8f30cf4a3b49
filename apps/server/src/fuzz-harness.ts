import type { DB } from '@dyocense/db';
import { sql } from 'kysely';
import fc from 'fast-check';

/** Runs per procedure and path; FUZZ_RUNS raises it for a long run. @default 1000 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

export interface FuzzedProcedure {
  /** tRPC path, e.g. `auth.signup`. */
  path: string;
  kind: 'query' | 'mutation';
  rest: { method: 'GET' | 'POST' | 'DELETE'; path: string; pathParam?: string };
  /** Fields the input has, so generated objects use them with hostile values. */
  fields: string[];
}

export const PROCEDURES: FuzzedProcedure[] = [
  {
    path: 'auth.signup',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/signup' },
    fields: ['email', 'name', 'business_name', 'intent', 'use_case', 'nonce'],
  },
  {
    path: 'auth.signin',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/signin' },
    fields: ['email', 'nonce'],
  },
  {
    path: 'auth.resend',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/resend' },
    fields: ['email', 'nonce'],
  },
  {
    path: 'auth.inspectLink',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/links/inspect' },
    fields: ['token'],
  },
  {
    path: 'auth.verify',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/verify' },
    fields: ['token', 'nonce', 'refresh_token_delivery'],
  },
  {
    path: 'auth.refresh',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/refresh' },
    fields: ['refresh_token', 'refresh_token_delivery'],
  },
  { path: 'auth.me', kind: 'query', rest: { method: 'GET', path: '/v1/auth/me' }, fields: [] },
  {
    path: 'auth.sessions',
    kind: 'query',
    rest: { method: 'GET', path: '/v1/auth/sessions' },
    fields: [],
  },
  {
    path: 'tenants.plans',
    kind: 'query',
    rest: { method: 'GET', path: '/v1/tenants/{tenant_id}/plans', pathParam: 'tenant_id' },
    fields: ['tenant_id'],
  },
  {
    path: 'tenants.projects',
    kind: 'query',
    rest: { method: 'GET', path: '/v1/tenants/me/projects' },
    fields: [],
  },
  {
    path: 'auth.revokeSession',
    kind: 'mutation',
    rest: { method: 'DELETE', path: '/v1/auth/sessions/{id}', pathParam: 'id' },
    fields: ['id'],
  },
  {
    path: 'auth.signout',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/signout' },
    fields: [],
  },
  {
    path: 'auth.signoutAll',
    kind: 'mutation',
    rest: { method: 'POST', path: '/v1/auth/signout-all' },
    fields: [],
  },
  {
    path: 'tenants.auditLog',
    kind: 'query',
    rest: { method: 'GET', path: '/v1/tenants/me/audit-log' },
    fields: ['limit', 'cursor'],
  },
  {
    path: 'analytics.funnel',
    kind: 'query',
    rest: { method: 'GET', path: '/v1/analytics/funnel' },
    fields: ['from', 'to', 'by'],
  },
];

const hostileString = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    'me',
    'launch',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '%00',
    "' or 1=1 --",
    '<script>',
  ),
  fc.emailAddress(),
  fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  fc.string({ minLength: 1000, maxLength: 3000 }),
);

const hostileValue = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything(), { maxLength: 5 }),
  fc.object({ maxDepth: 3 }),
);

/** Anything at all, or an object with the procedure's fields holding hostile values. */
export function inputFor(procedure: FuzzedProcedure): fc.Arbitrary<unknown> {
  const shaped = procedure.fields.length
    ? fc.record(Object.fromEntries(procedure.fields.map((field) => [field, hostileValue])), {
        requiredKeys: [],
      })
    : fc.constant({});
  return fc.oneof(
    { weight: 3, arbitrary: shaped },
    fc.anything({ maxDepth: 3 }),
    fc.constant(undefined),
  );
}

/** How the database stands: every table's row count and every state a request could change. */
export async function fingerprint(db: DB): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`
    select
      (select count(*) from tenants) as tenants,
      (select count(*) from users) as users,
      (select count(*) from workspaces) as workspaces,
      (select count(*) from plans) as plans,
      (select count(*) from plan_tasks) as plan_tasks,
      (select count(*) from verification_tokens) as tokens,
      (select count(*) from verification_tokens where used_at is not null) as used_tokens,
      (select count(*) from verification_tokens where superseded_at is not null) as superseded,
      (select count(*) from email_outbox) as emails,
      (select count(*) from sessions) as sessions,
      (select count(*) from sessions where revoked_at is not null) as revoked,
      (select count(*) from refresh_tokens) as refresh_tokens,
      (select count(*) from refresh_tokens where rotated_at is not null) as rotated
  `.execute(db);
  return JSON.stringify(rows[0], (_key, value: unknown) =>
    typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value,
  );
}

export interface FuzzResponse {
  status: number;
  text: string;
}

function withPathParam(procedure: FuzzedProcedure, input: unknown): string {
  const { path, pathParam } = procedure.rest;
  if (!pathParam) return path;
  const value = (input as Record<string, unknown> | undefined)?.[pathParam];
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return path.replace(`{${pathParam}}`, encodeURIComponent(text));
}

function toQuery(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    params.append(key, typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));
  }
  return params.size ? `?${params}` : '';
}

/** The input sent through REST, as a client of the OpenAPI contract would send it. */
export async function sendRest(
  base: string,
  procedure: FuzzedProcedure,
  input: unknown,
  headers: Record<string, string>,
): Promise<FuzzResponse> {
  const { method } = procedure.rest;
  const path = withPathParam(procedure, input);
  const response =
    method === 'GET'
      ? await fetch(`${base}${path}${toQuery(input)}`, { headers })
      : await fetch(`${base}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          ...(input === undefined ? {} : { body: JSON.stringify(input) }),
        });
  return { status: response.status, text: await response.text() };
}

/** The input sent through tRPC, as the typed client would send it (superjson envelope). */
export async function sendTrpc(
  base: string,
  procedure: FuzzedProcedure,
  input: unknown,
  headers: Record<string, string>,
): Promise<FuzzResponse> {
  const envelope = JSON.stringify({ json: input });
  const response =
    procedure.kind === 'query'
      ? await fetch(`${base}/trpc/${procedure.path}?input=${encodeURIComponent(envelope)}`, {
          headers,
        })
      : await fetch(`${base}/trpc/${procedure.path}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: envelope,
        });
  return { status: response.status, text: await response.text() };
}

/** The stable code of an error answer, from either surface; undefined if there is none. */
export function errorCode(response: FuzzResponse): string | undefined {
  const body = JSON.parse(response.text) as {
    code?: unknown;
    error?: { json?: { data?: { code?: unknown } } };
  };
  const code = body.code ?? body.error?.json?.data?.code;
  return typeof code === 'string' ? code : undefined;
}
