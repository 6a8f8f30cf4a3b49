import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { declared } from './declare';
import { declaredProcedures, type ProcedureMeta } from './procedure-meta';
import { appRouter } from './root';
import { publicProcedure, router } from './trpc';

describe('procedure declarations', () => {
  it('cover every procedure of the app router, each with its access and summary', () => {
    const paths = Object.keys(appRouter._def.procedures);
    const declarations = declaredProcedures(appRouter);
    expect(declarations.map(({ trpcPath }) => trpcPath)).toEqual(paths);
    for (const { trpcPath, access, summary, method, path } of declarations) {
      expect({ trpcPath, access, method }).toEqual({
        trpcPath,
        access: expect.stringMatching(/^(public|session|operator)$/),
        method: expect.stringMatching(/^(GET|POST|PUT|PATCH|DELETE)$/),
      });
      expect(summary.length, trpcPath).toBeGreaterThan(10);
      expect(path, trpcPath).toMatch(/^\/v1\//);
    }
  });

  it('refuse a router with a procedure built without declared(), naming it', () => {
    const undeclared = router({
      ...appRouter._def.record,
      extra: router({ ping: publicProcedure.input(z.void()).query(() => 'pong') }),
    });
    expect(() => declaredProcedures(undeclared)).toThrow(/extra\.ping.*declared\(\)/);
  });

  it('give each access its builder and the OpenAPI bearer requirement', async () => {
    const route = { method: 'GET', path: '/v1/tests/ping', summary: 'A test procedure' } as const;
    const probe = router({
      open: declared({ ...route, access: 'public' }).query(() => 'pong'),
      signedIn: declared({ ...route, access: 'session', permission: 'account:own' }).query(
        () => 'pong',
      ),
      operator: declared({ ...route, access: 'operator' }).query(() => 'pong'),
    });
    const protect = declaredProcedures(probe).map(({ procedure }) => {
      const { openapi } = procedure._def.meta as ProcedureMeta;
      return [openapi?.protect, openapi?.tags];
    });
    expect(protect).toEqual([
      [false, ['tests']],
      [true, ['tests']],
      [true, ['tests']],
    ]);
    // No Authorization header: only the public one answers.
    const ctx = { authorization: null, adminApiKey: undefined, setResponseHeader: () => {} };
    const caller = probe.createCaller(ctx as never);
    await expect(caller.open()).resolves.toBe('pong');
    await expect(caller.signedIn()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
      cause: { reason: 'UNAUTHENTICATED' },
    });
    await expect(caller.operator()).rejects.toBeInstanceOf(TRPCError);
    await expect(caller.operator()).rejects.toMatchObject({
      cause: { reason: 'ADMIN_API_DISABLED' },
    });
  });
});
