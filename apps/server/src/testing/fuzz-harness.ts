import { appRouter, declaredProcedures, type Declaration } from '@dyocense/api';
import type { AnyTRPCRouter } from '@trpc/server';
import type { DB } from '@dyocense/db';
import { sql } from 'kysely';

/**
 * Inputs per procedure and route, through each surface: a few for `npm test`, FUZZ_RUNS for the
 * full volume (`.ci/run` sets 1,000).
 * @default 25
 */
export const FUZZ_RUNS = fuzzRuns(process.env.FUZZ_RUNS);

function fuzzRuns(setting: string | undefined): number {
  const runs = Number(setting?.trim() || 25);
  // NaN or 0 would make fast-check run nothing, or its own default, and pass.
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FUZZ_RUNS must be a whole number ≥ 1, not "${setting}"`);
  return runs;
}

export interface FuzzedProcedure {
  /** tRPC path, e.g. `auth.signup`. */
  path: string;
  kind: 'query' | 'mutation';
  /** Its REST route, from its OpenAPI meta; undefined if it has none (tRPC only). */
  rest?: { method: Declaration['method']; path: string; pathParam?: string };
  /** Fields the input has, so generated objects use them with hostile values. */
  fields: string[];
}

interface ZodLike {
  _zod?: { def: { type: string; innerType?: ZodLike; in?: ZodLike; shape?: object } };
  shape?: object;
}

/** The keys of an input schema, through optional, default and pipe wrappers; [] for void. */
function fieldsOf(schema: ZodLike | undefined): string[] {
  const def = schema?._zod?.def;
  if (!def) return [];
  if (def.type === 'object') return Object.keys(def.shape ?? schema?.shape ?? {});
  const inner = def.innerType ?? def.in;
  return inner ? fieldsOf(inner) : [];
}

/** Every procedure of the router (appRouter unless given), read from its declarations. */
export function proceduresOfRouter(router: AnyTRPCRouter = appRouter): FuzzedProcedure[] {
  return declaredProcedures(router).map(({ trpcPath, type, method, path, procedure }) => {
    const pathParam = path.match(/\{(\w+)\}/)?.[1];
    const inputs = procedure._def.inputs as ZodLike[];
    return {
      path: trpcPath,
      kind: type,
      rest: { method, path, ...(pathParam && { pathParam }) },
      fields: inputs.flatMap((schema) => fieldsOf(schema)),
    };
  });
}

export const PROCEDURES: FuzzedProcedure[] = proceduresOfRouter();

/** An HTTP route of sign-in with a provider (apps/server/src/oauth-routes.ts), in Fastify's notation. */
export interface FuzzedProviderRoute {
  method: 'GET' | 'POST';
  url: string;
  /** Query parameters (GET) or body fields (POST) it reads. */
  fields: string[];
}

export const PROVIDER_ROUTES: FuzzedProviderRoute[] = [
  { method: 'GET', url: '/v1/auth/:provider/authorize', fields: ['next'] },
  { method: 'GET', url: '/v1/auth/:provider/callback', fields: ['state', 'code', 'error'] },
  { method: 'POST', url: '/v1/auth/:provider/connect', fields: [] },
  { method: 'POST', url: '/v1/auth/providers/signup', fields: ['business_name', 'intent'] },
];

/** The token endpoint (oauth-token-route.ts): a form, and client authentication by HTTP Basic. */
export const TOKEN_ROUTE: FuzzedProviderRoute = {
  method: 'POST',
  url: '/oauth/token',
  fields: ['grant_type', 'scope', 'client_id', 'client_secret'],
};

export interface TokenRequestInput {
  /** The form's fields (any values: each is sent as text), or a raw body. */
  form: unknown;
  raw?: string | undefined;
  /** HTTP Basic's id and secret, if sent. */
  basic?: [string, string] | undefined;
}

/** Any value as form fields: an object's entries (arrays repeated), anything else as one text. */
function formOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  const form = new URLSearchParams();
  for (const [name, field] of Object.entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) form.append(name, String(item));
  }
  return form.toString();
}

/** One request to the token endpoint. */
export async function sendTokenRequest(
  base: string,
  input: TokenRequestInput,
  headers: Record<string, string>,
): Promise<FuzzResponse> {
  const basic: Record<string, string> = input.basic
    ? { authorization: `Basic ${Buffer.from(input.basic.join(':')).toString('base64')}` }
    : {};
  const url = `${base}${TOKEN_ROUTE.url}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...basic, 'content-type': 'application/x-www-form-urlencoded' },
    body: input.raw ?? formOf(input.form),
  });
  return answerOf('POST', url, response);
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
      (select count(*) from refresh_tokens where rotated_at is not null) as rotated,
      (select count(*) from oauth_flows) as oauth_flows,
      (select count(*) from oauth_identities) as oauth_identities,
      (select count(*) from signup_journeys) as signup_journeys,
      (select count(*) from memberships) as memberships,
      (select count(*) from memberships where role = 'owner') as owners,
      (select count(*) from memberships where role = 'admin') as admins,
      (select count(*) from invitations) as invitations,
      (select count(*) from invitations where accepted_at is not null or revoked_at is not null) as closed_invitations,
      (select count(*) from service_clients where revoked_at is not null) as revoked_clients,
      (select count(*) from passkeys) as passkeys,
      (select count(*) from webauthn_challenges) as webauthn_challenges
  `.execute(db);
  return JSON.stringify(rows[0], (_key, value: unknown) =>
    typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value,
  );
}

export interface FuzzResponse {
  status: number;
  text: string;
  /** Where a redirect goes; undefined for other answers. */
  location?: string;
  /** What was asked, for the contract check of REST answers. */
  method: string;
  url: string;
  headers: Headers;
}

/** What one run sends: a value in the usual envelope, or raw text as the whole body or `?input=`. */
export type FuzzPayload =
  { kind: 'value'; input: unknown; meta?: unknown } | { kind: 'raw'; text: string };

/**
 * Percent-encodes any string, lone surrogates included (as their WTF-8 bytes, which are not
 * UTF-8): `encodeURIComponent` throws on them, and a hostile client sends them anyway.
 */
export function percentEncode(text: string): string {
  let encoded = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0xd800 || code > 0xdfff) {
      encoded += encodeURIComponent(char);
      continue;
    }
    const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    encoded += bytes.map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
  }
  return encoded;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

function withPathParam(procedure: FuzzedProcedure, input: unknown): string {
  const { path, pathParam } = procedure.rest ?? { path: '' };
  if (!pathParam) return path;
  const value = (input as Record<string, unknown> | undefined)?.[pathParam];
  return path.replace(`{${pathParam}}`, percentEncode(asText(value)));
}

function toQuery(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const pairs = Object.entries(input).map(
    ([key, value]) => `${percentEncode(key)}=${percentEncode(asText(value))}`,
  );
  return pairs.length ? `?${pairs.join('&')}` : '';
}

async function answerOf(method: string, url: string, response: Response): Promise<FuzzResponse> {
  const { status, headers } = response;
  const location = headers.get('location') ?? undefined;
  return {
    status,
    text: await response.text(),
    ...(location && { location }),
    method,
    url,
    headers,
  };
}

/** The input sent through REST, as a client of the OpenAPI contract would send it. */
export async function sendRest(
  base: string,
  procedure: FuzzedProcedure,
  payload: FuzzPayload,
  headers: Record<string, string>,
): Promise<FuzzResponse | undefined> {
  if (!procedure.rest) return undefined;
  const { method } = procedure.rest;
  const input = payload.kind === 'value' ? payload.input : undefined;
  const path = withPathParam(procedure, input);
  if (method === 'GET') {
    const query = payload.kind === 'raw' ? `?${percentEncode(payload.text)}` : toQuery(input);
    const url = `${base}${path}${query}`;
    return answerOf(method, url, await fetch(url, { headers }));
  }
  const body = payload.kind === 'raw' ? payload.text : JSON.stringify(input);
  const url = `${base}${path}`;
  return answerOf(
    method,
    url,
    await fetch(url, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body }),
    }),
  );
}

/** The superjson envelope the typed client sends, with a hostile `meta` when the run has one. */
function envelopeOf(payload: FuzzPayload): string {
  if (payload.kind === 'raw') return payload.text;
  const meta = payload.meta === undefined ? {} : { meta: payload.meta };
  return JSON.stringify({ json: payload.input, ...meta });
}

/** The input sent through tRPC, as the typed client would send it (superjson envelope). */
export async function sendTrpc(
  base: string,
  procedure: FuzzedProcedure,
  payload: FuzzPayload,
  headers: Record<string, string>,
): Promise<FuzzResponse> {
  const envelope = envelopeOf(payload);
  if (procedure.kind === 'query') {
    const url = `${base}/trpc/${procedure.path}?input=${percentEncode(envelope)}`;
    return answerOf('GET', url, await fetch(url, { headers }));
  }
  const url = `${base}/trpc/${procedure.path}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: envelope,
  });
  return answerOf('POST', url, response);
}

export interface ProviderRouteInput {
  provider: string;
  /** Query parameters (GET) or the JSON body (POST). */
  params: unknown;
  /** The flow cookie the browser sends, if any. */
  flowCookie?: string;
}

/** One request to a provider route, redirects not followed (they go to the web app or provider). */
export async function sendProviderRoute(
  base: string,
  route: FuzzedProviderRoute,
  input: ProviderRouteInput,
  headers: Record<string, string>,
): Promise<FuzzResponse> {
  const path = route.url.replace(':provider', percentEncode(input.provider));
  const cookie: Record<string, string> =
    input.flowCookie === undefined
      ? {}
      : { cookie: `dyocense_oauth=${percentEncode(input.flowCookie)}` };
  if (route.method === 'GET') {
    const url = `${base}${path}${toQuery(input.params)}`;
    const response = await fetch(url, { headers: { ...headers, ...cookie }, redirect: 'manual' });
    return answerOf('GET', url, response);
  }
  const url = `${base}${path}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, ...cookie, 'content-type': 'application/json' },
    redirect: 'manual',
    ...(input.params === undefined ? {} : { body: JSON.stringify(input.params) }),
  });
  return answerOf('POST', url, response);
}

/** The stable code of an error answer, from either surface; undefined if there is none. */
export function errorCode(response: FuzzResponse): string | undefined {
  const body = JSON.parse(response.text) as {
    code?: unknown;
    error?: string | { json?: { data?: { code?: unknown } } };
  };
  // The token endpoint answers OAuth's `error` (RFC 6749 §5.2).
  const code =
    typeof body.error === 'string' ? body.error : (body.code ?? body.error?.json?.data?.code);
  return typeof code === 'string' ? code : undefined;
}
