import type { AppRouter } from '@dyocense/api';
import type { FastifyRequest } from 'fastify';

interface RestRoute {
  method: string;
  pattern: RegExp;
  procedure: string;
}

interface OpenApiMeta {
  openapi?: { method: string; path: string };
}

/**
 * Names a request by what it called, never by its raw URL, so the metrics' label values form a
 * closed set: a procedure's dotted path on both surfaces, a route's pattern for the rest, and
 * `unknown`, `batch` or `unmatched` for anything else.
 */
export function createProcedureLabeler(router: AppRouter): (request: FastifyRequest) => string {
  const procedures = router._def.procedures as unknown as Record<
    string,
    { _def: { meta?: OpenApiMeta } }
  >;
  const known = new Set(Object.keys(procedures));
  const rest: RestRoute[] = Object.entries(procedures).flatMap(([procedure, { _def }]) => {
    const openapi = _def.meta?.openapi;
    if (!openapi) return [];
    const path = openapi.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+');
    return [{ method: openapi.method, pattern: new RegExp(`^${path}$`), procedure }];
  });

  function trpcProcedure(request: FastifyRequest, route: string): string {
    const name =
      route === '/trpc/:path' ? ((request.params as { path?: string }).path ?? '') : route.slice(6);
    if (known.has(name)) return name;
    return name.includes(',') ? 'batch' : 'unknown';
  }

  function restProcedure(request: FastifyRequest): string {
    const path = request.url.split('?', 1)[0] ?? '';
    const match = rest.find((route) => route.method === request.method && route.pattern.test(path));
    return match?.procedure ?? 'unknown';
  }

  return (request) => {
    const route = request.routeOptions.url;
    if (!route) return 'unmatched';
    if (route.startsWith('/trpc/')) return trpcProcedure(request, route);
    if (route.startsWith('/v1/')) return restProcedure(request);
    return route;
  };
}
