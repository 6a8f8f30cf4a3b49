import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { createTestDatabase, describeFor, type TestDatabase } from '@dyocense/db/testing';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { freePort } from './testing/oauth-test-providers';
import { spawnServer, type SpawnedServer } from './testing/spawn-server';
import { haproxyInstalled, startHaproxy, type TestHaproxy } from './testing/test-haproxy';
import { countResults, runLoad, signupBody, type LoadOutcome } from './testing/test-load';
import { TEST_JWT_PRIVATE_KEY } from './testing/test-keys';
import { smtpEnv } from './testing/test-server';

const WORKERS = 8;
const haproxy = haproxyInstalled();

if (!haproxy) {
  const reason = 'haproxy is not installed (apt-get install -y haproxy; .ci/run installs it)';
  if (process.env.CI === 'true')
    throw new Error(`CI=true requires the load-balancer test: ${reason}`);
  console.warn(`Load-balancer test skipped: ${reason}.`);
}

const tokenOf = (text: string | undefined) => /\/verify\?token=([\w-]{43})/.exec(text ?? '')?.[1];

(haproxy ? describeFor('postgres') : describe.skip)(
  'two instances behind HAProxy (postgres)',
  () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let balancer: TestHaproxy;
    const ports: Record<string, number> = {};
    const instances: Record<string, SpawnedServer> = {};
    const dataDir = mkdtempSync(join(tmpdir(), 'dyocense-lb-'));
    let env: Record<string, string>;

    async function startInstance(name: string): Promise<void> {
      instances[name] = spawnServer({ ...env, PORT: String(ports[name]) });
      await instances[name].listening();
      await vi.waitUntil(async () => (await balancer.stats())[name]?.status === 'UP', {
        timeout: 15_000,
      });
    }

    // One request in ten is a sign-up (a transaction, an email); the rest are cheap reads.
    const isSignup = (n: number) => n % 10 === 0;
    const traffic = (tag: string) => (n: number) =>
      isSignup(n)
        ? fetch(`${balancer.url}/v1/auth/signup`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: signupBody(n, tag),
          })
        : fetch(`${balancer.url}/.well-known/jwks.json`);

    beforeAll(async () => {
      [database, smtp] = await Promise.all([createTestDatabase('postgres'), startSmtpServer()]);
      const [balancerPort, a, b] = await Promise.all([freePort(), freePort(), freePort()]);
      Object.assign(ports, { a, b });
      env = {
        DATABASE_URL: database.url,
        DATA_DIR: dataDir,
        ACCOUNTS_JWT_PRIVATE_KEY: TEST_JWT_PRIVATE_KEY,
        PUBLIC_URL: `http://127.0.0.1:${balancerPort}`,
        ...smtpEnv(smtp),
        LOG_REQUESTS: 'false',
        // One client address sends all the load here.
        RATE_LIMITS_ENABLED: 'false',
        // Three of the balancer's 200 ms checks: it has stopped sending traffic well before.
        SHUTDOWN_DELAY_MS: '600',
        // A killed instance's claimed emails go to the other one this soon.
        EMAIL_LEASE_SECONDS: '2',
        EMAIL_RETRY_BASE_MS: '100',
        EMAIL_POLL_INTERVAL_MS: '100',
      };
      balancer = await startHaproxy(balancerPort, ports);
      await Promise.all([startInstance('a'), startInstance('b')]);
    });

    afterAll(async () => {
      await Promise.all(Object.values(instances).map((instance) => instance.stop('SIGKILL')));
      await balancer?.stop();
      await smtp?.stop();
      await database?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const accepted: string[] = [];
    const acceptedIn = (outcomes: LoadOutcome[], tag: string) =>
      outcomes.flatMap(({ n, result }) =>
        result === 200 && isSignup(n) ? [`${tag}-${n}@example.com`] : [],
      );

    /** Kills instance a once 100 requests were answered, at a moment HAProxy has one on it. */
    async function killMidRequest(answered: () => number): Promise<void> {
      await vi.waitUntil(() => answered() >= 100, { timeout: 20_000, interval: 10 });
      await vi.waitUntil(async () => ((await balancer.stats()).a?.current ?? 0) > 0, {
        timeout: 10_000,
        interval: 5,
      });
      instances.a?.child.kill('SIGKILL');
    }

    it('(a) an instance killed mid-load fails only the requests it was answering', async () => {
      // The next test starts from two instances, whatever this one found.
      onTestFinished(() => startInstance('a'));
      let answered = 0;
      let killed = false;
      const killing = killMidRequest(() => answered).then(() => (killed = true));
      const outcomes = await runLoad({
        workers: WORKERS,
        maxRequests: 600,
        send: traffic('killed'),
        done: (sofar) => {
          answered = sofar.length;
          return killed && sofar.length >= 300;
        },
      }).finally(() => killing);
      const counts = countResults(outcomes);
      const failed = outcomes.length - (counts[200] ?? 0);
      const stats = await balancer.stats();
      const abortedByKilled = stats.a?.failed;
      console.warn(
        `load balancer, SIGKILL: ${JSON.stringify(counts)}; requests the killed instance was answering, as HAProxy counts them: ${abortedByKilled}; balancer: ${JSON.stringify(stats)}`,
      );
      // At most every client had its request on the killed instance; every later one was served.
      expect(failed).toBeLessThanOrEqual(WORKERS);
      expect(abortedByKilled).toBeGreaterThan(0);
      const lastFailure = Math.max(
        ...outcomes.filter(({ result }) => result !== 200).map(({ n }) => n),
      );
      expect(outcomes.filter(({ n }) => n > lastFailure + WORKERS).length).toBeGreaterThan(100);
      accepted.push(...acceptedIn(outcomes, 'killed'));
    });

    it('(b) a rolling restart with SIGTERM fails nothing', async () => {
      let restarted = false;
      const rolling = (async () => {
        for (const name of ['a', 'b']) {
          const stopping = instances[name];
          const code = await stopping?.stop('SIGTERM');
          // A failure says how the instance ended and what it printed last.
          expect({
            code,
            signal: stopping?.child.signalCode ?? null,
            output: code === 0 ? '' : stopping?.output().slice(-3_000),
          }).toEqual({ code: 0, signal: null, output: '' });
          await startInstance(name);
        }
        restarted = true;
      })();
      const outcomes = await runLoad({
        workers: WORKERS,
        maxRequests: 20_000,
        send: traffic('rolling'),
        done: () => restarted,
      });
      await rolling;
      const counts = countResults(outcomes);
      console.warn(`load balancer, rolling restart: ${JSON.stringify(counts)}`);
      expect(counts).toEqual({ 200: outcomes.length });
      accepted.push(...acceptedIn(outcomes, 'rolling'));
    });

    // Beyond the default 30 s: its own wait for the outbox to deliver every email is 30 s, and
    // every sign-up is then verified through the balancer.
    it('loses no sign-up, email or verification', async () => {
      const received = () =>
        new Set(
          smtp.received.flatMap((mail) =>
            mail.to ? [mail.to].flat().flatMap((to) => to.value.map((v) => v.address ?? '')) : [],
          ),
        );
      await vi.waitUntil(async () => accepted.every((address) => received().has(address)), {
        timeout: 30_000,
      });
      const tokens = new Map<string, string>();
      for (const mail of smtp.received) {
        const to = [mail.to].flat()[0]?.value[0]?.address ?? '';
        const token = tokenOf(mail.text);
        if (token && !tokens.has(to)) tokens.set(to, token);
      }
      const queue = [...accepted];
      const outcomes = await runLoad({
        workers: WORKERS,
        maxRequests: queue.length,
        send: (n) =>
          fetch(`${balancer.url}/v1/auth/verify`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ token: tokens.get(queue[n] ?? '') }),
          }),
        done: () => false,
      });
      expect(countResults(outcomes)).toEqual({ 200: accepted.length });
      const users = await database.db
        .selectFrom('users')
        .select(({ fn }) => fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(Number(users.count)).toBe(accepted.length);
    }, 90_000);
  },
);
