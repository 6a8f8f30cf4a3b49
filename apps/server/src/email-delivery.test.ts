import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { enqueueEmail, pendingEmail, type DB } from '@dyocense/db';
import { createTestDatabase, describeFor, type DialectName, DIALECTS } from '@dyocense/db/testing';
import type { ParsedMail } from 'mailparser';
import { afterEach, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';
import { postJson, smtpEnv, startServerWithDatabase } from './testing/test-server';

function recipientsOf(mails: ParsedMail[]): string[] {
  return mails.map((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '');
}

async function queueNotices(db: DB, count: number): Promise<string[]> {
  const recipients = Array.from({ length: count }, (_, index) => `queued${index}@example.com`);
  const now = new Date();
  for (const [index, recipient] of recipients.entries()) {
    await enqueueEmail(
      db,
      pendingEmail(
        {
          id: `msg-queued-${index}`,
          template: 'no_account',
          recipient,
          params: JSON.stringify({ signup_url: 'http://localhost:8001/signup' }),
          link: null,
        },
        now,
      ),
    );
  }
  return recipients;
}

/** Servers, SMTP servers and databases a test started, stopped after it whatever happens. */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function processEnv(
  dialect: DialectName,
  smtp: TestSmtpServer,
  extra: Record<string, string>,
) {
  const database = await createTestDatabase(dialect);
  const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-email-'));
  cleanups.push(() => database.destroy());
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  return {
    database,
    env: {
      DATABASE_URL: database.url,
      DATA_DIR: dataDir,
      ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
      LOG_LEVEL: 'info',
      EMAIL_POLL_INTERVAL_MS: '50',
      ...smtpEnv(smtp),
      ...extra,
    },
  };
}

function started(server: SpawnedServer): SpawnedServer {
  cleanups.push(() => server.stop('SIGKILL'));
  return server;
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`email delivery (${dialect})`, () => {
    it('emails a link that signs the person in, and answers sign-in alike for any address', async () => {
      const smtp = await startSmtpServer();
      cleanups.push(() => smtp.stop());
      const env = await startServerWithDatabase(dialect, smtpEnv(smtp));
      cleanups.push(() => env.destroy());
      const base = env.server.url;

      const signup = await postJson(`${base}/v1/auth/signup`, {
        email: 'mailed@example.com',
        name: 'Mai',
        business_name: 'Mailed Goods',
      });
      expect(Object.keys(signup.body).sort()).toEqual(['email', 'message']);
      const [mail] = await smtp.waitFor(1);
      // PUBLIC_URL names the server, so the emailed link leads back to it.
      const link = new RegExp(`${base}/verify\\?token=([\\w-]{43})&next=/home`).exec(
        mail?.text ?? '',
      );
      expect(link).not.toBeNull();
      const verified = await postJson(`${base}/v1/auth/verify`, { token: link?.[1] });
      expect(verified.status).toBe(200);
      expect(verified.body.tenant_id).toMatch(/^mailed-goods-[0-9a-f]{6}$/);

      const known = await postJson(`${base}/v1/auth/signin`, { email: 'mailed@example.com' });
      const unknown = await postJson(`${base}/v1/auth/signin`, { email: 'stranger@example.com' });
      expect(known.status).toBe(unknown.status);
      expect({ ...known.body, email: '' }).toEqual({ ...unknown.body, email: '' });
      const mails = await smtp.waitFor(3);
      expect(
        mails
          .slice(1)
          .map((m) => m.subject)
          .sort(),
      ).toEqual(['Sign-in attempt on Dyocense', 'Your Dyocense sign-in link']);
    });

    it('delivers every message after the server is killed mid-send (never a loss)', async () => {
      let releaseHeld: () => void = () => {};
      const held = new Promise<void>((resolve) => (releaseHeld = resolve));
      let arrivals = 0;
      const smtp = await startSmtpServer({
        beforeAccept: async () => {
          arrivals += 1;
          if (arrivals <= 3) await held;
        },
      });
      cleanups.push(() => smtp.stop());
      cleanups.push(async () => releaseHeld());
      const { database, env } = await processEnv(dialect, smtp, { EMAIL_LEASE_SECONDS: '1' });
      const recipients = await queueNotices(database.db, 20);

      const first = started(spawnServer(env));
      await first.listening();
      await expect.poll(() => arrivals, { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      await first.stop('SIGKILL');
      releaseHeld();

      const second = started(spawnServer(env));
      await second.listening();
      await expect
        .poll(() => new Set(recipientsOf(smtp.received)).size, { timeout: 20_000 })
        .toBe(recipients.length);
      expect(new Set(recipientsOf(smtp.received))).toEqual(new Set(recipients));
      expect(await second.stop()).toBe(0);
    });
  });
}

describeFor('postgres')('email delivery across instances (postgres)', () => {
  it('delivers 200 queued messages exactly once with two servers on one database', async () => {
    const smtp = await startSmtpServer();
    cleanups.push(() => smtp.stop());
    const { database, env } = await processEnv('postgres', smtp, {});
    const recipients = await queueNotices(database.db, 200);

    const servers = [started(spawnServer(env)), started(spawnServer(env))];
    await Promise.all(servers.map((server) => server.listening()));
    await smtp.waitFor(200);
    // A graceful stop waits for sends in progress, so nothing can arrive after this.
    expect(await Promise.all(servers.map((server) => server.stop()))).toEqual([0, 0]);

    expect(smtp.received).toHaveLength(200);
    expect(recipientsOf(smtp.received).sort()).toEqual(recipients.sort());
    const statuses = await database.db
      .selectFrom('email_outbox')
      .select(({ fn }) => ['status', fn.countAll<number>().as('count')])
      .groupBy('status')
      .execute();
    expect(statuses.map(({ status, count }) => [status, Number(count)])).toEqual([['sent', 200]]);
  });
});
