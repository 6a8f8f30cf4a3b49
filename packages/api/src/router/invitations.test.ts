import { describeFor, DIALECTS, failOnInsertInto } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createApiDeps, createContext } from '../context';
import { createJwtService } from '../jwt';
import { createRateLimits, DEFAULT_RATE_LIMIT_RULES } from '../rate-limits';
import { grantClientCredentials } from '../services/service-tokens';
import type { ServiceScope } from '../scopes';
import {
  countRows,
  describeRefusal,
  TEST_JWT_SECRET,
  trpcErrorOf,
  useTestApi,
  type TestApi,
} from '../testing/test-api';
import { hashToken } from '../tokens';

const refusal = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));
const DAY_MS = 86_400_000;
const ADMIN_KEY = 'operator-key-0123456789abcdef';
let addressCounter = 0;
const newAddress = () => `invitee${++addressCounter}-${Date.now()}@example.com`;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`invitations (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** The invitations emailed to an address, oldest first, with the token of each one's link. */
    async function emailsTo(email: string) {
      const rows = await api.database.db
        .selectFrom('email_outbox')
        .selectAll()
        .where('recipient', '=', email)
        .where('template', '=', 'invitation')
        .orderBy('created_at')
        .execute();
      return rows.map((row) => ({
        ...row,
        token: new URL(row.link ?? 'http://x').searchParams.get('token') ?? '',
      }));
    }

    /** A JWT for the account's session as of the clock now (the first one expires in minutes). */
    async function jwtNow(account: { refresh_token?: string | undefined }): Promise<string> {
      return (await api.caller().auth.refresh({ refresh_token: account.refresh_token })).jwt;
    }

    async function latestToken(email: string): Promise<string> {
      return (await emailsTo(email)).at(-1)?.token ?? '';
    }

    async function invitationRow(id: string) {
      return api.database.db
        .selectFrom('invitations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    }

    /** A service token of the owner's tenant holding `scopes`, and its client's id. */
    async function serviceToken(ownerJwt: string, scopes: ServiceScope[]) {
      const created = await api.caller(ownerJwt).serviceClients.create({ name: 'HR', scopes });
      const deps = createApiDeps({
        db: api.database.db,
        jwt: createJwtService({ secret: TEST_JWT_SECRET }),
        now: api.clock.now,
      });
      const granted = await grantClientCredentials(createContext(deps), {
        clientId: created.client.client_id,
        clientSecret: created.client_secret,
      });
      if (!granted.ok) throw new Error(granted.description);
      return { token: granted.token.access_token, clientId: created.client.client_id };
    }

    it('emails a link whose 256-bit token is kept only as its hash and is in no answer', async () => {
      const owner = await api.createAccount({ business_name: 'Link Shop' });
      const email = newAddress();
      const invitation = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      const now = api.clock.now();
      expect(invitation).toEqual({
        id: expect.stringMatching(/^inv_[a-f0-9]{24}$/),
        email,
        role: 'member',
        status: 'pending',
        invited_by: 'Ada Owner',
        created_at: now.toISOString(),
        sent_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 7 * DAY_MS).toISOString(),
      });

      const [message, ...others] = await emailsTo(email);
      expect(others).toEqual([]);
      expect(message?.template).toBe('invitation');
      expect(message?.link).toBe(`http://localhost:8001/invitation?token=${message?.token}`);
      expect(message?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(message?.params).toEqual({
        tenant_name: 'Link Shop',
        inviter: 'Ada Owner',
        role: 'member',
        ttl_seconds: 7 * 86_400,
      });
      const token = message?.token ?? '';
      const row = await invitationRow(invitation.id);
      expect(row.token_hash).toBe(hashToken(token));
      expect(row.invited_by_user_id).toBe(owner.user.id);
      const list = await api.caller(owner.jwt).invitations.list();
      const events = await api.database.db.selectFrom('auth_events').selectAll().execute();
      for (const stored of [row, invitation, list, events, message?.params]) {
        expect(JSON.stringify(stored)).not.toContain(token);
      }
      expect(list.items).toEqual([invitation]);
    });

    it('lets admins invite, resend and revoke; members only list', async () => {
      const owner = await api.createAccount();
      const admin = await api.addMember(owner.tenant_id, 'admin');
      const member = await api.addMember(owner.tenant_id, 'member');
      const sent = await api
        .caller(admin.jwt)
        .invitations.create({ email: newAddress(), role: 'admin' });
      expect(sent.invited_by).toBe('Max admin');
      await api.caller(admin.jwt).invitations.resend({ invitation_id: sent.id });

      const asMember = api.caller(member.jwt).invitations;
      expect((await asMember.list()).items.map((item) => item.id)).toEqual([sent.id]);
      expect(await refusal(asMember.create({ email: newAddress(), role: 'member' }))).toBe(
        'FORBIDDEN PERMISSION_REQUIRED',
      );
      expect(await refusal(asMember.resend({ invitation_id: sent.id }))).toBe(
        'FORBIDDEN PERMISSION_REQUIRED',
      );
      expect(await refusal(asMember.revoke({ invitation_id: sent.id }))).toBe(
        'FORBIDDEN PERMISSION_REQUIRED',
      );
      expect(await refusal(api.caller().invitations.list())).toBe('UNAUTHORIZED UNAUTHENTICATED');
      expect(await api.caller(admin.jwt).invitations.revoke({ invitation_id: sent.id })).toEqual({
        ok: true,
      });
    });

    it('lets a service with members:invite invite, unnamed, and refuses one without it', async () => {
      const owner = await api.createAccount();
      const inviter = await serviceToken(owner.jwt, ['members:invite']);
      const reader = await serviceToken(owner.jwt, ['members:read']);
      const email = newAddress();

      const invitation = await api
        .caller(inviter.token)
        .invitations.create({ email, role: 'admin' });
      expect(invitation).toMatchObject({ email, role: 'admin', invited_by: null });
      expect(await invitationRow(invitation.id)).toMatchObject({
        invited_by_user_id: null,
        invited_by_client_id: inviter.clientId,
      });
      expect((await emailsTo(email))[0]?.params).not.toHaveProperty('inviter');

      expect((await api.caller(reader.token).invitations.list()).items).toEqual([invitation]);
      expect(
        await refusal(api.caller(reader.token).invitations.create({ email, role: 'member' })),
      ).toBe('FORBIDDEN SCOPE_REQUIRED');
      expect(await refusal(api.caller(inviter.token).invitations.list())).toBe(
        'FORBIDDEN SCOPE_REQUIRED',
      );
      await api.caller(inviter.token).invitations.revoke({ invitation_id: invitation.id });
      expect((await api.caller(reader.token).invitations.list()).count).toBe(0);
    });

    it('answers another tenant’s invitation exactly as a missing one', async () => {
      const owner = await api.createAccount();
      const stranger = await api.createAccount();
      const theirs = await api
        .caller(stranger.jwt)
        .invitations.create({ email: newAddress(), role: 'member' });
      const missing = 'inv_000000000000000000000000';
      const calls = api.caller(owner.jwt).invitations;
      for (const action of ['resend', 'revoke'] as const) {
        const foreign = await trpcErrorOf(calls[action]({ invitation_id: theirs.id }));
        const unknown = await trpcErrorOf(calls[action]({ invitation_id: missing }));
        expect(describeRefusal(foreign)).toBe('NOT_FOUND INVITATION_NOT_FOUND');
        expect([foreign.code, foreign.message]).toEqual([unknown.code, unknown.message]);
      }
      expect((await calls.list()).count).toBe(0);
      expect((await invitationRow(theirs.id)).revoked_at).toBeNull();
      expect((await emailsTo(theirs.email)).length).toBe(1);
    });

    it('answers alike whether or not the address has an account', async () => {
      const owner = await api.createAccount({ business_name: 'Alike Shop' });
      const elsewhere = await api.createAccount();
      const invite = (email: string) =>
        api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      const withAccount = await invite(elsewhere.user.email);
      const withoutAccount = await invite(newAddress());
      const aside = ({ id: _id, email: _email, ...rest }: typeof withAccount) => rest;
      expect(aside(withAccount)).toEqual(aside(withoutAccount));
      const [mailWith] = await emailsTo(withAccount.email);
      const [mailWithout] = await emailsTo(withoutAccount.email);
      expect(mailWith?.params).toEqual(mailWithout?.params);
      expect(mailWith?.template).toBe(mailWithout?.template);
    });

    it('invites an invited address again: its role and link replaced, the old link dead', async () => {
      const owner = await api.createAccount();
      const email = newAddress();
      const first = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      const oldToken = await latestToken(email);
      api.clock.advance(60_000);
      const again = await api.caller(owner.jwt).invitations.create({ email, role: 'admin' });
      expect(again).toMatchObject({ id: first.id, role: 'admin', created_at: first.created_at });
      expect(again.sent_at).toBe(api.clock.now().toISOString());
      const newToken = await latestToken(email);
      expect(newToken).not.toBe(oldToken);
      expect(await refusal(api.caller().invitations.preview({ token: oldToken }))).toBe(
        'NOT_FOUND INVITATION_NOT_FOUND',
      );
      expect(await api.caller().invitations.preview({ token: newToken })).toMatchObject({
        role: 'admin',
        email,
      });
      expect((await api.caller(owner.jwt).invitations.list()).count).toBe(1);
    });

    it('makes one invitation of concurrent invitations of one address', async () => {
      const owner = await api.createAccount();
      const email = newAddress();
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          api.caller(owner.jwt).invitations.create({ email, role: 'member' }),
        ),
      );
      expect(new Set(answers.map((answer) => answer.id)).size).toBe(1);
      expect((await api.caller(owner.jwt).invitations.list()).count).toBe(1);
      // Only the newest link works.
      const tokens = (await emailsTo(email)).map((message) => message.token);
      const previews = await Promise.allSettled(
        tokens.map((token) => api.caller().invitations.preview({ token })),
      );
      expect(previews.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    });

    it('resends with a new link and a fresh expiry; the old link stops working', async () => {
      const owner = await api.createAccount();
      const email = newAddress();
      const sent = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      const oldToken = await latestToken(email);
      api.clock.advance(3 * DAY_MS);
      const resent = await api
        .caller(await jwtNow(owner))
        .invitations.resend({ invitation_id: sent.id });
      const now = api.clock.now();
      expect(resent).toEqual({
        ...sent,
        sent_at: now.toISOString(),
        expires_at: new Date(now.getTime() + 7 * DAY_MS).toISOString(),
      });
      const newToken = await latestToken(email);
      expect(newToken).not.toBe(oldToken);
      expect(await refusal(api.caller().invitations.preview({ token: oldToken }))).toBe(
        'NOT_FOUND INVITATION_NOT_FOUND',
      );
      // Past the first expiry, within the new one.
      api.clock.advance(5 * DAY_MS);
      expect(await api.caller().invitations.preview({ token: newToken })).toMatchObject({ email });
    });

    it('refuses an expired link as INVITATION_EXPIRED and a revoked one as NOT_FOUND', async () => {
      const owner = await api.createAccount();
      const email = newAddress();
      const sent = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      const token = await latestToken(email);
      api.clock.advance(7 * DAY_MS);
      expect(await refusal(api.caller().invitations.preview({ token }))).toBe(
        'PRECONDITION_FAILED INVITATION_EXPIRED',
      );
      expect(await refusal(api.caller().invitations.accept({ token, name: 'Ann' }))).toBe(
        'PRECONDITION_FAILED INVITATION_EXPIRED',
      );
      const jwt = await jwtNow(owner);
      const listed = await api.caller(jwt).invitations.list();
      expect(listed.items.map((item) => item.status)).toEqual(['expired']);

      await api.caller(jwt).invitations.revoke({ invitation_id: sent.id });
      for (const call of [
        () => api.caller().invitations.preview({ token }),
        () => api.caller().invitations.accept({ token, name: 'Ann' }),
        () => api.caller(jwt).invitations.resend({ invitation_id: sent.id }),
        () => api.caller(jwt).invitations.revoke({ invitation_id: sent.id }),
      ]) {
        expect(await refusal(call())).toBe('NOT_FOUND INVITATION_NOT_FOUND');
      }
      expect((await api.caller(jwt).invitations.list()).count).toBe(0);
    });

    it('refuses to invite a member’s address, whatever their role', async () => {
      const owner = await api.createAccount();
      const member = await api.addMember(owner.tenant_id, 'member');
      for (const email of [owner.user.email, member.user.email]) {
        expect(
          await refusal(api.caller(owner.jwt).invitations.create({ email, role: 'admin' })),
        ).toBe('CONFLICT ALREADY_A_MEMBER');
        const invitations = (await emailsTo(email)).filter((m) => m.template === 'invitation');
        expect(invitations).toHaveLength(0);
      }
    });

    it('refuses bad input with the field named, writing nothing', async () => {
      const owner = await api.createAccount();
      const tables = ['invitations', 'email_outbox', 'auth_events'] as const;
      const before = await countRows(api.database.db, tables);
      const invalid = [
        [{ email: 'not-an-email', role: 'member' }, 'email'],
        [{ email: newAddress(), role: 'owner' }, 'role'],
      ] as const;
      for (const [input, field] of invalid) {
        const error = await trpcErrorOf(
          api.caller(owner.jwt).invitations.create(input as { email: string; role: 'member' }),
        );
        expect(error.code).toBe('BAD_REQUEST');
        expect(fieldsOf(error)).toEqual([field]);
      }
      expect(
        await refusal(api.caller(owner.jwt).invitations.resend({ invitation_id: 'inv_x' })),
      ).toBe('BAD_REQUEST');
      expect(await countRows(api.database.db, tables)).toEqual(before);
    });

    it('writes nothing when the invitation’s event cannot be written', async () => {
      const owner = await api.createAccount();
      const email = newAddress();
      const tables = ['invitations', 'email_outbox'] as const;
      const before = await countRows(api.database.db, tables);
      const failing = api.database.db.withPlugin(failOnInsertInto('auth_events'));
      const error = await trpcErrorOf(
        api.caller(owner.jwt, failing).invitations.create({ email, role: 'member' }),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await countRows(api.database.db, tables)).toEqual(before);
    });

    it('records sent, resent, revoked and accepted in the tenant’s audit log', async () => {
      const owner = await api.createAccount();
      const step = () => api.clock.advance(1);
      const email = newAddress();
      step();
      const sent = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      step();
      await api.caller(owner.jwt).invitations.resend({ invitation_id: sent.id });
      step();
      await api
        .caller(owner.jwt)
        .invitations.accept({ token: await latestToken(email), name: 'A' });
      step();
      const revoked = await api
        .caller(owner.jwt)
        .invitations.create({ email: newAddress(), role: 'admin' });
      step();
      await api.caller(owner.jwt).invitations.revoke({ invitation_id: revoked.id });
      const log = await api.caller(owner.jwt).tenants.auditLog({ limit: 8 });
      // Each step's two events share their instant: compared as a set.
      const logged = log.items.map(({ type, detail }) => `${type} ${detail}`);
      expect(logged.sort()).toEqual(
        [
          ['invitation_sent', 'member'],
          ['email_queued', 'invitation'],
          ['invitation_resent', 'member'],
          ['email_queued', 'invitation'],
          ['invitation_accepted', 'member'],
          ['invitation_sent', 'admin'],
          ['email_queued', 'invitation'],
          ['invitation_revoked', 'admin'],
        ]
          .map((event) => event.join(' '))
          .sort(),
      );
    });

    it('counts invitations sent and accepted in the operator’s funnel', async () => {
      // A day of its own, apart from the other tests' invitations.
      api.clock.advance(40 * DAY_MS);
      const day = { from: '2026-04-10T00:00:00Z', to: '2026-04-11T00:00:00Z' };
      const owner = await api.createAccount();
      const email = newAddress();
      const sent = await api.caller(owner.jwt).invitations.create({ email, role: 'member' });
      await api.caller(owner.jwt).invitations.create({ email: newAddress(), role: 'member' });
      await api.caller(owner.jwt).invitations.resend({ invitation_id: sent.id });
      await api.caller().invitations.accept({ token: await latestToken(email), name: 'Ann' });
      const funnel = await api
        .callerWith({ authorization: `Bearer ${ADMIN_KEY}`, adminApiKey: ADMIN_KEY })
        .analytics.funnel(day);
      expect(funnel.invitations).toEqual({ sent: 2, accepted: 1 });
      const before = await api
        .callerWith({ authorization: `Bearer ${ADMIN_KEY}`, adminApiKey: ADMIN_KEY })
        .analytics.funnel({ from: '2026-04-09T00:00:00Z', to: day.from });
      expect(before.invitations).toEqual({ sent: 0, accepted: 0 });
    });

    it('limits invitations per tenant, with Retry-After', async () => {
      const rateLimits = createRateLimits(
        { kind: 'memory' },
        {
          ...DEFAULT_RATE_LIMIT_RULES,
          invitationsPerTenant: { points: 2, durationSeconds: 3600 },
        },
      );
      const owner = await api.createAccount();
      const other = await api.createAccount();
      const headers: Record<string, string> = {};
      const caller = (jwt: string) =>
        api.callerWith({
          authorization: `Bearer ${jwt}`,
          rateLimits,
          setResponseHeader: (name, value) => (headers[name] = value),
        });
      const sent = await caller(owner.jwt).invitations.create({
        email: newAddress(),
        role: 'member',
      });
      await caller(owner.jwt).invitations.resend({ invitation_id: sent.id });
      expect(
        await refusal(
          caller(owner.jwt).invitations.create({ email: newAddress(), role: 'member' }),
        ),
      ).toBe('TOO_MANY_REQUESTS RATE_LIMITED');
      expect(Number(headers['retry-after'])).toBeGreaterThan(0);
      await caller(other.jwt).invitations.create({ email: newAddress(), role: 'member' });
    });
  });
}

/** The fields a BAD_REQUEST names (`data.fields` on the wire). */
function fieldsOf(error: { cause?: unknown }): string[] {
  expect(error.cause).toBeInstanceOf(ZodError);
  return (error.cause as ZodError).issues.map((issue) => issue.path.join('.'));
}
