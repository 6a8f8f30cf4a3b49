import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { createTestDatabase, type DialectName, type TestDatabase } from '@dyocense/db/testing';
import { expectKeepsContract } from '../testing/openapi-contract';
import { smtpEnv, startTestServer, type TestServer } from '../testing/test-server';

/** One HTTP request, sent identically to the fast and the stock server. */
export interface Probe {
  name: string;
  method: 'GET' | 'POST' | 'HEAD';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** What must be byte-identical between the two paths. */
export interface Answer {
  status: number;
  contentType: string | null;
  vary: string | null;
  hasRequestId: boolean;
  body: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };

export const trpcPost = (name: string, path: string, input: unknown, headers = {}): Probe => ({
  name: `tRPC ${path}: ${name}`,
  method: 'POST',
  path: `/trpc/${path}`,
  headers: { ...JSON_TYPE, ...headers },
  body: JSON.stringify({ json: input }),
});

export const trpcGet = (name: string, path: string, input: unknown, headers = {}): Probe => ({
  name: `tRPC ${path}: ${name}`,
  method: 'GET',
  path: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  headers,
});

/** A call as the typed client's httpBatchLink sends it: a batch of one, `?batch=1`. */
export const trpcBatchPost = (name: string, path: string, input: unknown, headers = {}): Probe => ({
  name: `tRPC batch ${path}: ${name}`,
  method: 'POST',
  path: `/trpc/${path}?batch=1`,
  headers: { ...JSON_TYPE, ...headers },
  body: JSON.stringify({ 0: { json: input } }),
});

export const trpcBatchGet = (name: string, path: string, input: unknown, headers = {}): Probe => ({
  name: `tRPC batch ${path}: ${name}`,
  method: 'GET',
  path: `/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: input } }))}`,
  headers,
});

export const restPost = (name: string, path: string, input: unknown, headers = {}): Probe => ({
  name: `REST ${path}: ${name}`,
  method: 'POST',
  path,
  headers: { ...JSON_TYPE, ...headers },
  body: JSON.stringify(input),
});

export const restGet = (name: string, path: string, headers = {}): Probe => ({
  name: `REST ${path}: ${name}`,
  method: 'GET',
  path,
  headers,
});

export const raw = (
  name: string,
  method: Probe['method'],
  path: string,
  headers: Record<string, string>,
  body?: string,
): Probe => ({
  name: `${path}: ${name}`,
  method,
  path,
  headers,
  ...(body !== undefined && { body }),
});

export async function send(baseUrl: string, probe: Probe): Promise<Answer> {
  const url = `${baseUrl}${probe.path}`;
  const response = await fetch(url, {
    method: probe.method,
    headers: probe.headers ?? {},
    ...(probe.body !== undefined && { body: probe.body }),
  });
  const body = await response.text();
  // Both paths keep the published contract, not only the same answers (tRPC is no operation).
  await expectKeepsContract({
    method: probe.method,
    url,
    status: response.status,
    body: parsedOrUndefined(body),
    headers: response.headers,
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    vary: response.headers.get('vary'),
    hasRequestId: response.headers.has('x-request-id'),
    body,
  };
}

function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What differs by design between two sign-ins: a fresh session's JWT and tokens. */
export const SESSION_VALUES = [
  'jwt',
  'token',
  'expires_at',
  'session_id',
  'refresh_token',
  'refresh_expires_at',
];

/** Blanks the values that differ by design between two calls. */
export function withoutSessionValues(body: string, keys = SESSION_VALUES): string {
  return body.replace(
    new RegExp(`"(${keys.join('|')})":"[^"]*"`, 'g'),
    (_, key: string) => `"${key}":"<${key}>"`,
  );
}

/** Two servers on one database, one with the fast path and one without, to compare answers. */
export interface ServerPair {
  database: TestDatabase;
  fast: TestServer;
  stock: TestServer;
  stop(): Promise<void>;
}

export async function startServerPair(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<ServerPair> {
  const database = await createTestDatabase(dialect);
  const smtp: TestSmtpServer = await startSmtpServer();
  const shared = {
    NODE_ENV: 'production',
    ...smtpEnv(smtp),
    // One database and one count for both servers: a limit would refuse one and not the other.
    RATE_LIMITS_ENABLED: 'false',
    ...env,
  };
  const fast = await startTestServer(database.url, { ...shared, HTTP_FAST_PATH: 'true' });
  const stock = await startTestServer(database.url, { ...shared, HTTP_FAST_PATH: 'false' });
  return {
    database,
    fast,
    stock,
    async stop() {
      await fast.stop();
      await stock.stop();
      await database.destroy();
      await smtp.stop();
    },
  };
}
