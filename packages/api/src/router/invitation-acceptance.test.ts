import { describeFor, DIALECTS, failOnInsertInto } from '@dyocense/db/testing';
import type { TRPCError } from '@trpc/server';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import {
  countRows,
  describeRefusal,
  trpcErrorOf,
  useTestApi,
  type TestApi,
} from '../testing/test-api';

const refusal = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));
let addressCounter = 0;
const newAddress = () => `joiner${++addressCounter}-${Date.now()}@example.com`;
const TABLES = ['tenants', 'users', 'memberships', 'sessions', 'workspaces'] as const;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`invitations.accept and join (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** Invites `email` to a new tenant; its owner, and the token of the emailed link. */
    async function invite(email: string, role: 'admin' | 'member' = 'member') {
      const owner = await api.createAccount({ business_name: 'Inviting Shop' });
      const invitation = await api.caller(owner.jwt).invitations.create({ email, role });
      const message = await api.database.db
        .selectFrom('email_outbox')
        .select('link')
        .where('recipient', '=', email)
        .where('template', '=', 'invitation')
        .executeTakeFirstOrThrow();
      const token = new URL(message.link ?? '').searchParams.get('token') ?? '';
      return { owner, invitation, token };
    }

    const membershipsOf = (userId: string) =>
      api.database.db.selectFrom('memberships').selectAll().where('user_id', '=', userId).execute();

    it('gives someone new an account in the tenant, no tenant of their own, and a session', async () => {
      const email = newAddress();
      const { owner, token } = await invite(email);
      const preview = await api.caller().invitations.preview({ token });
      expect(preview).toEqual({
        tenant_name: 'Inviting Shop',
        role: 'member',
        email,
        invited_by: 'Ada Owner',
        expires_at: expect.any(String),
        has_account: false,
      });
      // Opening the link (twice, as a mail scanner and then the person) consumes nothing.
      expect(await api.caller().invitations.preview({ token })).toEqual(preview);
      const before = await countRows(api.database.db, TABLES);

      const session = await api.caller().invitations.accept({ token, name: '  Nia New  ' });
      expect(session.tenant_id).toBe(owner.tenant_id);
      expect(session.user).toMatchObject({ email, name: 'Nia New', tenant_id: owner.tenant_id });
      expect(session.refresh_token).toBeTruthy();
      expect(await countRows(api.database.db, TABLES)).toEqual({
        ...before,
        users: (before.users ?? 0) + 1,
        memberships: (before.memberships ?? 0) + 1,
        sessions: (before.sessions ?? 0) + 1,
      });
      const user = await api.database.db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      expect(user.tenant_id).toBe(owner.tenant_id);
      expect(user.email_verified_at).toEqual(api.clock.now());
      expect(await membershipsOf(user.id)).toMatchObject([
        { tenant_id: owner.tenant_id, role: 'member' },
      ]);

      const caller = api.caller(session.jwt);
      expect((await caller.tenants.plans({ tenant_id: 'me' })).items[0]?.tenant_id).toBe(
        owner.tenant_id,
      );
      expect((await caller.auth.me()).role).toBe('member');
      const refreshed = await api.caller().auth.refresh({ refresh_token: session.refresh_token });
      expect(refreshed.tenant_id).toBe(owner.tenant_id);
      expect(await refusal(api.caller().invitations.preview({ token }))).toBe(
        'CONFLICT INVITATION_USED',
      );
    });

    it('lets an existing account join with it, keeping its own tenant', async () => {
      const person = await api.createAccount({ business_name: 'Own Shop' });
      const { owner, token } = await invite(person.user.email, 'admin');
      expect((await api.caller().invitations.preview({ token })).has_account).toBe(true);
      const before = await countRows(api.database.db, TABLES);

      const session = await api.caller().invitations.accept({ token });
      expect(session.user).toMatchObject({ id: person.user.id, tenant_id: owner.tenant_id });
      expect(await countRows(api.database.db, TABLES)).toEqual({
        ...before,
        memberships: (before.memberships ?? 0) + 1,
        sessions: (before.sessions ?? 0) + 1,
      });
      const caller = api.caller(session.jwt);
      expect((await caller.auth.me()).role).toBe('admin');
      expect((await caller.tenants.plans({ tenant_id: 'me' })).items[0]?.tenant_id).toBe(
        owner.tenant_id,
      );
      const memberships = await caller.auth.memberships();
      const tenants = memberships.items.map(({ tenant_id, role }) => `${tenant_id} ${role}`);
      expect(tenants.sort()).toEqual(
        [`${person.tenant_id} owner`, `${owner.tenant_id} admin`].sort(),
      );
      // Their next sign-in opens the tenant they joined.
      const link = await api.caller().auth.signin({ email: person.user.email });
      const signedIn = await api.caller().auth.verify({ token: link.token ?? '' });
      expect(signedIn.tenant_id).toBe(owner.tenant_id);
    });

    it('lets exactly one of 20 concurrent accepts of one invitation win', async () => {
      const email = newAddress();
      const { owner, token } = await invite(email);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () => api.caller().invitations.accept({ token, name: 'Race' })),
      );
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.flatMap((result) =>
        result.status === 'rejected' ? [describeRefusal(result.reason as TRPCError)] : [],
      );
      expect(won).toHaveLength(1);
      expect(lost).toEqual(Array.from({ length: 19 }, () => 'CONFLICT INVITATION_USED'));
      const users = await api.database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .execute();
      expect(users).toHaveLength(1);
      expect(await membershipsOf(users[0]?.id ?? '')).toMatchObject([
        { tenant_id: owner.tenant_id },
      ]);
    });

    it('asks someone new for their name, writing nothing until they give it', async () => {
      const email = newAddress();
      const { token } = await invite(email);
      const before = await countRows(api.database.db, [...TABLES, 'auth_events']);
      for (const input of [{ token }, { token, name: '   ' }]) {
        const error = await trpcErrorOf(api.caller().invitations.accept(input));
        expect(error.code).toBe('BAD_REQUEST');
        expect(error.cause).toBeInstanceOf(ZodError);
        expect((error.cause as ZodError).issues.map((issue) => issue.path.join('.'))).toEqual([
          'name',
        ]);
      }
      expect(await countRows(api.database.db, [...TABLES, 'auth_events'])).toEqual(before);
      expect((await api.caller().invitations.accept({ token, name: 'Ann' })).user.name).toBe('Ann');
    });

    it('leaves the invitation pending and nothing behind when a write fails', async () => {
      const email = newAddress();
      const { token } = await invite(email);
      const before = await countRows(api.database.db, TABLES);
      for (const table of ['memberships', 'auth_events']) {
        const failing = api.database.db.withPlugin(failOnInsertInto(table));
        const error = await trpcErrorOf(
          api.caller(undefined, failing).invitations.accept({ token, name: 'Ann' }),
        );
        expect(error.code).toBe('INTERNAL_SERVER_ERROR');
        expect(await countRows(api.database.db, TABLES)).toEqual(before);
      }
      expect((await api.caller().invitations.preview({ token })).has_account).toBe(false);
      await api.caller().invitations.accept({ token, name: 'Ann' });
    });

    it('moves a signed-in person’s session to the tenant of an invitation to their address', async () => {
      const person = await api.createAccount({ business_name: 'Own Shop' });
      const { owner, token } = await invite(person.user.email);
      const sessions = await countRows(api.database.db, ['sessions']);

      const joined = await api.caller(person.jwt).invitations.join({ token });
      expect(joined).toMatchObject({
        tenant_id: owner.tenant_id,
        session_id: person.session_id,
        user: { id: person.user.id, tenant_id: owner.tenant_id },
      });
      expect(joined.refresh_token).toBeUndefined();
      expect(await countRows(api.database.db, ['sessions'])).toEqual(sessions);
      expect(
        (await api.caller(joined.jwt).tenants.plans({ tenant_id: 'me' })).items[0],
      ).toMatchObject({ tenant_id: owner.tenant_id });
      expect((await api.caller(joined.jwt).auth.me()).role).toBe('member');
      expect(await refusal(api.caller(person.jwt).auth.me())).toBe('UNAUTHORIZED SESSION_INVALID');
      const refreshed = await api.caller().auth.refresh({ refresh_token: person.refresh_token });
      expect(refreshed.tenant_id).toBe(owner.tenant_id);
      expect(await refusal(api.caller(joined.jwt).invitations.join({ token }))).toBe(
        'CONFLICT INVITATION_USED',
      );
    });

    it('refuses to join with an invitation to another address, changing nothing', async () => {
      const person = await api.createAccount();
      const { token } = await invite(newAddress());
      const before = await countRows(api.database.db, [...TABLES, 'auth_events']);
      expect(await refusal(api.caller(person.jwt).invitations.join({ token }))).toBe(
        'FORBIDDEN INVITATION_FOR_ANOTHER_ADDRESS',
      );
      expect(await countRows(api.database.db, [...TABLES, 'auth_events'])).toEqual(before);
      expect((await api.caller(person.jwt).auth.me()).tenant.id).toBe(person.tenant_id);
      expect((await api.caller().invitations.preview({ token })).has_account).toBe(false);
      expect(await refusal(api.caller().invitations.join({ token }))).toBe(
        'UNAUTHORIZED UNAUTHENTICATED',
      );
    });
  });
}
