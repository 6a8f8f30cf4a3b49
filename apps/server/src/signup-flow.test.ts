import { createApiClient } from '@dyocense/api/client';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sign-up flow over HTTP (${dialect})`, () => {
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
    });

    it('signs up, verifies and reads plans through the REST paths with plain fetch', async () => {
      const base = env.server.url;
      const signup = await postJson(`${base}/v1/auth/signup`, {
        email: 'rest@example.com',
        name: 'Rui',
        business_name: 'Test Shop',
        intent: 'launch',
        use_case: 'Selling handmade shoes',
      });
      expect(signup.status).toBe(200);
      expect(signup.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(signup.body.message).toBe(`Dev mode: Use this token to verify: ${signup.body.token}`);

      const verify = await postJson(`${base}/v1/auth/verify`, { token: signup.body.token });
      expect(verify.status).toBe(200);
      expect(verify.body.tenant_id).toMatch(/^test-shop-[0-9a-f]{6}$/);
      const auth = { authorization: `Bearer ${verify.body.jwt}` };

      const plans = await getJson(`${base}/v1/tenants/${verify.body.tenant_id}/plans`, auth);
      expect(plans.status).toBe(200);
      expect(plans.body.count).toBe(1);
      expect(plans.body.items).toEqual([
        expect.objectContaining({
          title: 'Sample Launch Plan',
          workspace_id: verify.body.workspace_id,
        }),
      ]);

      const projects = await getJson(`${base}/v1/tenants/me/projects`, auth);
      expect(projects.body).toMatchObject({ count: 1, items: [{ id: verify.body.workspace_id }] });

      const me = await getJson(`${base}/v1/auth/me`, auth);
      expect(me.body).toMatchObject({ user: verify.body.user, tenant: { name: 'Test Shop' } });
    });
  });
}
