import { createOpenApiDocument, procedureTable, type AppRouter } from '@dyocense/api';
import { routerWithExtraProcedure } from '@dyocense/api/testing';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ContextFor } from './context-for';
import { hotProcedures } from './fast-path/hot-procedures';
import { registerRestFastRoutes } from './fast-path/rest-fast-routes';
import { proceduresOfRouter } from './testing/fuzz-harness';

// The fixture is the app router plus `fixtures.ping`, declared and given no other edit.
const withPing = routerWithExtraProcedure as unknown as AppRouter;
const notCalled = () => {
  throw new Error('not called');
};

/** The routes the REST fast path registers for a router, read from Fastify. */
async function restFastRoutes(router: AppRouter): Promise<string[]> {
  const app = Fastify();
  const routes: string[] = [];
  app.addHook('onRoute', (route) => void routes.push(`${[route.method].flat()} ${route.url}`));
  registerRestFastRoutes(app, {
    router,
    contextFor: notCalled as unknown as ContextFor,
    stock: notCalled,
    onHijack: notCalled,
    onError: notCalled,
  });
  await app.ready();
  await app.close();
  return routes;
}

describe('a procedure added with declared() alone', () => {
  it('is in the OpenAPI document, with its summary, tag, bearer requirement and statuses', () => {
    const document = createOpenApiDocument('http://127.0.0.1', routerWithExtraProcedure);
    const operation = document.paths?.['/v1/fixtures/{name}/ping']?.get;
    expect(operation).toMatchObject({
      operationId: 'fixtures-ping',
      summary: 'Answers pong by name to a signed-in caller',
      tags: ['fixtures'],
      security: [{ bearerAuth: [] }],
    });
    // Its statuses follow from its access (401) and its path parameter (414).
    expect(Object.keys(operation?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '414', '431', '500', '503']),
    );
    expect(document.tags).toContainEqual({ name: 'fixtures', description: expect.any(String) });
  });

  it('is in the fuzz list, with its REST route and fields', () => {
    expect(proceduresOfRouter(routerWithExtraProcedure)).toContainEqual({
      path: 'fixtures.ping',
      kind: 'query',
      rest: { method: 'GET', path: '/v1/fixtures/{name}/ping', pathParam: 'name' },
      fields: ['name', 'loud'],
    });
  });

  it('is in the generated docs table, with its access and input', () => {
    expect(procedureTable(routerWithExtraProcedure)).toContain(
      '| `GET /v1/fixtures/{name}/ping` | `fixtures.ping` | session JWT, own account | `{loud?}` | ' +
        'Answers pong by name to a signed-in caller |',
    );
  });

  it('is on the fast path when declared hot, beside the app’s own hot procedures', async () => {
    expect(hotProcedures(withPing).map(({ path }) => path)).toEqual([
      'auth.signup',
      'auth.verify',
      'tenants.plans',
      'fixtures.ping',
    ]);
    expect(await restFastRoutes(withPing)).toEqual([
      'POST /v1/auth/signup',
      'POST /v1/auth/verify',
      'GET /v1/tenants/:tenant_id/plans',
      'GET /v1/fixtures/:name/ping',
    ]);
  });
});
