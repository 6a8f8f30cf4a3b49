import { insertVerificationToken } from '@dyocense/db';
import { describeFor, DIALECTS, failOnInsertInto } from '@dyocense/db/testing';
import type { TRPCError } from '@trpc/server';
import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { createApiDeps, createContext } from '../context';
import { createJwtService } from '../jwt';
import { createCaller } from '../root';
import {
  countRows,
  signupFixture,
  TEST_JWT_SECRET,
  trpcErrorOf,
  type TestApi,
  useTestApi,
} from '../testing/test-api';
import { hashToken } from '../tokens';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`auth router (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    describe('signup', () => {
      it('stores only the hash of a 256-bit token and returns the token in dev mode', async () => {
        const input = signupFixture({ email: '  Mixed.Case@Example.COM ' });
        const result = await api.caller().auth.signup(input);

        expect(result.email).toBe('mixed.case@example.com');
        expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(result.message).toBe(`Dev mode: Use this token to verify: ${result.token}`);

        const rows = await api.database.db
          .selectFrom('verification_tokens')
          .selectAll()
          .where('email', '=', 'mixed.case@example.com')
          .execute();
        expect(rows).toHaveLength(1);
        expect(rows[0]?.token_hash).toBe(hashToken(result.token ?? ''));
        expect(JSON.stringify(rows)).not.toContain(result.token);
        expect((rows[0]?.expires_at.getTime() ?? 0) - api.clock.now().getTime()).toBe(86_400_000);
        expect(rows[0]?.business_name).toBe('Test Shop');
      });

      it('returns no token outside dev mode', async () => {
        const caller = createCaller(
          createContext(
            createApiDeps({
              db: api.database.db,
              jwt: createJwtService({ secret: TEST_JWT_SECRET }),
              devMode: false,
            }),
          ),
        );
        const result = await caller.auth.signup(signupFixture());
        expect(Object.keys(result).sort()).toEqual(['email', 'message']);
        expect(result.message).toMatch(/check your email/i);
      });

      it('honours a configured token lifetime', async () => {
        const caller = createCaller(
          createContext(
            createApiDeps({
              db: api.database.db,
              jwt: createJwtService({ secret: TEST_JWT_SECRET }),
              devMode: true,
              verificationTokenTtlSeconds: 600,
              now: api.clock.now,
            }),
          ),
        );
        const { token } = await caller.auth.signup(signupFixture());
        const row = await api.database.db
          .selectFrom('verification_tokens')
          .select('expires_at')
          .where('token_hash', '=', hashToken(token ?? ''))
          .executeTakeFirstOrThrow();
        expect(row.expires_at.getTime() - api.clock.now().getTime()).toBe(600_000);
      });

      it.each([
        ['email', { email: 'not-an-email' }],
        ['email', { email: '' }],
        ['name', { name: '   ' }],
        ['business_name', { business_name: 'x'.repeat(201) }],
        ['intent', { intent: 'conquer' }],
        ['use_case', { use_case: 'x'.repeat(1001) }],
      ])(
        'rejects a bad %s with BAD_REQUEST naming the field, writing nothing',
        async (field, bad) => {
          const before = await api.database.db
            .selectFrom('verification_tokens')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
          const error = await trpcErrorOf(
            api.caller().auth.signup({ ...signupFixture(), ...bad } as never),
          );
          expect(error.code).toBe('BAD_REQUEST');
          expect(error.cause).toBeInstanceOf(ZodError);
          const fields = (error.cause as ZodError).issues.map((issue) => issue.path.join('.'));
          expect(fields).toEqual([field]);
          const after = await api.database.db
            .selectFrom('verification_tokens')
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow();
          expect(Number(after.count)).toBe(Number(before.count));
        },
      );

      it('answers a sign-up for an existing account exactly like a new one', async () => {
        const account = await api.createAccount();
        const again = await api.caller().auth.signup(signupFixture({ email: account.user.email }));
        const fresh = await api.caller().auth.signup(signupFixture());
        expect(Object.keys(again).sort()).toEqual(Object.keys(fresh).sort());
        expect(again.message.replace(again.token ?? '', '')).toBe(
          fresh.message.replace(fresh.token ?? '', ''),
        );
      });
    });

    describe('verify', () => {
      it('provisions tenant, owner, workspace and sample plan and returns a session', async () => {
        const { token } = await api
          .caller()
          .auth.signup(signupFixture({ business_name: 'Café Ünïcode & Co.', name: 'Zoë' }));
        const result = await api.caller().auth.verify({ token: token ?? '' });

        expect(result.tenant_id).toMatch(/^cafe-uenicode-and-co-[0-9a-f]{6}$/);
        expect(result.user.id).toMatch(/^user-[0-9a-f]{16}$/);
        expect(result.workspace_id).toMatch(/^proj-[0-9a-f]{16}$/);
        expect(result.user).toMatchObject({ name: 'Zoë', tenant_id: result.tenant_id });
        expect(result.token).toBe(result.jwt);

        const claims = decodeJwt(result.jwt);
        expect(claims).toMatchObject({
          sub: result.user.id,
          tenant_id: result.tenant_id,
          email: result.user.email,
          iss: 'dyocense-accounts',
          aud: 'dyocense',
        });
        expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
        expect(claims.jti).toEqual(expect.any(String));

        const plans = await api.caller(result.jwt).tenants.plans({ tenant_id: result.tenant_id });
        expect(plans.count).toBe(1);
        const [plan] = plans.items;
        expect(plan?.id).toMatch(/^plan-[0-9a-f]{16}$/);
        expect(plan?.title).toBe('Sample Launch Plan');
        expect(plan?.summary).toBe('Dyocense generated getting-started plan.');
        expect(plan?.tasks.length).toBeGreaterThanOrEqual(3);
        expect(plan?.tasks.length).toBeLessThanOrEqual(6);
        expect(plan?.tasks.map((task) => task.position)).toEqual(
          plan?.tasks.map((_, index) => index),
        );
      });

      it.each([
        ['grow', 'Sample Growth Plan'],
        ['other', 'Sample Getting Started Plan'],
        [undefined, 'Sample Getting Started Plan'],
      ] as const)('titles the sample plan for intent %s', async (intent, title) => {
        const account = await api.createAccount({ intent });
        const plans = await api.caller(account.jwt).tenants.plans({ tenant_id: 'me' });
        expect(plans.items[0]?.title).toBe(title);
      });

      it('gives a business name without letters a readable tenant id', async () => {
        const account = await api.createAccount({ business_name: '東京 !!!' });
        expect(account.tenant_id).toMatch(/^tenant-[0-9a-f]{6}$/);
      });

      it('refuses an unknown token with NOT_FOUND', async () => {
        const error = await trpcErrorOf(api.caller().auth.verify({ token: 'no-such-token' }));
        expect(error.code).toBe('NOT_FOUND');
        expect(error.message).toBe('This link is not valid');
      });

      it('refuses a used token with CONFLICT', async () => {
        const { token } = await api.caller().auth.signup(signupFixture());
        await api.caller().auth.verify({ token: token ?? '' });
        const error = await trpcErrorOf(api.caller().auth.verify({ token: token ?? '' }));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toBe('This link was already used');
      });

      it('refuses an expired token with PRECONDITION_FAILED and creates nothing', async () => {
        const { token } = await api.caller().auth.signup(signupFixture());
        const before = await countRows(api.database.db);
        api.clock.advance(86_400_000);
        const error = await trpcErrorOf(api.caller().auth.verify({ token: token ?? '' }));
        expect(error.code).toBe('PRECONDITION_FAILED');
        expect(error.message).toBe('This link expired; request a new one');
        expect(await countRows(api.database.db)).toEqual(before);
      });

      it('lets exactly one of 50 concurrent verifications of one token succeed', async () => {
        const { token } = await api.caller().auth.signup(signupFixture({ business_name: 'Race' }));
        const results = await Promise.allSettled(
          Array.from({ length: 50 }, () => api.caller().auth.verify({ token: token ?? '' })),
        );
        const succeeded = results.filter((result) => result.status === 'fulfilled');
        const failed = results.flatMap((result) =>
          result.status === 'rejected' ? [result.reason as TRPCError] : [],
        );
        expect(succeeded).toHaveLength(1);
        expect(failed).toHaveLength(49);
        expect(new Set(failed.map((error) => error.code))).toEqual(new Set(['CONFLICT']));
        const tenants = await api.database.db
          .selectFrom('tenants')
          .select('id')
          .where('name', '=', 'Race')
          .execute();
        expect(tenants).toHaveLength(1);
      });

      it('retires an older sign-up link when a newer one is sent', async () => {
        const input = signupFixture();
        const first = await api.caller().auth.signup(input);
        const second = await api.caller().auth.signup(input);

        const error = await trpcErrorOf(api.caller().auth.verify({ token: first.token ?? '' }));
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toBe(
          'A newer link was sent to this address; use the one in your most recent email',
        );
        const session = await api.caller().auth.verify({ token: second.token ?? '' });
        expect(session.user.email).toBe(input.email);
      });

      it('signs a sign-up for an existing account in to it and creates nothing', async () => {
        const account = await api.createAccount();
        const again = await api
          .caller()
          .auth.signup(signupFixture({ email: account.user.email, business_name: 'Second Shop' }));
        const before = await countRows(api.database.db);
        const session = await api.caller().auth.verify({ token: again.token ?? '' });

        expect(session.user).toEqual(account.user);
        expect(session.workspace_id).toBe(account.workspace_id);
        expect(decodeJwt(session.jwt).sub).toBe(account.user.id);
        expect(await countRows(api.database.db)).toEqual(before);
      });

      it('creates one account when two valid tokens for one email are verified at once', async () => {
        const email = signupFixture().email;
        const tokens = ['race-token-one', 'race-token-two'];
        for (const token of tokens) {
          await insertVerificationToken(api.database.db, {
            token_hash: hashToken(token),
            email,
            full_name: 'Racer',
            business_name: 'Race Shop',
            intent: 'launch',
            use_case: null,
            metadata: '{}',
            expires_at: new Date(api.clock.now().getTime() + 60_000),
            created_at: api.clock.now(),
            used_at: null,
          });
        }
        const sessions = await Promise.all(
          tokens.map((token) => api.caller().auth.verify({ token })),
        );
        expect(sessions[0]?.user).toEqual(sessions[1]?.user);
        const users = await api.database.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .execute();
        expect(users).toHaveLength(1);
      });

      it.each(['users', 'plan_tasks'])(
        'leaves nothing behind and keeps the token usable when the insert into %s fails',
        async (table) => {
          const { token } = await api.caller().auth.signup(signupFixture());
          const before = await countRows(api.database.db);
          const failing = api.database.db.withPlugin(failOnInsertInto(table));

          const error = await trpcErrorOf(
            api.caller(undefined, failing).auth.verify({ token: token ?? '' }),
          );
          expect(error.code).toBe('INTERNAL_SERVER_ERROR');
          expect(await countRows(api.database.db)).toEqual(before);

          const session = await api.caller().auth.verify({ token: token ?? '' });
          expect(session.user.email).toMatch(/@example\.com$/);
          expect((await countRows(api.database.db)).tenants).toBe((before.tenants ?? 0) + 1);
        },
      );
    });

    describe('me', () => {
      it('returns the user and tenant of the session', async () => {
        const account = await api.createAccount({ business_name: 'Me Shop' });
        const me = await api.caller(account.jwt).auth.me();
        expect(me.user).toEqual(account.user);
        expect(me.tenant).toMatchObject({ id: account.tenant_id, name: 'Me Shop' });
      });

      it('refuses a call without a session', async () => {
        const error = await trpcErrorOf(api.caller().auth.me());
        expect(error.code).toBe('UNAUTHORIZED');
        expect(error.message).toMatch(/Authorization: Bearer/);
      });

      it('refuses the session of a user who no longer exists', async () => {
        const account = await api.createAccount();
        await api.database.db.deleteFrom('tenants').where('id', '=', account.tenant_id).execute();
        const error = await trpcErrorOf(api.caller(account.jwt).auth.me());
        expect(error.code).toBe('UNAUTHORIZED');
      });
    });
  });
}
