import { countOwners, findMembership, insertMembership } from '@dyocense/db';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { beforeEach, expect, it } from 'vitest';
import { createApiDeps, createContext } from '../context';
import { createJwtService } from '../jwt';
import { grantClientCredentials } from '../services/service-tokens';
import { removeMember, setMemberRole } from '../services/members';
import {
  describeRefusal,
  TEST_JWT_SECRET,
  trpcErrorOf,
  useTestApi,
  type TestApi,
} from '../testing/test-api';

type SignedIn = Awaited<ReturnType<TestApi['createAccount']>>;

const refusal = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));

for (const dialect of DIALECTS) {
  describeFor(dialect)(`members (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (a) => (api = a));

    // Each test gets a tenant of its own: an owner, an admin and a member.
    let owner: SignedIn;
    let admin: SignedIn;
    let member: SignedIn;
    let ownerJoinedAt: string;
    beforeEach(async () => {
      ownerJoinedAt = api.clock.now().toISOString();
      owner = await api.createAccount({ name: 'Olga Owner', business_name: 'Team Shop' });
      // A second apart, so that the list's order by joining date is theirs.
      api.clock.advance(1000);
      admin = await api.addMember(owner.tenant_id, 'admin');
      api.clock.advance(1000);
      member = await api.addMember(owner.tenant_id, 'member');
    });

    /** A context as a server builds it, to call a service as the middleware would. */
    const serviceContext = () =>
      createContext(
        createApiDeps({
          db: api.database.db,
          jwt: createJwtService({ secret: TEST_JWT_SECRET }),
          now: api.clock.now,
        }),
      );

    const roleOf = async (person: SignedIn, tenantId = owner.tenant_id) =>
      (await findMembership(api.database.db, { tenantId, userId: person.user.id }))?.role ?? null;
    const roles = async () => [await roleOf(owner), await roleOf(admin), await roleOf(member)];
    // The tenant's membership events, newest first, as its audit log shows them.
    const eventsOf = async () =>
      (await api.caller(owner.jwt).tenants.auditLog({ limit: 10 })).items
        .filter((event) => /^(member_|ownership_)/.test(event.type))
        .map(({ type, detail }) => `${type} ${detail}`);
    const refreshTokenOf = (person: SignedIn): string => {
      if (!person.refresh_token) throw new Error('the verify answer has no refresh token');
      return person.refresh_token;
    };

    it('lists the members, owners first, marking the caller', async () => {
      const list = await api.caller(member.jwt).members.list();
      expect(list.count).toBe(3);
      expect(list.items.map(({ user_id, role, you }) => [user_id, role, you])).toEqual([
        [owner.user.id, 'owner', false],
        [admin.user.id, 'admin', false],
        [member.user.id, 'member', true],
      ]);
      expect(list.items[0]).toEqual({
        user_id: owner.user.id,
        email: owner.user.email,
        name: 'Olga Owner',
        role: 'owner',
        joined_at: ownerJoinedAt,
        you: false,
      });
    });

    it('lists the members to a service holding members:read, as no one of them', async () => {
      const tokenWith = async (scopes: ('members:read' | 'plans:read')[]) => {
        const { client, client_secret } = await api
          .caller(owner.jwt)
          .serviceClients.create({ name: 'Directory', scopes });
        const credentials = { clientId: client.client_id, clientSecret: client_secret };
        const granted = await grantClientCredentials(serviceContext(), credentials);
        if (!granted.ok) throw new Error(granted.description);
        return granted.token.access_token;
      };
      const list = await api.caller(await tokenWith(['members:read'])).members.list();
      expect(list.items.map(({ user_id, you }) => [user_id, you])).toEqual([
        [owner.user.id, false],
        [admin.user.id, false],
        [member.user.id, false],
      ]);
      const withoutScope = api.caller(await tokenWith(['plans:read']));
      expect(await refusal(withoutScope.members.list())).toBe('FORBIDDEN SCOPE_REQUIRED');
      expect(await refusal(withoutScope.members.remove({ user_id: member.user.id }))).toBe(
        'FORBIDDEN SERVICE_NOT_ALLOWED',
      );
    });

    it('changes a role, answers the member, records it, and the next call has the new role', async () => {
      const changed = await api
        .caller(admin.jwt)
        .members.setRole({ user_id: member.user.id, role: 'admin' });
      expect(changed).toMatchObject({ user_id: member.user.id, role: 'admin', you: false });
      expect((await api.caller(member.jwt).auth.me()).role).toBe('admin');
      await api.caller(owner.jwt).members.setRole({ user_id: admin.user.id, role: 'owner' });
      expect(await roles()).toEqual(['owner', 'owner', 'admin']);
      expect(await eventsOf()).toEqual([
        'member_role_changed admin>owner',
        'member_role_changed member>admin',
      ]);
    });

    it('lets an admin manage admins and members only, and a member change nothing', async () => {
      const adminCalls = api.caller(admin.jwt).members;
      for (const call of [
        () => adminCalls.setRole({ user_id: member.user.id, role: 'owner' }),
        () => adminCalls.setRole({ user_id: owner.user.id, role: 'member' }),
        () => adminCalls.setRole({ user_id: admin.user.id, role: 'owner' }),
        () => adminCalls.remove({ user_id: owner.user.id }),
        () => adminCalls.transferOwnership({ user_id: admin.user.id }),
      ]) {
        expect(await refusal(call())).toBe('FORBIDDEN PERMISSION_REQUIRED');
      }
      const memberCalls = api.caller(member.jwt).members;
      for (const call of [
        () => memberCalls.setRole({ user_id: member.user.id, role: 'admin' }),
        () => memberCalls.remove({ user_id: admin.user.id }),
      ]) {
        expect(await refusal(call())).toBe('FORBIDDEN PERMISSION_REQUIRED');
      }
      expect(await roles()).toEqual(['owner', 'admin', 'member']);
      expect(await eventsOf()).toEqual([]);
    });

    it('keeps the last owner: no demoting, removing or leaving', async () => {
      const calls = api.caller(owner.jwt).members;
      for (const call of [
        () => calls.setRole({ user_id: owner.user.id, role: 'admin' }),
        () => calls.remove({ user_id: owner.user.id }),
        () => calls.leave(),
      ]) {
        expect(await refusal(call())).toBe('CONFLICT LAST_OWNER');
      }
      expect(await roles()).toEqual(['owner', 'admin', 'member']);
      expect(await eventsOf()).toEqual([]);
      // With a second owner, the first may step down.
      await calls.setRole({ user_id: admin.user.id, role: 'owner' });
      await calls.setRole({ user_id: owner.user.id, role: 'member' });
      expect(await roles()).toEqual(['member', 'owner', 'member']);
    });

    it('answers MEMBER_NOT_FOUND for another tenant’s person and an unknown id alike', async () => {
      const stranger = await api.createAccount();
      const calls = api.caller(owner.jwt).members;
      for (const user_id of [stranger.user.id, 'user-that-does-not-exist']) {
        expect(await refusal(calls.setRole({ user_id, role: 'member' }))).toBe(
          'NOT_FOUND MEMBER_NOT_FOUND',
        );
        expect(await refusal(calls.remove({ user_id }))).toBe('NOT_FOUND MEMBER_NOT_FOUND');
        expect(await refusal(calls.transferOwnership({ user_id }))).toBe(
          'NOT_FOUND MEMBER_NOT_FOUND',
        );
      }
      expect(await roleOf(stranger, stranger.tenant_id)).toBe('owner');
    });

    it('ends a removed member’s access at their next call; their refresh then fails', async () => {
      expect(await api.caller(admin.jwt).members.remove({ user_id: member.user.id })).toEqual({
        ok: true,
      });
      expect(await refusal(api.caller(member.jwt).tenants.projects())).toBe(
        'UNAUTHORIZED MEMBERSHIP_ENDED',
      );
      expect(
        await refusal(api.caller().auth.refresh({ refresh_token: refreshTokenOf(member) })),
      ).toBe('UNAUTHORIZED REFRESH_TOKEN_INVALID');
      expect(await roleOf(member)).toBeNull();
      expect(await eventsOf()).toEqual(['member_removed member']);
    });

    it('moves a removed member’s session to another tenant of theirs at their refresh', async () => {
      const person = await api.createAccount({ business_name: 'Own Shop' });
      const now = api.clock.now();
      await insertMembership(api.database.db, {
        tenant_id: owner.tenant_id,
        user_id: person.user.id,
        role: 'admin',
        created_at: now,
        updated_at: now,
      });
      const inTeam = await api.caller(person.jwt).auth.switchTenant({ tenant_id: owner.tenant_id });
      await api.caller(owner.jwt).members.remove({ user_id: person.user.id });
      expect(await refusal(api.caller(inTeam.jwt).members.list())).toBe(
        'UNAUTHORIZED MEMBERSHIP_ENDED',
      );
      const refreshed = await api.caller().auth.refresh({ refresh_token: refreshTokenOf(person) });
      expect(refreshed.tenant_id).toBe(person.tenant_id);
      expect((await api.caller(refreshed.jwt).auth.me()).tenant.id).toBe(person.tenant_id);
    });

    it('lets anyone but the last owner leave, ending their access', async () => {
      expect(await api.caller(member.jwt).members.leave()).toEqual({ ok: true });
      await api.caller(admin.jwt).members.leave();
      expect(await refusal(api.caller(member.jwt).auth.me())).toBe('UNAUTHORIZED MEMBERSHIP_ENDED');
      expect(await roles()).toEqual(['owner', null, null]);
      expect(await eventsOf()).toEqual(['member_left admin', 'member_left member']);
    });

    it('transfers ownership: the target becomes owner and the caller admin, together', async () => {
      await api.caller(owner.jwt).members.transferOwnership({ user_id: member.user.id });
      expect(await roles()).toEqual(['admin', 'admin', 'owner']);
      expect(await eventsOf()).toEqual(['ownership_transferred member>owner']);
      // Naming oneself changes nothing.
      await api.caller(member.jwt).members.transferOwnership({ user_id: member.user.id });
      expect(await roles()).toEqual(['admin', 'admin', 'owner']);
      expect(
        await refusal(
          api.caller(owner.jwt).members.transferOwnership({
            user_id: admin.user.id,
          }),
        ),
      ).toBe('FORBIDDEN PERMISSION_REQUIRED');
    });

    it('decides with the caller’s role as it is in the transaction, not as it was', async () => {
      // Each change is called as the middleware let it in, after the caller's role changed.
      const ctx = serviceContext();
      // The session as the middleware verified it from the person's JWT.
      const sessionOf = async (person: SignedIn) => {
        const bearer = await ctx.jwt.verifyBearer(person.jwt, api.clock.now());
        if (bearer.kind !== 'session') throw new Error('expected a session JWT');
        return bearer.session;
      };
      const second = await api.addMember(owner.tenant_id, 'owner');
      const ownerCalls = api.caller(owner.jwt).members;
      await ownerCalls.setRole({ user_id: second.user.id, role: 'admin' });
      const unmakeOwner = { user_id: owner.user.id, role: 'member' } as const;
      await expect(setMemberRole(ctx, await sessionOf(second), unmakeOwner)).rejects.toMatchObject({
        reason: 'PERMISSION_REQUIRED',
      });
      await ownerCalls.setRole({ user_id: admin.user.id, role: 'member' });
      const promote = { user_id: member.user.id, role: 'admin' } as const;
      await expect(setMemberRole(ctx, await sessionOf(admin), promote)).rejects.toMatchObject({
        reason: 'PERMISSION_REQUIRED',
      });
      await ownerCalls.remove({ user_id: second.user.id });
      await expect(
        removeMember(ctx, await sessionOf(second), member.user.id),
      ).rejects.toMatchObject({
        reason: 'MEMBERSHIP_ENDED',
      });
      expect(await roles()).toEqual(['owner', 'member', 'member']);
    });

    it('keeps exactly one owner when the last two demote each other at once', async () => {
      for (let round = 0; round < 5; round++) {
        const a = await api.createAccount();
        const b = await api.addMember(a.tenant_id, 'owner');
        const demote = (by: SignedIn, whom: SignedIn) =>
          api.caller(by.jwt).members.setRole({ user_id: whom.user.id, role: 'admin' });
        // On PostgreSQL the two transactions run on two of the pool's connections at once.
        const outcomes = await Promise.allSettled([demote(a, b), demote(b, a)]);
        expect(await countOwners(api.database.db, a.tenant_id), `round ${round}`).toBe(1);
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
        const refused = outcomes.find((outcome) => outcome.status === 'rejected');
        expect(await refusal(Promise.reject(refused?.reason))).toMatch(
          /^(CONFLICT LAST_OWNER|FORBIDDEN PERMISSION_REQUIRED)$/,
        );
      }
    });
  });
}
