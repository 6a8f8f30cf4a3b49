import type { DialectName } from '@dyocense/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCode,
  fingerprint,
  FUZZ_RUNS,
  PROCEDURES,
  PROVIDER_ROUTES,
  sendTokenRequest,
  TOKEN_ROUTE,
  sendProviderRoute,
  sendRest,
  sendTrpc,
  type FuzzedProcedure,
  type FuzzPayload,
  type FuzzResponse,
} from './fuzz-harness';
import {
  hostileProviderName,
  hostileRawBody,
  hostileString,
  hostileSuperjsonMeta,
  inputWithFields,
} from './fuzz-inputs';
import { serverWithOktaEnv, startMockOidcProvider } from './oauth-test-providers';
import { expectKeepsContract } from './openapi-contract';
import { postJson, startServerWithDatabase } from './test-server';

/** Stack frames, source paths, driver names, and the JSON and superjson parsers' own words. */
const LEAKS =
  /\bstack\b|\bat [\w.<>]+ \(|\.ts:\d+|node_modules|SqliteError|relation "|Maximum call stack|at position \d|Unexpected (token|end of JSON|non-whitespace)|Expected property name|Cannot read propert|is not a function|invalid input syntax|invalid byte sequence/i;

const ADMIN_API_KEY = 'fuzz-admin-key-at-least-24-characters';

/** The body as JSON, or undefined for none (a redirect) or text that is not JSON. */
function bodyOf(response: FuzzResponse): unknown {
  try {
    return JSON.parse(response.text) as unknown;
  } catch {
    return undefined;
  }
}

async function expectWellFormed(response: FuzzResponse): Promise<void> {
  expect(response.status).toBeLessThan(500);
  // A REST answer also keeps the contract the server publishes (tRPC paths are no operation).
  await expectKeepsContract({ ...response, body: bodyOf(response) });
  expect(response.text).not.toMatch(LEAKS);
  if (response.status >= 300 && response.status < 400) {
    expect(response.location).toEqual(expect.any(String));
    return;
  }
  const parsed = () => JSON.parse(response.text) as unknown;
  expect(parsed).not.toThrow();
  if (response.status >= 400) expect(errorCode(response)).toEqual(expect.any(String));
}

/** Refused: an error status, or a redirect to the web app's problem page. */
function isRefusal(response: FuzzResponse): boolean {
  return response.status >= 400 || (response.location ?? '').includes('/signin/problem');
}

function payloadFor(procedure: FuzzedProcedure): fc.Arbitrary<FuzzPayload> {
  const input = inputWithFields(procedure.fields);
  return fc.oneof(
    { weight: 6, arbitrary: input.map((value): FuzzPayload => ({ kind: 'value', input: value })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(input, hostileSuperjsonMeta)
        .map(([value, meta]): FuzzPayload => ({ kind: 'value', input: value, meta })),
    },
    { weight: 1, arbitrary: hostileRawBody.map((text): FuzzPayload => ({ kind: 'raw', text })) },
  );
}

/** The fuzz suite for one dialect; each dialect has a file of its own so they run in parallel. */
export function describeFuzz(dialect: DialectName): void {
  describe(`every input, through tRPC and REST (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let oidc: Awaited<ReturnType<typeof startMockOidcProvider>>;
    let headersArbitrary: fc.Arbitrary<Record<string, string>>;

    /** How the last refused request left the database: the next request's "before", unread. */
    let unchangedSince: string | undefined;

    /** Sends, checks the answer, and checks a refused request changed nothing. */
    async function expectSafe(send: () => Promise<FuzzResponse | undefined>): Promise<void> {
      const before = unchangedSince ?? (await fingerprint(env.database.db));
      unchangedSince = undefined;
      const response = await send();
      if (!response) return;
      await expectWellFormed(response);
      if (!isRefusal(response)) return;
      const after = await fingerprint(env.database.db);
      expect(after).toBe(before);
      unchangedSince = after;
    }

    beforeAll(async () => {
      // A real provider, so `okta` reaches the flow code and not only the unknown-provider refusal.
      oidc = await startMockOidcProvider();
      // Rate limits would answer most of these runs with 429; the point here is every input.
      env = await startServerWithDatabase(dialect, {
        ...(await serverWithOktaEnv(oidc.issuer)),
        RATE_LIMITS_ENABLED: 'false',
        NODE_ENV: 'test',
        ADMIN_API_KEY,
      });
      const { body } = await postJson(`${env.server.url}/v1/auth/signup`, {
        email: 'fuzz@example.com',
        name: 'Fuzz',
        business_name: 'Fuzz Shop',
      });
      const { body: session } = await postJson(`${env.server.url}/v1/auth/verify`, {
        token: body.token,
      });
      headersArbitrary = fc.constantFrom<Record<string, string>>(
        {},
        { authorization: `Bearer ${String(session.jwt)}` },
        { authorization: 'Bearer not-a-jwt' },
        { authorization: `Bearer ${ADMIN_API_KEY}` },
      );
    });
    afterAll(async () => {
      await env.destroy();
      await oidc.stop();
    });

    it.each(PROCEDURES.map((procedure) => [procedure.path, procedure] as const))(
      '%s never answers 5xx or leaks internals, and a refused input changes nothing',
      async (_, procedure) => {
        await fc.assert(
          fc.asyncProperty(payloadFor(procedure), headersArbitrary, async (payload, headers) => {
            // Signing out ends the session the other runs use; those procedures get no session.
            const safeHeaders = procedure.path.startsWith('auth.signout') ? {} : headers;
            const { url } = env.server;
            await expectSafe(() => sendTrpc(url, procedure, payload, safeHeaders));
            await expectSafe(() => sendRest(url, procedure, payload, safeHeaders));
          }),
          // No shrinking: a hostile input is already small enough to read, and shrinking huge ones is slow.
          { numRuns: FUZZ_RUNS, endOnFailure: true },
        );
      },
      600_000,
    );

    it.each(PROVIDER_ROUTES.map((route) => [`${route.method} ${route.url}`, route] as const))(
      '%s never answers 5xx or leaks internals, and a refused input changes nothing',
      async (_, route) => {
        const input = fc.record(
          {
            provider: hostileProviderName,
            params: inputWithFields(route.fields),
            flowCookie: hostileString,
          },
          { requiredKeys: ['provider', 'params'] },
        );
        await fc.assert(
          fc.asyncProperty(input, headersArbitrary, async (request, headers) => {
            await expectSafe(() => sendProviderRoute(env.server.url, route, request, headers));
          }),
          // No shrinking: a hostile input is already small enough to read, and shrinking huge ones is slow.
          { numRuns: FUZZ_RUNS, endOnFailure: true },
        );
      },
      600_000,
    );

    it(`${TOKEN_ROUTE.method} ${TOKEN_ROUTE.url} never answers 5xx or leaks internals, and a refused input changes nothing`, async () => {
      const input = fc.record(
        {
          form: inputWithFields(TOKEN_ROUTE.fields),
          raw: fc.option(hostileRawBody, { nil: undefined }),
          basic: fc.option(fc.tuple(hostileString, hostileString), { nil: undefined }),
        },
        { requiredKeys: ['form'] },
      );
      await fc.assert(
        fc.asyncProperty(input, headersArbitrary, async (request, headers) => {
          await expectSafe(() => sendTokenRequest(env.server.url, request, headers));
        }),
        { numRuns: FUZZ_RUNS, endOnFailure: true },
      );
    }, 600_000);
  });
}
