import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceOpenApiDocument } from './openapi-document';
import { createContractChecker } from './testing/openapi-contract';

const PUBLIC_URL = 'https://accounts.dyocense.com';
const document = serviceOpenApiDocument(PUBLIC_URL, ['google', 'github', 'okta']);
const REDOCLY = join(
  dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string }[];
}

/** Redocly's `recommended` rules over the document, as its CLI reports them (no network). */
async function lint(dir: string): Promise<LintReport> {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(document));
  // No telemetry and no update check: there is no internet in CI, and none is needed.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [REDOCLY, 'lint', file, '--extends=recommended', '--format=json'],
    // Its working directory holds no redocly.yaml: only the recommended rules apply.
    { cwd: dir, env },
  ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  return JSON.parse(stdout) as LintReport;
}

type Operation = {
  security?: unknown;
  responses: Record<
    string,
    { description: string; headers?: object; content?: Record<string, { schema: object }> }
  >;
};
const operationAt = (path: string, method: string) =>
  (document.paths?.[path] as Record<string, Operation>)[method] as Operation;
const statusesOf = (operation: Operation) => Object.keys(operation.responses);
/** The reasons an error response's schema (in components.schemas) lists. */
function reasonsAt(operation: Operation, status: string): string[] | undefined {
  const ref = (
    operation.responses[status]?.content?.['application/json']?.schema as { $ref: string }
  ).$ref;
  const schema = document.components?.schemas?.[ref.replace('#/components/schemas/', '')] as {
    properties: { data: { properties: { reason?: { enum: string[] } } } };
  };
  return schema.properties.data.properties.reason?.enum;
}

describe('the OpenAPI document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyocense-openapi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes Redocly’s recommended rules with no error and no warning', async () => {
    const report = await lint(dir);
    expect(report.problems.map(({ ruleId, message }) => `${ruleId}: ${message}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
  }, 60_000);

  it('serves at the public URL and names its version', () => {
    expect(document.servers).toEqual([{ url: PUBLIC_URL, description: expect.any(String) }]);
    expect(document.info.version).toMatch(/^1\.\d+\.\d+$/);
  });

  it('declares every status verify answers, each with its reasons', () => {
    const verify = operationAt('/v1/auth/verify', 'post');
    expect(statusesOf(verify)).toEqual([
      '200',
      '400',
      '404',
      '409',
      '412',
      '413',
      '415',
      '428',
      '429',
      '431',
      '500',
      '503',
    ]);
    // Each status names its reasons; every error's data.reason is one of the operation's.
    expect(verify.responses['409']?.description).toMatch(/`TOKEN_USED`, `TOKEN_SUPERSEDED`\)$/);
    expect(verify.responses['412']?.description).toMatch(/\(`TOKEN_EXPIRED`\)$/);
    expect(verify.responses['428']?.description).toMatch(/\(`CONFIRMATION_REQUIRED`\)$/);
    expect(reasonsAt(verify, '400')?.sort()).toEqual([
      'CONFIRMATION_REQUIRED',
      'RATE_LIMITED',
      'SERVICE_UNAVAILABLE',
      'TOKEN_EXPIRED',
      'TOKEN_NOT_FOUND',
      'TOKEN_SUPERSEDED',
      'TOKEN_USED',
    ]);
    expect(verify.security).toEqual([]);
  });

  it('gives 429 and 503 their Retry-After header', () => {
    const verify = operationAt('/v1/auth/verify', 'post');
    for (const status of ['429', '503']) {
      expect(verify.responses[status]?.headers).toEqual({
        'Retry-After': { $ref: '#/components/headers/RetryAfter' },
      });
    }
    expect(verify.responses['409']?.headers).toBeUndefined();
  });

  it('asks the operator key of the funnel, and a session JWT of session procedures only', () => {
    const funnel = operationAt('/v1/analytics/funnel', 'get');
    expect(funnel.security).toEqual([{ operatorKey: [] }]);
    expect(funnel.responses['401']?.description).toMatch(/\(`ADMIN_KEY_INVALID`\)$/);
    expect(funnel.responses['403']?.description).toMatch(/\(`ADMIN_API_DISABLED`\)$/);
    expect(reasonsAt(funnel, '429')).toEqual([
      'ADMIN_KEY_INVALID',
      'ADMIN_API_DISABLED',
      'RATE_LIMITED',
      'SERVICE_UNAVAILABLE',
    ]);
    const me = operationAt('/v1/auth/me', 'get');
    expect(me.security).toEqual([{ bearerAuth: [] }]);
    expect(reasonsAt(me, '401')).toEqual(
      expect.arrayContaining(['UNAUTHENTICATED', 'SESSION_INVALID']),
    );
    expect(me.responses['401']?.description).toMatch(/`UNAUTHENTICATED`, `SESSION_INVALID`/);
    expect(statusesOf(me)).not.toContain('429');
  });

  it('documents the redirect routes of each configured provider', () => {
    const authorize = operationAt('/v1/auth/okta/authorize', 'get');
    expect(authorize.security).toEqual([]);
    expect(statusesOf(authorize)).toEqual(['302', '400', '431', 'default']);
    expect(operationAt('/v1/auth/github/connect', 'post').security).toEqual([{ bearerAuth: [] }]);
    expect(operationAt('/v1/auth/providers/signup', 'post').security).toEqual([
      { oauthFlowCookie: [] },
    ]);
  });
});

describe('the contract check of the tests’ REST answers', () => {
  const { problemsOf } = createContractChecker(document);
  const verify = { method: 'POST', url: `${PUBLIC_URL}/v1/auth/verify` };
  const refusal = (code: string, reason: string) => ({
    code,
    message: 'Refused',
    data: { code, httpStatus: 409, path: 'auth.verify', reason },
  });

  it('accepts a declared status with its reason, and what is no operation', () => {
    expect(problemsOf({ ...verify, status: 409, body: refusal('CONFLICT', 'TOKEN_USED') })).toEqual(
      [],
    );
    expect(
      problemsOf({ method: 'POST', url: `${PUBLIC_URL}/trpc/auth.verify`, status: 418, body: {} }),
    ).toEqual([]);
  });

  it('refuses a status the operation does not declare', () => {
    const body = refusal('FORBIDDEN', 'TENANT_FORBIDDEN');
    expect(problemsOf({ ...verify, status: 403, body })).toEqual([
      expect.stringMatching(/auth-verify answered 403, which it does not declare/),
    ]);
  });

  it('refuses a reason the operation does not declare for the status', () => {
    const body = refusal('CONFLICT', 'REFRESH_TOKEN_ROTATED');
    expect(problemsOf({ ...verify, status: 409, body })).toEqual([
      expect.stringMatching(/body its schema refuses: body\/data\/reason must be equal to one of/),
    ]);
  });

  it('refuses a body its schema does not describe, and a 429 without Retry-After', () => {
    expect(problemsOf({ ...verify, status: 200, body: { jwt: 'x' } })).toEqual([
      expect.stringMatching(/must have required property/),
    ]);
    const limited = { ...verify, status: 429, body: refusal('TOO_MANY_REQUESTS', 'RATE_LIMITED') };
    expect(problemsOf({ ...limited, headers: new Headers() })).toEqual([
      expect.stringMatching(/without its Retry-After header/),
    ]);
    expect(problemsOf({ ...limited, headers: new Headers({ 'retry-after': '30' }) })).toEqual([]);
  });
});
