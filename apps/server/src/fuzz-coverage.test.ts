import { appRouter, createOpenApiDocument } from '@dyocense/api';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { ContextFor } from './context-for';
import { PROCEDURES, PROVIDER_ROUTES } from './testing/fuzz-harness';
import { registerOAuthRoutes } from './oauth-routes';

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
    const document = createOpenApiDocument('http://127.0.0.1');
    const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {})
        .filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
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

  it('has every HTTP route of sign-in with a provider', async () => {
    const listed = PROVIDER_ROUTES.map(({ method, url }) => `${method} ${url}`).sort();
    expect(listed).toEqual(await providerRoutesOfServer());
  });
});

function inputTypeOf(path: string): string {
  const procedures = appRouter._def.procedures as unknown as Record<
    string,
    { _def: { inputs: { _zod?: { def: { type: string } } }[] } }
  >;
  return procedures[path]?._def.inputs[0]?._zod?.def.type ?? 'undefined';
}
