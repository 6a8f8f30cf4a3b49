import {
  describeFor,
  DIALECTS,
  findEmailsTo,
  listEmailAttempts,
  listFailedEmails,
} from '@dyocense/db/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventNamesOf } from '../testing/auth-events';
import { startSmtpServer, unusedPort, type TestSmtpServer } from '../testing/smtp-server';
import { createTestApi, signupFixture, type TestApi } from '../testing/test-api';
import { createSmtpMailer, type Mailer } from './mailer';
import { createOutboxWorker, retryDelayMs } from './outbox-worker';

const MAX_ATTEMPTS = 3;
const RETRY_MAX_MS = 1_000;

for (const dialect of DIALECTS) {
  describeFor(dialect)(`email outbox worker (${dialect})`, () => {
    let api: TestApi;
    let smtp: TestSmtpServer | undefined;
    let mailer: Mailer | undefined;

    function workerFor(port: number, errors: string[] = []) {
      mailer = createSmtpMailer({
        host: '127.0.0.1',
        port,
        from: 'Dyocense <hello@dyocense.test>',
      });
      return createOutboxWorker({
        db: api.database.db,
        mailer,
        now: api.clock.now,
        maxAttempts: MAX_ATTEMPTS,
        retryBaseMs: 100,
        retryMaxMs: RETRY_MAX_MS,
        leaseMs: 30_000,
        onError: (message) => errors.push(message),
      });
    }

    /** Moves the clock past any retry delay, then runs the worker once. */
    async function retryLater(worker: ReturnType<typeof workerFor>) {
      api.clock.advance(RETRY_MAX_MS);
      return worker.runOnce();
    }

    beforeAll(async () => {
      api = await createTestApi(dialect);
    });
    // The worker's counts are of every due message: each test starts from an empty outbox and
    // the same clock, whatever ran before it.
    beforeEach(async () => {
      api.clock.reset();
      await api.database.db.deleteFrom('email_attempts').execute();
      await api.database.db.deleteFrom('email_outbox').execute();
    });
    afterEach(async () => {
      mailer?.close();
      await smtp?.stop();
      smtp = undefined;
    });
    afterAll(async () => {
      await api.destroy();
    });

    it('delivers the verification email and then forgets its link', async () => {
      smtp = await startSmtpServer();
      const input = signupFixture({ business_name: 'Mail & Co' });
      const { token = '' } = await api.caller().auth.signup(input);
      expect(await workerFor(smtp.port).runOnce()).toBe(1);

      const [mail] = await smtp.waitFor(1);
      expect(mail?.subject).toBe('Finish setting up Mail & Co on Dyocense');
      expect(mail?.to).toMatchObject({ text: input.email });
      const link = `http://localhost:8001/verify?token=${token}&next=/home`;
      expect(mail?.text).toContain(link);
      expect(mail?.html).toContain(`href="${link.replace('&', '&amp;')}"`);
      expect(mail?.text).toMatch(/expires in 24 hours/);
      expect(mail?.text).toMatch(/did not ask for this/);

      const [row] = await findEmailsTo(api.database.db, input.email);
      expect(row).toMatchObject({ status: 'sent', link: null, attempts: 1 });
      expect(row?.sent_at).toBeInstanceOf(Date);
      const rows = await api.database.db.selectFrom('email_outbox').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(token);
      const attempts = await listEmailAttempts(api.database.db, row?.id ?? '');
      expect(attempts.map((attempt) => attempt.result)).toEqual(['sent']);
      expect(await eventNamesOf(api.database.db, { email: input.email })).toEqual([
        'email_queued:verify_signup',
        'email_sent:verify_signup',
        'signup_requested',
      ]);
    });

    it('retries while the SMTP server refuses, then delivers exactly once', async () => {
      smtp = await startSmtpServer({ refuseFirst: 2 });
      const input = signupFixture();
      await api.caller().auth.signup(input);
      const worker = workerFor(smtp.port);

      expect(await worker.runOnce()).toBe(1);
      expect(await worker.runOnce()).toBe(0);
      await retryLater(worker);
      await retryLater(worker);
      expect(await retryLater(worker)).toBe(0);

      expect(
        smtp.received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(input.email)),
      ).toHaveLength(1);
      const [row] = await findEmailsTo(api.database.db, input.email);
      expect(row).toMatchObject({ status: 'sent', attempts: 3 });
      const attempts = await listEmailAttempts(api.database.db, row?.id ?? '');
      expect(attempts.map((attempt) => attempt.result)).toEqual([
        'transient_failure',
        'transient_failure',
        'sent',
      ]);
      expect(attempts[0]?.error).toMatch(/421/);
    });

    it('gives up after the configured attempts when SMTP stays down, visibly', async () => {
      const input = signupFixture();
      const response = await api.caller().auth.signup(input);
      expect(response.email).toBe(input.email);
      const errors: string[] = [];
      const worker = workerFor(await unusedPort(), errors);

      await worker.runOnce();
      await retryLater(worker);
      await retryLater(worker);
      expect(await retryLater(worker)).toBe(0);

      const [row] = await findEmailsTo(api.database.db, input.email);
      expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, link: null });
      expect(row?.last_error).toMatch(/ECONNREFUSED|ECONNECTION|ESOCKET/);
      expect((await listFailedEmails(api.database.db)).map((email) => email.id)).toContain(row?.id);
      expect(errors).toEqual([`email ${row?.id} failed after ${MAX_ATTEMPTS} attempt(s)`]);
      // Retries are attempts, not events: one event when the message is given up.
      expect(await eventNamesOf(api.database.db, { email: input.email })).toEqual([
        'email_failed:verify_signup',
        'email_queued:verify_signup',
        'signup_requested',
      ]);
    });

    it('stops at once when the server refuses the recipient for good', async () => {
      const input = signupFixture();
      smtp = await startSmtpServer({ rejectRecipients: [input.email] });
      await api.caller().auth.signup(input);
      await workerFor(smtp.port).runOnce();

      const [row] = await findEmailsTo(api.database.db, input.email);
      expect(row).toMatchObject({ status: 'failed', attempts: 1, link: null });
      expect(row?.last_error).toMatch(/550/);
      const attempts = await listEmailAttempts(api.database.db, row?.id ?? '');
      expect(attempts.map((attempt) => attempt.result)).toEqual(['permanent_failure']);
    });

    it('settles a whole batch in one run: each sent message once, a refused one on its own', async () => {
      const inputs = Array.from({ length: 5 }, (_, index) =>
        signupFixture({ email: `batch-${index}@example.com` }),
      );
      const refused = inputs[4]?.email ?? '';
      smtp = await startSmtpServer({ rejectRecipients: [refused] });
      for (const input of inputs) await api.caller().auth.signup(input);
      const worker = workerFor(smtp.port);
      expect(await worker.runOnce()).toBe(5);
      expect(await worker.runOnce()).toBe(0);

      for (const { email } of inputs) {
        const [row] = await findEmailsTo(api.database.db, email);
        const attempts = await listEmailAttempts(api.database.db, row?.id ?? '');
        const sent = email !== refused;
        expect({ email, status: row?.status, link: row?.link, claim: row?.claim_id }).toEqual({
          email,
          status: sent ? 'sent' : 'failed',
          link: null,
          claim: null,
        });
        expect(attempts.map((attempt) => attempt.result)).toEqual([
          sent ? 'sent' : 'permanent_failure',
        ]);
        expect(await eventNamesOf(api.database.db, { email })).toContain(
          sent ? 'email_sent:verify_signup' : 'email_failed:verify_signup',
        );
      }
      expect(smtp.received).toHaveLength(4);
    });

    it('takes over a message whose worker died once its lease expires', async () => {
      smtp = await startSmtpServer();
      const input = signupFixture();
      await api.caller().auth.signup(input);
      const dead = createOutboxWorker({
        db: api.database.db,
        now: api.clock.now,
        leaseMs: 30_000,
        mailer: { send: () => new Promise(() => {}), close() {} },
      });
      void dead.runOnce();
      await expect
        .poll(async () => (await findEmailsTo(api.database.db, input.email))[0]?.status)
        .toBe('sending');

      const worker = workerFor(smtp.port);
      expect(await worker.runOnce()).toBe(0);
      api.clock.advance(30_000);
      expect(await worker.runOnce()).toBe(1);
      const [row] = await findEmailsTo(api.database.db, input.email);
      expect(row).toMatchObject({ status: 'sent', attempts: 2 });
    });
  });
}

describe('retryDelayMs', () => {
  it('doubles from the base, with jitter between half and all of it, up to the cap', () => {
    for (let attempt = 1; attempt <= 6; attempt++) {
      const full = Math.min(10_000, 1_000 * 2 ** (attempt - 1));
      const delay = retryDelayMs(attempt, 1_000, 10_000);
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
    }
  });
});
