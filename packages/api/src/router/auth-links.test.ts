import { findVerificationToken } from '@dyocense/db';
import { describeFor, DIALECTS, failOnInsertInto, findEmailsTo } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import {
  countRows,
  signupFixture,
  trpcErrorOf,
  type TestApi,
  useTestApi,
} from '../testing/test-api';
import { hashToken } from '../tokens';

const NONCE = 'browser-nonce-0123456789abcdef';
const OTHER_NONCE = 'another-browser-nonce-0123456789';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`sign-in links and the email outbox (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    it('queues the verification email with the link in the same transaction as the token', async () => {
      const input = signupFixture({ business_name: 'Outbox Bakery' });
      const { token } = await api.caller().auth.signup(input);
      const [email, ...others] = await findEmailsTo(api.database.db, input.email);
      expect(others).toEqual([]);
      expect(email).toMatchObject({
        template: 'verify_signup',
        status: 'pending',
        link: `http://localhost:8001/verify?token=${token}&next=/home`,
        params: { business_name: 'Outbox Bakery', name: 'Ada Owner', ttl_seconds: 86_400 },
      });
    });

    it('leaves neither token nor email behind when queuing the email fails', async () => {
      const input = signupFixture();
      const failing = api.database.db.withPlugin(failOnInsertInto('email_outbox'));
      await expect(api.caller(undefined, failing).auth.signup(input)).rejects.toThrow(
        'injected failure: insert into email_outbox',
      );
      expect(await findEmailsTo(api.database.db, input.email)).toEqual([]);
      const tokens = await api.database.db
        .selectFrom('verification_tokens')
        .select('token_hash')
        .where('email', '=', input.email)
        .execute();
      expect(tokens).toEqual([]);
    });

    it('wakes the outbox only after the email is committed', async () => {
      const input = signupFixture();
      const seen: number[] = [];
      await api
        .callerWith({
          onEmailQueued: () => {
            void findEmailsTo(api.database.db, input.email).then((emails) =>
              seen.push(emails.length),
            );
          },
        })
        .auth.signup(input);
      await expect.poll(() => seen).toEqual([1]);
    });

    it('answers sign-in for a known and an unknown email identically', async () => {
      const account = await api.createAccount();
      const production = api.callerWith({ devMode: false });
      const known = await production.auth.signin({ email: account.user.email });
      const unknown = await production.auth.signin({ email: 'nobody@example.com' });
      expect(JSON.stringify({ ...known, email: '' })).toBe(
        JSON.stringify({ ...unknown, email: '' }),
      );
      expect(Object.keys(known).sort()).toEqual(['email', 'message']);

      const [notice] = await findEmailsTo(api.database.db, 'nobody@example.com');
      expect(notice).toMatchObject({
        template: 'no_account',
        link: null,
        params: { signup_url: 'http://localhost:8001/signup' },
      });
      const [, signin] = await findEmailsTo(api.database.db, account.user.email);
      expect(signin).toMatchObject({ template: 'signin', params: { ttl_seconds: 900 } });
    });

    it('signs in with a sign-in link, which lasts 15 minutes', async () => {
      const account = await api.createAccount();
      const { token } = await api.caller().auth.signin({ email: account.user.email });
      const before = await countRows(api.database.db);
      const session = await api.caller().auth.verify({ token: token ?? '' });
      expect(session.user).toEqual(account.user);
      expect(await countRows(api.database.db)).toEqual(before);

      const late = await api.caller().auth.signin({ email: account.user.email });
      api.clock.advance(900_000);
      const error = await trpcErrorOf(api.caller().auth.verify({ token: late.token ?? '' }));
      expect(error.cause).toMatchObject({ reason: 'TOKEN_EXPIRED' });
    });

    it('resends a fresh sign-up link with the original details and retires the old one', async () => {
      const input = signupFixture({ business_name: 'Resent Ramen', intent: 'grow' });
      const first = await api.caller().auth.signup(input);
      const resent = await api.caller().auth.resend({ email: input.email });
      expect(resent.token).not.toBe(first.token);

      expect((await trpcErrorOf(api.caller().auth.verify({ token: first.token ?? '' }))).code).toBe(
        'CONFLICT',
      );
      const session = await api.caller().auth.verify({ token: resent.token ?? '' });
      const plans = await api.caller(session.jwt).tenants.plans({ tenant_id: 'me' });
      expect(session.tenant_id).toMatch(/^resent-ramen-[0-9a-f]{6}$/);
      expect(plans.items[0]?.title).toBe('Sample Growth Plan');
    });

    it('resends a sign-in link for an account and a no-account note otherwise', async () => {
      const account = await api.createAccount();
      await api.caller().auth.resend({ email: account.user.email });
      await api.caller().auth.resend({ email: 'stranger@example.com' });
      const toAccount = await findEmailsTo(api.database.db, account.user.email);
      const toStranger = await findEmailsTo(api.database.db, 'stranger@example.com');
      expect(toAccount.map((email) => email.template)).toEqual(['verify_signup', 'signin']);
      expect(toStranger.map((email) => email.template)).toEqual(['no_account']);
    });

    it('inspects a link without consuming it', async () => {
      const input = signupFixture({ email: 'olga@example.com' });
      const { token = '' } = await api.caller().auth.signup(input);
      expect(await api.caller().auth.inspectLink({ token })).toEqual({
        status: 'valid',
        purpose: 'signup',
        email_hint: 'o•••@example.com',
      });
      await api.caller().auth.verify({ token });
      expect(await api.caller().auth.inspectLink({ token })).toEqual({ status: 'used' });
      expect(await api.caller().auth.inspectLink({ token: 'unknown' })).toEqual({
        status: 'unknown',
      });

      const { token: expiring = '' } = await api.caller().auth.signup(signupFixture());
      api.clock.advance(86_400_000);
      expect(await api.caller().auth.inspectLink({ token: expiring })).toEqual({
        status: 'expired',
      });
    });

    it('verifies at once in the browser that asked, and asks any other browser to confirm', async () => {
      const input = signupFixture({ nonce: NONCE });
      const { token = '' } = await api.caller().auth.signup(input);
      const row = await findVerificationToken(api.database.db, hashToken(token));
      expect(row?.nonce_hash).toBe(hashToken(NONCE));

      const elsewhere = await trpcErrorOf(api.caller().auth.verify({ token, nonce: OTHER_NONCE }));
      expect(elsewhere.code).toBe('PRECONDITION_REQUIRED');
      expect(elsewhere.cause).toMatchObject({ reason: 'CONFIRMATION_REQUIRED' });
      expect((await api.caller().auth.inspectLink({ token })).status).toBe('valid');

      const same = await api.caller().auth.verify({ token, nonce: NONCE });
      expect(same.user.email).toBe(input.email);
    });

    it('verifies on confirmation (no nonce) a link another browser asked for', async () => {
      const { token = '' } = await api.caller().auth.signup(signupFixture({ nonce: NONCE }));
      const session = await api.caller().auth.verify({ token });
      expect(session.jwt).toEqual(expect.any(String));
    });

    it.each([
      ['too short', 'short'],
      ['not URL-safe', 'nonce with spaces and more than 16'],
    ])('rejects a nonce that is %s', async (_, nonce) => {
      const error = await trpcErrorOf(api.caller().auth.signup(signupFixture({ nonce })));
      expect(error.code).toBe('BAD_REQUEST');
    });
  });
}
