import { createApiDeps, createJwtService } from '@dyocense/api';
import { openDatabase } from '@dyocense/db';
import Fastify from 'fastify';
import { afterAll, expect, it } from 'vitest';
import { contextForServer } from './context-for';
import { createFailureLog } from './failure-log';
import { registerTokenEndpoint } from './oauth-token-route';
import { freePort } from './testing/oauth-test-providers';
import { basicAuth } from './testing/service-clients';
import { TEST_JWT_KEYS } from './testing/test-keys';

const app = Fastify();
afterAll(() => app.close());

it('answers 503 temporarily_unavailable with Retry-After while the database refuses connections', async () => {
  // Nothing listens on a port just found free: every connection is refused at once.
  const { db } = openDatabase(`postgres://postgres@127.0.0.1:${await freePort()}/none`, {
    connectTimeoutMs: 500,
  });
  const deps = createApiDeps({ db, jwt: createJwtService({ keys: TEST_JWT_KEYS }) });
  registerTokenEndpoint(app, {
    contextFor: contextForServer(deps, { cookieSecure: false }),
    failures: createFailureLog(app.log),
  });
  const response = await app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...basicAuth('svc_0123456789abcdef01234567', 'dsk_secret'),
    },
    payload: 'grant_type=client_credentials',
  });
  await db.destroy();
  expect(response.statusCode).toBe(503);
  expect(response.headers['retry-after']).toBe('5');
  expect(response.headers['cache-control']).toBe('no-store');
  expect(response.json()).toEqual({
    error: 'temporarily_unavailable',
    error_description: expect.stringMatching(/database/),
  });
});
