import type { DialectName } from '@dyocense/db/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  errorCode,
  fingerprint,
  FUZZ_RUNS,
  inputFor,
  PROCEDURES,
  sendRest,
  sendTrpc,
  type FuzzResponse,
} from './fuzz-harness';
import { postJson, startServerWithDatabase } from './test-server';

const LEAKS = /\bstack\b|\bat [\w.<>]+ \(|\.ts:\d+|node_modules|SqliteError|relation "/;

function expectWellFormed(response: FuzzResponse): void {
  expect(response.status).toBeLessThan(500);
  expect(response.text).not.toMatch(LEAKS);
  const parsed = () => JSON.parse(response.text) as unknown;
  expect(parsed).not.toThrow();
  if (response.status >= 400) expect(errorCode(response)).toEqual(expect.any(String));
}

/** The fuzz suite for one dialect; each dialect has a file of its own so they run in parallel. */
export function describeFuzz(dialect: DialectName): void {
  describe(`every input, through tRPC and REST (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let auth: Record<string, string>;

    beforeAll(async () => {
      // Rate limits would answer most of these runs with 429; the point here is every input.
      env = await startServerWithDatabase(dialect, {
        RATE_LIMITS_ENABLED: 'false',
        NODE_ENV: 'test',
      });
      const { body } = await postJson(`${env.server.url}/v1/auth/signup`, {
        email: 'fuzz@example.com',
        name: 'Fuzz',
        business_name: 'Fuzz Shop',
      });
      const { body: session } = await postJson(`${env.server.url}/v1/auth/verify`, {
        token: body.token,
      });
      auth = { authorization: `Bearer ${String(session.jwt)}` };
    });
    afterAll(async () => {
      await env.destroy();
    });

    it.each(PROCEDURES.map((procedure) => [procedure.path, procedure] as const))(
      '%s never answers 5xx or leaks internals, and a refused input changes nothing',
      async (_, procedure) => {
        const headersArbitrary = fc.constantFrom({} as Record<string, string>, auth, {
          authorization: 'Bearer not-a-jwt',
        });
        await fc.assert(
          fc.asyncProperty(inputFor(procedure), headersArbitrary, async (input, headers) => {
            // Signing out ends the session the other runs use; those procedures get no session.
            const safeHeaders = procedure.path.startsWith('auth.signout') ? {} : headers;
            const before = await fingerprint(env.database.db);
            const viaTrpc = await sendTrpc(env.server.url, procedure, input, safeHeaders);
            expectWellFormed(viaTrpc);
            if (viaTrpc.status >= 400) expect(await fingerprint(env.database.db)).toBe(before);

            const beforeRest = await fingerprint(env.database.db);
            const viaRest = await sendRest(env.server.url, procedure, input, safeHeaders);
            expectWellFormed(viaRest);
            if (viaRest.status >= 400) expect(await fingerprint(env.database.db)).toBe(beforeRest);
          }),
          { numRuns: FUZZ_RUNS },
        );
      },
      600_000,
    );
  });
}
