import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type DialectName, type TestDatabase } from '@dyocense/db/testing';
import { readConfig, type ServerConfig } from '../env';
import { expectKeepsContract, forgetContractOf } from './openapi-contract';
import { freePort } from './oauth-test-providers';
import { TEST_JWT_PRIVATE_KEY } from './test-keys';
import { createServer, type AccountsServer } from '../server';

export { TEST_JWT_KEYS, TEST_JWT_PRIVATE_KEY } from './test-keys';

/** What `fetch` rejects with once nothing listens at the address (a stopped server), to tell it from any other failure. */
export const REFUSED = { cause: { code: 'ECONNREFUSED' } };

export interface TestServer {
  url: string;
  server: AccountsServer;
  config: ServerConfig;
  stop(): Promise<void>;
}

/** A real server on a loopback port over the given database (a fresh one by default). */
export async function startTestServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-server-'));
  // Its real address is its PUBLIC_URL, as production requires one: emailed links reach it.
  const port = env.PORT ?? String(await freePort());
  const config = readConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: port,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    // No balancer to tell in a test: production mode's drain delay would only slow each stop.
    SHUTDOWN_DELAY_MS: '0',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
    ...env,
  });
  const server = createServer(config);
  const url = await server.start();
  forgetContractOf(url);
  return {
    url,
    server,
    config,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stores a verification token the way sign-up does (only its SHA-256 hash), for links a test
 * cannot get from the API: any expiry, or in production mode, where sign-up keeps the token.
 */
export async function insertVerificationToken(
  db: TestDatabase['db'],
  token: string,
  expiresAt: Date,
  email = `${token.slice(0, 5)}@example.com`,
): Promise<void> {
  await db
    .insertInto('verification_tokens')
    .values({
      token_hash: createHash('sha256').update(token).digest('hex'),
      email,
      full_name: 'Eve',
      business_name: 'Error Shop',
      intent: null,
      use_case: null,
      metadata: '{}',
      expires_at: expiresAt,
      created_at: new Date(),
      used_at: null,
    })
    .execute();
}

/** The settings that send a server's email to a test SMTP server (so it is not in dev mode). */
export function smtpEnv(smtp: { port: number }): Record<string, string> {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Dyocense <hello@dyocense.test>',
  };
}

/** A fresh database and a server on it; `destroy` stops both. */
export async function startServerWithDatabase(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<{ database: TestDatabase; server: TestServer; destroy(): Promise<void> }> {
  const database = await createTestDatabase(dialect);
  const server = await startTestServer(database.url, env);
  return {
    database,
    server,
    async destroy() {
      await server.stop();
      await database.destroy();
    },
  };
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return answerKeepingContract('POST', url, response);
}

export async function getJson(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(url, { headers });
  return answerKeepingContract('GET', url, response);
}

/** The JSON answer, once checked against the contract the server serves (/openapi.json). */
async function answerKeepingContract(
  method: string,
  url: string,
  response: Response,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const body = (await response.json()) as Record<string, unknown>;
  const { status, headers } = response;
  await expectKeepsContract({ method, url, status, body, headers });
  return { status, body, headers };
}
