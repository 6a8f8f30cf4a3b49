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
