import { appRouter, createOpenApiDocument } from '@dyocense/api';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ContextFor } from './context-for';
import { PROCEDURES, PROVIDER_ROUTES, TOKEN_ROUTE } from './testing/fuzz-harness';
import { registerOAuthRoutes } from './oauth-routes';
import { serviceOpenApiDocument } from './openapi-document';

/** The routes registerOAuthRoutes adds, read from Fastify as it registers them. */
async function providerRoutesOfServer(): Promise<string[]> {
  const app = Fastify();
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    for (const method of methods) routes.push(`${method} ${route.url}`);
  });
  // Registering never asks for a context; no request is made.
  const contextFor = (() => {
    throw new Error('not called');
  }) as unknown as ContextFor;
  registerOAuthRoutes(app, { contextFor, frontendUrl: 'http://web.test', cookieSecure: false });
  await app.ready();
  await app.close();
  return routes.sort();
}

describe('the fuzz list', () => {
  it('has every procedure of the router', () => {
    const routerPaths = Object.keys(appRouter._def.procedures).sort();
    expect(PROCEDURES.map((procedure) => procedure.path).sort()).toEqual(routerPaths);
    expect(routerPaths).toEqual(expect.arrayContaining(['auth.providers', 'auth.identities']));
  });

  it('has every operation of the OpenAPI document, by method and path', () => {
    const operations = operationsOf(createOpenApiDocument('http://127.0.0.1'));
    const fuzzed = PROCEDURES.flatMap(({ rest }) => (rest ? [`${rest.method} ${rest.path}`] : []));
    expect(fuzzed.sort()).toEqual(operations.sort());
  });

  it('knows the fields of every procedure that takes an object', () => {
    const withoutFields = PROCEDURES.filter(
      ({ path, fields }) =>
        fields.length === 0 && !['void', 'undefined'].includes(inputTypeOf(path)),
    );
    expect(withoutFields.map(({ path }) => path)).toEqual([]);
    const signup = PROCEDURES.find(({ path }) => path === 'auth.signup');
    expect(signup?.fields).toEqual(expect.arrayContaining(['email', 'name', 'use_case']));
  });

  it('has every route of the served document beside the procedures, as the server registers it', () => {
    const procedures = new Set(PROCEDURES.map(({ rest }) => `${rest?.method} ${rest?.path}`));
    const routes = operationsOf(serviceOpenApiDocument('http://127.0.0.1', ['okta']))
      .filter((operation) => !procedures.has(operation))
      .map((operation) => operation.replace('/okta/', '/:provider/'));
    const listed = [...PROVIDER_ROUTES, TOKEN_ROUTE].map(({ method, url }) => `${method} ${url}`);
    expect(routes.sort()).toEqual(listed.sort());
  });

  it('has every HTTP route of sign-in with a provider', async () => {
    const listed = PROVIDER_ROUTES.map(({ method, url }) => `${method} ${url}`).sort();
    expect(listed).toEqual(await providerRoutesOfServer());
  });
});

/** `POST /v1/auth/signup`: each operation of a document, by method and path. */
function operationsOf(document: ReturnType<typeof createOpenApiDocument>): string[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item ?? {})
      .filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

function inputTypeOf(path: string): string {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: { _zod?: { def: { type: string } } }[] } }
  >;
  return procedures[path]?._def.inputs[0]?._zod?.def.type ?? 'undefined';
}
