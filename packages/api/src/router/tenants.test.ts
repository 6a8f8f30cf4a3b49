import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApi, trpcErrorOf, type TestApi } from '../testing/test-api';

const refusedWith = async (call: Promise<unknown>) => (await trpcErrorOf(call)).code;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`tenants router (${dialect})`, () => {
    let api: TestApi;
    let alice: Awaited<ReturnType<TestApi['createAccount']>>;
    let bob: Awaited<ReturnType<TestApi['createAccount']>>;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      alice = await api.createAccount({ business_name: 'Alice Bakery', intent: 'launch' });
      bob = await api.createAccount({ business_name: 'Bob Bikes', intent: 'grow' });
    });
    beforeEach(() => {
      api.clock.reset();
    });
    afterAll(async () => {
      await api.destroy();
    });

    it('lists the caller’s plans by tenant id and by `me`', async () => {
      const byId = await api.caller(alice.jwt).tenants.plans({ tenant_id: alice.tenant_id });
      const byMe = await api.caller(alice.jwt).tenants.plans({ tenant_id: 'me' });
      expect(byMe).toEqual(byId);
      expect(byId.count).toBe(1);
      expect(byId.items[0]).toMatchObject({
        tenant_id: alice.tenant_id,
        workspace_id: alice.workspace_id,
        title: 'Sample Launch Plan',
      });
      expect(byId.items[0]?.tasks.every((task) => task.done === false)).toBe(true);
    });

    it('refuses another tenant’s plans with the same answer as a tenant that does not exist', async () => {
      expect(
        await refusedWith(api.caller(alice.jwt).tenants.plans({ tenant_id: bob.tenant_id })),
      ).toBe('FORBIDDEN');
      expect(
        await refusedWith(api.caller(alice.jwt).tenants.plans({ tenant_id: 'no-such-tenant' })),
      ).toBe('FORBIDDEN');
    });

    it('lists only the caller’s own projects', async () => {
      const projects = await api.caller(bob.jwt).tenants.projects();
      expect(projects.count).toBe(1);
      expect(projects.items[0]).toMatchObject({
        id: bob.workspace_id,
        tenant_id: bob.tenant_id,
        name: 'Main workspace',
        is_default: true,
      });
      expect(new Date(projects.items[0]?.created_at ?? '').toISOString()).toBe(
        projects.items[0]?.created_at,
      );
    });

    it.each([
      ['no token', undefined],
      ['a malformed token', 'not-a-jwt'],
    ])('refuses tenant reads with %s', async (_, jwt) => {
      expect(await refusedWith(api.caller(jwt).tenants.plans({ tenant_id: 'me' }))).toBe(
        'UNAUTHORIZED',
      );
      expect(await refusedWith(api.caller(jwt).tenants.projects())).toBe('UNAUTHORIZED');
    });

    it('refuses a session JWT after it expires', async () => {
      const account = await api.createAccount();
      // Past the 60-minute lifetime and the few seconds of allowed clock skew.
      api.clock.advance(60 * 60 * 1000 + 6_000);
      expect(await refusedWith(api.caller(account.jwt).tenants.projects())).toBe('UNAUTHORIZED');
    });
  });
}
