import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockOidcProvider, type MockOidcProvider } from './testing/oauth-test-providers';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';

interface LogLine {
  level: number;
  msg: string;
}

/** Names no provider has: short, just over the old 64-character bound, and very long. */
const UNKNOWN_NAMES = ['nobody', 'p'.repeat(65), 'q'.repeat(99), 'r'.repeat(300)];

for (const dialect of DIALECTS) {
  describeFor(dialect)(`an unknown sign-in provider (${dialect})`, () => {
    let idp: MockOidcProvider;
    let database: TestDatabase;
    let server: SpawnedServer;
    let base = '';

    beforeAll(async () => {
      [idp, database] = await Promise.all([startMockOidcProvider(), createTestDatabase(dialect)]);
      // Its own process, so that its log (every level from info) can be read.
      server = spawnServer({
        NODE_ENV: 'test',
        DATABASE_URL: database.url,
        ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
        LOG_LEVEL: 'info',
        OAUTH_OKTA_CLIENT_ID: 'dyocense-client',
        OAUTH_OKTA_CLIENT_SECRET: 'okta-secret',
        OAUTH_OKTA_ISSUER: idp.issuer,
      });
      base = await server.listening();
    });
    afterAll(async () => {
      await server?.stop();
      await Promise.all([database?.destroy(), idp?.stop()]);
    });

    const logLines = (): LogLine[] =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogLine);

    it('is 404 with a clear message on authorize, callback and connect, never an error', async () => {
      for (const name of UNKNOWN_NAMES) {
        for (const [method, route] of [
          ['GET', 'authorize'],
          ['GET', 'callback?state=s&code=c'],
          ['POST', 'connect'],
        ] as const) {
          const response = await fetch(`${base}/v1/auth/${name}/${route}`, {
            method,
            redirect: 'manual',
            ...(method === 'POST' && {
              headers: { 'content-type': 'application/json' },
              body: '{}',
            }),
          });
          const what = `${method} ${route} with a ${name.length}-character name`;
          expect(response.status, what).toBe(404);
          const body = (await response.json()) as { code: string; message: string };
          expect(body.code, what).toBe('NOT_FOUND');
          expect(body.message, what).toMatch(
            /^No such sign-in provider here; GET \/v1\/auth\/providers/,
          );
        }
      }
      // The configured one still starts a flow, on the same routes.
      const known = await fetch(`${base}/v1/auth/okta/authorize`, { redirect: 'manual' });
      expect(known.status).toBe(302);
      expect(logLines().filter((line) => line.level >= 50)).toEqual([]);
    });
  });
}
