import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { startServerWithDatabase } from '@dyocense/server/testing';
import { TRPCClientError as TrpcOwnClientError } from '@trpc/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiClient } from './create-api-client';
import { accountsErrorReason, isAccountsError } from './errors';
import { TRPCClientError } from './index';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`createApiClient against a server (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    beforeAll(async () => {
      env = await startServerWithDatabase(dialect);
    });
    afterAll(async () => {
      await env.destroy();
    });

    it('signs up, verifies and reads plans through the typed tRPC client', async () => {
      const anonymous = createApiClient({ url: `${env.server.url}/trpc` });
      const signup = await anonymous.auth.signup.mutate({
        email: 'Typed.Client@Example.com',
        name: 'Tia',
        business_name: 'Typed Tea House',
        intent: 'grow',
      });
      expect(signup.email).toBe('typed.client@example.com');
      const session = await anonymous.auth.verify.mutate({ token: signup.token ?? '' });
      expect(session.tenant_id).toMatch(/^typed-tea-house-[0-9a-f]{6}$/);

      let calls = 0;
      let requests = 0;
      const client = createApiClient({
        url: `${env.server.url}/trpc`,
        getToken: () => {
          calls += 1;
          return session.jwt;
        },
        fetch: (input, init) => {
          requests += 1;
          return fetch(input, init);
        },
      });
      const [plans, projects, me] = await Promise.all([
        client.tenants.plans.query({ tenant_id: session.tenant_id }),
        client.tenants.projects.query(),
        client.auth.me.query(),
      ]);
      // The three calls go in one batch, which asks for the token once.
      expect({ requests, calls }).toEqual({ requests: 1, calls: 1 });
      expect(plans.items[0]?.title).toBe('Sample Growth Plan');
      expect(plans.items[0]?.tasks.length).toBeGreaterThanOrEqual(3);
      expect(projects.items.map((project) => project.id)).toEqual([session.workspace_id]);
      expect(me.user).toEqual(session.user);
      expect(me.tenant.name).toBe('Typed Tea House');

      const withToken = createApiClient({ url: `${env.server.url}/trpc`, token: session.jwt });
      await expect(withToken.auth.me.query()).resolves.toEqual(me);
    });

    it("tells a refusal's documented reason, with tRPC's own error class", async () => {
      const client = createApiClient({ url: `${env.server.url}/trpc` });
      const signup = await client.auth.signup.mutate({
        email: 'twice@example.com',
        name: 'Tom',
        business_name: 'Twice Shop',
        intent: 'grow',
      });
      await client.auth.verify.mutate({ token: signup.token ?? '' });
      const again = await client.auth.verify.mutate({ token: signup.token ?? '' }).catch((e) => e);
      expect(again).toBeInstanceOf(TRPCClientError);
      expect(TRPCClientError).toBe(TrpcOwnClientError);
      expect(accountsErrorReason(again)).toBe('TOKEN_USED');
      expect(isAccountsError(again, 'TOKEN_USED')).toBe(true);
      expect(isAccountsError(again, 'TOKEN_EXPIRED')).toBe(false);

      const signedOut = await client.auth.me.query().catch((e) => e);
      expect(accountsErrorReason(signedOut)).toBe('UNAUTHENTICATED');
    });
  });
}
