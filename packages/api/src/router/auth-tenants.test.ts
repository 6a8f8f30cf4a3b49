import { insertMembership, type MemberRole } from '@dyocense/db';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { describeRefusal, trpcErrorOf, useTestApi, type TestApi } from '../testing/test-api';

const reasonOf = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));

for (const dialect of DIALECTS) {
  describeFor(dialect)(`a person in several tenants (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** Ada owns Ada's Shop and is a member of Bea's Bikes; signed in to her own shop. */
    async function adaInTwoTenants(role: MemberRole = 'member') {
      const ada = await api.createAccount({ business_name: 'Ada Shop' });
      const bea = await api.createAccount({ business_name: 'Bea Bikes' });
      const now = api.clock.now();
      await insertMembership(api.database.db, {
        tenant_id: bea.tenant_id,
        user_id: ada.user.id,
        role,
        created_at: now,
        updated_at: now,
      });
      return { ada, bea };
    }

    const removeAda = (ada: { user: { id: string } }, tenantId: string) =>
      api.database.db
        .deleteFrom('memberships')
        .where('user_id', '=', ada.user.id)
        .where('tenant_id', '=', tenantId)
        .execute();

    it('lists the person’s tenants with their role, marking the session’s', async () => {
      const { ada, bea } = await adaInTwoTenants();
      const memberships = await api.caller(ada.jwt).auth.memberships();
      expect(memberships.items.map(({ name, role, current }) => ({ name, role, current }))).toEqual(
        [
          { name: 'Ada Shop', role: 'owner', current: true },
          { name: 'Bea Bikes', role: 'member', current: false },
        ],
      );
      expect(memberships.items[1]?.tenant_id).toBe(bea.tenant_id);
      expect(await api.caller(ada.jwt).auth.me()).toMatchObject({
        tenant: { name: 'Ada Shop' },
        role: 'owner',
      });
    });

    it('switches tenant without a new sign-in; every read then uses the new tenant', async () => {
      const { ada, bea } = await adaInTwoTenants();
      const switched = await api.caller(ada.jwt).auth.switchTenant({ tenant_id: bea.tenant_id });

      expect(switched).toMatchObject({ session_id: ada.session_id, tenant_id: bea.tenant_id });
      expect(switched.refresh_token).toBeUndefined();
      const inBea = api.caller(switched.jwt);
      expect(await inBea.auth.me()).toMatchObject({
        user: { id: ada.user.id, tenant_id: bea.tenant_id },
        tenant: { id: bea.tenant_id, name: 'Bea Bikes' },
        role: 'member',
      });
      const plans = await inBea.tenants.plans({ tenant_id: 'me' });
      expect(plans.items.map((plan) => plan.tenant_id)).toEqual([bea.tenant_id]);
      expect(await reasonOf(inBea.tenants.plans({ tenant_id: ada.tenant_id }))).toBe(
        'FORBIDDEN TENANT_FORBIDDEN',
      );
      // One session, one tenant: the older JWT is for a tenant the session left.
      expect(await reasonOf(api.caller(ada.jwt).tenants.plans({ tenant_id: 'me' }))).toBe(
        'UNAUTHORIZED SESSION_INVALID',
      );
      const refreshed = await api.caller().auth.refresh({ refresh_token: ada.refresh_token });
      expect(refreshed.tenant_id).toBe(bea.tenant_id);
    });

    it('opens the last tenant switched to at the next sign-in', async () => {
      const { ada, bea } = await adaInTwoTenants();
      await api.caller(ada.jwt).auth.switchTenant({ tenant_id: bea.tenant_id });
      const { token = '' } = await api.caller().auth.signin({ email: ada.user.email });
      const signedIn = await api.caller().auth.verify({ token });
      expect(signedIn.tenant_id).toBe(bea.tenant_id);
      expect(signedIn.workspace_id).toBe(bea.workspace_id);
    });

    it('refuses to switch to a tenant the person does not belong to, changing nothing', async () => {
      const { ada } = await adaInTwoTenants();
      const stranger = await api.createAccount({ business_name: 'Stranger Shop' });
      for (const tenantId of [stranger.tenant_id, 'no-such-tenant']) {
        expect(await reasonOf(api.caller(ada.jwt).auth.switchTenant({ tenant_id: tenantId }))).toBe(
          'FORBIDDEN TENANT_FORBIDDEN',
        );
      }
      expect((await api.caller(ada.jwt).auth.me()).tenant.id).toBe(ada.tenant_id);
      expect(await reasonOf(api.caller(ada.jwt).auth.switchTenant({ tenant_id: '' }))).toBe(
        'BAD_REQUEST',
      );
    });

    it('ends access to a tenant at the next call once the membership ends', async () => {
      const { ada, bea } = await adaInTwoTenants();
      const inBea = await api.caller(ada.jwt).auth.switchTenant({ tenant_id: bea.tenant_id });
      await removeAda(ada, bea.tenant_id);

      expect(await reasonOf(api.caller(inBea.jwt).tenants.plans({ tenant_id: 'me' }))).toBe(
        'UNAUTHORIZED MEMBERSHIP_ENDED',
      );
      expect(await reasonOf(api.caller(inBea.jwt).auth.me())).toBe('UNAUTHORIZED MEMBERSHIP_ENDED');
      // Her own sessions stay hers to see and end.
      expect((await api.caller(inBea.jwt).auth.sessions()).count).toBe(1);
      // The refresh moves the session back to the tenant she still belongs to.
      const refreshed = await api.caller().auth.refresh({ refresh_token: ada.refresh_token });
      expect(refreshed.tenant_id).toBe(ada.tenant_id);
      expect((await api.caller(refreshed.jwt).auth.me()).tenant.name).toBe('Ada Shop');
    });

    it('ends the session at its refresh, and refuses sign-in, once the person belongs nowhere', async () => {
      const member = await api.addMember((await api.createAccount()).tenant_id, 'member');
      await removeAda(member, member.tenant_id);

      expect(
        await reasonOf(api.caller().auth.refresh({ refresh_token: member.refresh_token })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_INVALID');
      const { token = '' } = await api.caller().auth.signin({ email: member.user.email });
      expect(await reasonOf(api.caller().auth.verify({ token }))).toBe('FORBIDDEN NO_MEMBERSHIP');
    });
  });
}
