import { describeFor, DIALECTS } from '@dyocense/db/testing';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { paths } from './testing/openapi-paths';
import { currentOpenApiTypes, expectedOpenApiTypes } from './testing/openapi-types';
import { startServerWithDatabase } from './testing/test-server';

describe('the contract’s TypeScript types', () => {
  it('are those of the document the server serves (run `npm run docs:openapi`)', async () => {
    expect(await currentOpenApiTypes()).toBe(await expectedOpenApiTypes());
  }, 30_000);
});

for (const dialect of DIALECTS) {
  describeFor(dialect)(`a client generated from the contract (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let client: ReturnType<typeof createClient<paths>>;

    beforeAll(async () => {
      env = await startServerWithDatabase(dialect);
      client = createClient<paths>({ baseUrl: env.server.url });
    });
    afterAll(() => env.destroy());

    it('reads a refusal’s data.reason, typed as the reasons verify declares', async () => {
      const { data, error, response } = await client.POST('/v1/auth/verify', {
        body: { token: 'x'.repeat(43) },
      });
      expect(data).toBeUndefined();
      expect(response.status).toBe(404);
      const reason = error?.data?.reason;
      expectTypeOf(reason).toEqualTypeOf<
        | 'TOKEN_NOT_FOUND'
        | 'TOKEN_USED'
        | 'TOKEN_EXPIRED'
        | 'TOKEN_SUPERSEDED'
        | 'CONFIRMATION_REQUIRED'
        | 'RATE_LIMITED'
        | 'SERVICE_UNAVAILABLE'
        | undefined
      >();
      expect(reason).toBe('TOKEN_NOT_FOUND');
    });

    it('reads the fields of invalid input, and a typed answer', async () => {
      const refused = await client.POST('/v1/auth/signup', {
        body: { email: 'nope', name: 'Ada', business_name: 'Shop' },
      });
      expect(refused.response.status).toBe(400);
      expect(refused.error?.data?.fields).toEqual({ email: expect.stringMatching(/valid email/) });

      const { data } = await client.POST('/v1/auth/signup', {
        body: { email: 'client@example.com', name: 'Ada', business_name: 'Shop' },
      });
      expectTypeOf(data?.email).toEqualTypeOf<string | undefined>();
      expect(data?.email).toBe('client@example.com');
    });

    it('reads the reason of a session procedure without a session', async () => {
      const { error, response } = await client.GET('/v1/auth/me');
      expect(response.status).toBe(401);
      const reason = error?.data?.reason;
      // The reasons of its access are among those a client can switch on.
      expectTypeOf<'UNAUTHENTICATED' | 'SESSION_INVALID'>().toExtend<typeof reason>();
      expect(reason).toBe('UNAUTHENTICATED');
    });
  });
}
