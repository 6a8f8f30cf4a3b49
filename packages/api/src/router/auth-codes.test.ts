import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterEach, expect, it } from 'vitest';
import { emailCodeHash } from '../email-code';
import { createSmtpMailer, type Mailer } from '../email/mailer';
import { createOutboxWorker } from '../email/outbox-worker';
import { renderEmail, type EmailTemplate, type TemplateParams } from '../email/templates';
import { createRateLimits, DEFAULT_RATE_LIMIT_RULES } from '../rate-limits';
import { eventNamesOf, hashTestEmail } from '../testing/auth-events';
import { startSmtpServer, type TestSmtpServer } from '../testing/smtp-server';
import {
  countRows,
  signupFixture,
  trpcErrorOf,
  useTestApi,
  type TestApi,
} from '../testing/test-api';
import { hashToken } from '../tokens';

const NONCE = 'browser-nonce-for-codes-0123456789';
const OTHER_NONCE = 'another-browser-nonce-0123456789';
const CODE_TTL_MS = 600_000;
const WRONG_CODES = ['11111111', '22222222', '33333333', '44444444', '55555555', '66666666'];

/** Status, reason and message of a refusal: all a caller can tell one answer from another by. */
function answerOf(error: TRPCError) {
  const reason = (error.cause as { reason?: string } | undefined)?.reason;
  return { status: getHTTPStatusCodeFromError(error), reason, message: error.message };
}

/** A code that is not `code` (its successor). */
function otherThan(code: string): string {
  return String((Number(code) + 1) % 100_000_000).padStart(8, '0');
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`codes in sign-up and sign-in emails (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    let smtp: TestSmtpServer | undefined;
    let mailer: Mailer | undefined;
    afterEach(async () => {
      mailer?.close();
      await smtp?.stop();
      smtp = mailer = undefined;
    });

    /** The newest message queued to `email` (ids are time-ordered; the clock may stand still). */
    async function newestEmailTo(email: string) {
      return api.database.db
        .selectFrom('email_outbox')
        .selectAll()
        .where('recipient', '=', email)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
    }

    /** The code of the newest email to `email`, read from the outbox as the worker would send it. */
    async function codeSentTo(email: string): Promise<string> {
      const { code } = await newestEmailTo(email);
      if (!code) throw new Error(`no code in the newest email to ${email}`);
      return code;
    }

    const submit = (email: string, code: string, nonce = NONCE) =>
      api.caller().auth.verifyCode({ email, code, nonce });
    const refusalOf = async (email: string, code: string, nonce = NONCE) =>
      answerOf(await trpcErrorOf(submit(email, code, nonce)));

    it('signs up with the code, provisioning the account; the link then answers TOKEN_USED', async () => {
      const input = signupFixture({ business_name: 'Code Bakery', nonce: NONCE });
      const { token = '' } = await api.caller().auth.signup(input);
      const code = await codeSentTo(input.email);
      expect(code).toMatch(/^[0-9]{8}$/);
      const before = await countRows(api.database.db);

      const session = await submit(input.email, `${code.slice(0, 4)} ${code.slice(4)}`);
      expect(session.user.email).toBe(input.email);
      expect(session.tenant_id).toMatch(/^code-bakery-[0-9a-f]{6}$/);
      expect(session.workspace_id).not.toBe('');
      const plans = await api.caller(session.jwt).tenants.plans({ tenant_id: 'me' });
      expect(plans.items).toHaveLength(1);
      expect(await countRows(api.database.db, ['tenants', 'users'])).toEqual({
        tenants: (before.tenants ?? 0) + 1,
        users: (before.users ?? 0) + 1,
      });

      const link = await trpcErrorOf(api.caller().auth.verify({ token, nonce: NONCE }));
      expect(link.cause).toMatchObject({ reason: 'TOKEN_USED' });
      expect(await eventNamesOf(api.database.db, { email: input.email })).toContain(
        'verify_succeeded:signup_code',
      );
      // A sign-up verified by code counts in the funnel as verified.
      const journey = await api.database.db
        .selectFrom('signup_journeys')
        .select('verified_at')
        .where('email_hash', '=', hashTestEmail(input.email))
        .executeTakeFirstOrThrow();
      expect(journey.verified_at).toBeInstanceOf(Date);
    });

    it('signs in with the code of a sign-in email; a used link makes the code CODE_USED', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const session = await submit(email, await codeSentTo(email));
      expect(session.user).toEqual(account.user);
      expect(session.tenant_id).toBe(account.tenant_id);
      expect(session.workspace_id).toBe(account.workspace_id);
      expect(await eventNamesOf(api.database.db, { email })).toContain(
        'verify_succeeded:signin_code',
      );

      const { token = '' } = await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);
      await api.caller().auth.verify({ token, nonce: NONCE });
      expect(await refusalOf(email, code)).toMatchObject({ status: 409, reason: 'CODE_USED' });
    });

    it('lets exactly one of 20 concurrent submissions of the right code sign in', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);
      const sessionsBefore = await countRows(api.database.db, ['sessions']);

      const outcomes = await Promise.allSettled(
        Array.from({ length: 20 }, () => submit(email, code)),
      );
      const signedIn = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      const refused = outcomes.flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason as TRPCError] : [],
      );
      expect(signedIn).toHaveLength(1);
      expect(refused.map((error) => answerOf(error).reason)).toEqual(Array(19).fill('CODE_USED'));
      expect(await countRows(api.database.db, ['sessions'])).toEqual({
        sessions: (sessionsBefore.sessions ?? 0) + 1,
      });
    });

    it('kills the code after 5 wrong tries, even for the right one; the link still works', async () => {
      const input = signupFixture({ nonce: NONCE });
      const { token = '' } = await api.caller().auth.signup(input);
      const code = await codeSentTo(input.email);
      const wrong = otherThan(code);

      const answers = [];
      for (let attempt = 0; attempt < 5; attempt++)
        answers.push(await refusalOf(input.email, wrong));
      expect(answers.map((answer) => answer.message)).toEqual([
        'That code is not right. You have 4 tries left.',
        'That code is not right. You have 3 tries left.',
        'That code is not right. You have 2 tries left.',
        'That code is not right. You have 1 try left.',
        'That code is not right, and that was the last try. Send a new code.',
      ]);
      expect(answers.every((answer) => answer.reason === 'CODE_INVALID')).toBe(true);
      expect(answers[0]?.status).toBe(404);

      expect(await refusalOf(input.email, code)).toMatchObject({
        status: 412,
        reason: 'CODE_TRIES_EXHAUSTED',
        message: 'Too many wrong codes. Send a new code, or use the link in the email.',
      });
      const session = await api.caller().auth.verify({ token, nonce: NONCE });
      expect(session.user.email).toBe(input.email);
      expect(await eventNamesOf(api.database.db, { email: input.email })).toEqual(
        expect.arrayContaining(['verify_failed:code_invalid', 'verify_failed:code_exhausted']),
      );
    });

    it('expires the code after 10 minutes, and retires it when a newer email is sent', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const expiring = await codeSentTo(email);
      api.clock.advance(CODE_TTL_MS);
      expect(await refusalOf(email, expiring)).toMatchObject({
        status: 412,
        reason: 'CODE_EXPIRED',
      });

      const { token = '' } = await api.caller().auth.resend({ email, nonce: NONCE });
      const first = await codeSentTo(email);
      api.clock.advance(1_000);
      await api.caller().auth.resend({ email, nonce: NONCE });
      const second = await codeSentTo(email);
      expect(await refusalOf(email, first)).toMatchObject({
        status: 409,
        reason: 'CODE_SUPERSEDED',
        message: 'A newer email was sent to this address. Enter the code from that one.',
      });
      const link = await trpcErrorOf(api.caller().auth.verify({ token, nonce: NONCE }));
      expect(link.cause).toMatchObject({ reason: 'TOKEN_SUPERSEDED' });
      expect((await submit(email, second)).user).toEqual(account.user);
    });

    it('refuses the code in another browser, leaving the asking browser’s tries untouched', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);

      for (const tried of [code, otherThan(code)]) {
        expect(await refusalOf(email, tried, OTHER_NONCE)).toMatchObject({
          status: 404,
          reason: 'CODE_INVALID',
          message:
            'That code is not right. Enter the code from the newest email, in the browser where you asked for it.',
        });
      }
      const row = await api.database.db
        .selectFrom('verification_tokens')
        .select('code_attempts')
        .where('email', '=', email)
        .where('nonce_hash', '=', hashToken(NONCE))
        .executeTakeFirstOrThrow();
      expect(row.code_attempts).toBe(0);
      expect(await refusalOf(email, otherThan(code))).toMatchObject({
        message: 'That code is not right. You have 4 tries left.',
      });
      expect((await submit(email, code)).user).toEqual(account.user);
    });

    it('answers wrong codes, exhaustion and expiry alike for any address', async () => {
      const account = await api.createAccount();
      const signup = signupFixture({ nonce: NONCE });
      const stranger = `nobody-${Date.now()}@example.com`;
      const ask = {
        [account.user.email]: () =>
          api.caller().auth.signin({ email: account.user.email, nonce: NONCE }),
        [stranger]: () => api.caller().auth.signin({ email: stranger, nonce: NONCE }),
        [signup.email]: () => api.caller().auth.signup(signup),
      };

      const sequences: unknown[] = [];
      for (const [email, request] of Object.entries(ask)) {
        api.clock.reset();
        await request();
        const answers = [];
        for (const code of WRONG_CODES) answers.push(await refusalOf(email, code));
        await api.caller().auth.resend({ email, nonce: NONCE });
        answers.push(await refusalOf(email, WRONG_CODES[0] ?? ''));
        api.clock.advance(CODE_TTL_MS);
        answers.push(await refusalOf(email, WRONG_CODES[1] ?? ''));
        sequences.push(answers);
      }
      expect(sequences[0]).toEqual(sequences[1]);
      expect(sequences[0]).toEqual(sequences[2]);
      expect((sequences[0] as { reason: string }[]).map((answer) => answer.reason)).toEqual([
        ...Array(5).fill('CODE_INVALID'),
        'CODE_TRIES_EXHAUSTED',
        'CODE_INVALID',
        'CODE_EXPIRED',
      ]);

      // The stranger's decoy: a sign-in token with a code, neither ever sent nor answered.
      const decoys = await api.database.db
        .selectFrom('verification_tokens')
        .selectAll()
        .where('email', '=', stranger)
        .execute();
      expect(decoys).toHaveLength(2);
      expect(decoys.every((row) => row.purpose === 'signin' && row.code_hash !== null)).toBe(true);
      const notices = await api.database.db
        .selectFrom('email_outbox')
        .selectAll()
        .where('recipient', '=', stranger)
        .execute();
      expect(notices.map((notice) => [notice.template, notice.link, notice.code])).toEqual([
        ['no_account', null, null],
        ['no_account', null, null],
      ]);
      const asked = await api.caller().auth.signin({ email: stranger, nonce: NONCE });
      expect(asked.token).toBeUndefined();
    });

    it('stores the code only as a hash bound to the nonce; the email carries it, and then forgets it', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);

      const rows = await api.database.db
        .selectFrom('verification_tokens')
        .selectAll()
        .where('email', '=', email)
        .execute();
      const values = rows.flatMap((row) => Object.values(row).map(String));
      expect(values.filter((value) => value.includes(code) || /^[0-9]{8}$/.test(value))).toEqual(
        [],
      );
      const withCode = rows.find((row) => row.code_hash !== null);
      expect(withCode?.code_hash).toBe(emailCodeHash(NONCE, code));
      expect(withCode?.code_hash).not.toBe(hashToken(code));
      expect(withCode?.code_attempts).toBe(0);

      smtp = await startSmtpServer();
      mailer = createSmtpMailer({
        host: '127.0.0.1',
        port: smtp.port,
        from: 'hello@dyocense.test',
      });
      const worker = createOutboxWorker({ db: api.database.db, mailer, now: api.clock.now });
      // Other tests' messages are due too: run until this one is sent.
      for (let batch = 0; batch < 100 && (await newestEmailTo(email)).status !== 'sent'; batch++)
        await worker.runOnce();
      const mail = smtp.received.find(
        (received) =>
          JSON.stringify(received.to).includes(email) &&
          received.subject === 'Your Dyocense sign-in link',
      );
      const shown = `${code.slice(0, 4)} ${code.slice(4)}`;
      expect(mail?.text).toContain(
        `Or enter this code on the screen where you asked: ${shown}. It works for 10 minutes, in that browser only.`,
      );
      expect(mail?.html).toContain(shown);
      expect(mail?.subject).not.toContain(code.slice(0, 4));
      const sent = await newestEmailTo(email);
      expect(sent).toMatchObject({ status: 'sent', link: null, code: null });

      const typed = /enter this code on the screen where you asked: ([0-9]{4} [0-9]{4})/.exec(
        mail?.text ?? '',
      )?.[1];
      expect((await submit(email, typed ?? '')).user).toEqual(account.user);
    });

    it('puts no code in the email of a request without a nonce', async () => {
      const input = signupFixture();
      await api.caller().auth.signup(input);
      const email = await newestEmailTo(input.email);
      expect(email.code).toBeNull();
      expect(email.params).not.toHaveProperty('code_ttl_seconds');
      const rendered = renderEmail(
        email.template as EmailTemplate,
        email.params as TemplateParams,
        email.link,
        email.code,
      );
      expect(rendered.text).not.toContain('enter this code');
      expect(rendered.text).not.toMatch(/[0-9]{4} [0-9]{4}/);
      const token = await api.database.db
        .selectFrom('verification_tokens')
        .select(['code_hash', 'code_expires_at'])
        .where('email', '=', input.email)
        .executeTakeFirstOrThrow();
      expect(token).toEqual({ code_hash: null, code_expires_at: null });

      // Nor a decoy for an address without an account.
      const stranger = `nobody-nonce-less-${Date.now()}@example.com`;
      await api.caller().auth.signin({ email: stranger });
      expect(
        await api.database.db
          .selectFrom('verification_tokens')
          .select('token_hash')
          .where('email', '=', stranger)
          .execute(),
      ).toEqual([]);
    });

    it('takes the code with spaces or hyphens; anything else is a 400 naming the 8 digits', async () => {
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);
      for (const typed of ['1234567', '1234 56789', 'abcd efgh', '']) {
        const error = await trpcErrorOf(submit(email, typed));
        expect(error.code).toBe('BAD_REQUEST');
        expect(error.message).toContain('Enter the 8-digit code from the email');
      }
      const withoutNonce = await trpcErrorOf(
        api
          .caller()
          .auth.verifyCode({ email, code } as { email: string; code: string; nonce: string }),
      );
      expect(withoutNonce.code).toBe('BAD_REQUEST');
      const hyphenated = ` ${code.slice(0, 4)}-${code.slice(4)} `;
      expect((await submit(email, hyphenated)).user).toEqual(account.user);
    });

    it('limits refused codes per address, and codes per client IP', async () => {
      const rateLimits = createRateLimits(
        { kind: 'memory' },
        {
          ...DEFAULT_RATE_LIMIT_RULES,
          codeFailuresPerAddress: { points: 2, durationSeconds: 3600 },
          codeAttemptsPerIp: { points: 4, durationSeconds: 600 },
        },
      );
      const caller = (clientIp: string) => api.callerWith({ rateLimits, clientIp });
      const account = await api.createAccount();
      const email = account.user.email;
      await api.caller().auth.signin({ email, nonce: NONCE });
      const code = await codeSentTo(email);
      const tryCode = (clientIp: string, tried: string) =>
        caller(clientIp).auth.verifyCode({ email, code: tried, nonce: NONCE });

      for (const ip of ['198.51.100.1', '198.51.100.2']) {
        expect(answerOf(await trpcErrorOf(tryCode(ip, otherThan(code)))).reason).toBe(
          'CODE_INVALID',
        );
      }
      const limited = await trpcErrorOf(tryCode('198.51.100.3', code));
      expect(answerOf(limited)).toMatchObject({ status: 429, reason: 'RATE_LIMITED' });
      expect(limited.message).toMatch(
        /^Too many wrong codes were entered for this email address; use the link in the email, or wait; try again in /,
      );

      const other = await api.createAccount();
      await api.caller().auth.signin({ email: other.user.email, nonce: NONCE });
      const perIp = (tried: string) =>
        caller('203.0.113.9').auth.verifyCode({
          email: other.user.email,
          code: tried,
          nonce: NONCE,
        });
      for (let call = 0; call < 4; call++) {
        await trpcErrorOf(perIp(WRONG_CODES[call] ?? ''));
      }
      const ipLimited = await trpcErrorOf(perIp(await codeSentTo(other.user.email)));
      expect(answerOf(ipLimited)).toMatchObject({ status: 429, reason: 'RATE_LIMITED' });
      expect(ipLimited.message).toMatch(/^Too many codes were entered from this network/);
    });
  });
}
