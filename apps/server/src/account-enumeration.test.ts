import { startSmtpServer, type TestSmtpServer } from '@dyocense/api/testing';
import { describeFor, DIALECTS, findEmailsTo } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  insertVerificationToken,
  postJson,
  startServerWithDatabase,
  smtpEnv,
} from './testing/test-server';

const SAMPLES = 200;
/** Its first five characters name the test account's address: known@example.com. */
const KNOWN_TOKEN = 'known-token-known-token-known-token-known-t';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`known and unknown addresses look alike (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let smtp: TestSmtpServer;
    const known = 'known@example.com';

    beforeAll(async () => {
      smtp = await startSmtpServer();
      env = await startServerWithDatabase(dialect, {
        NODE_ENV: 'production',
        ...smtpEnv(smtp),
        // 400 requests from one address: the limits are tested on their own.
        RATE_LIMITS_ENABLED: 'false',
      });
      // A real account for the known address, verified through the API.
      await insertVerificationToken(env.database.db, KNOWN_TOKEN, new Date(Date.now() + 60_000));
      const verified = await postJson(`${env.server.url}/v1/auth/verify`, { token: KNOWN_TOKEN });
      expect(verified.body.user).toMatchObject({ email: known });
    });
    afterAll(async () => {
      await env.destroy();
      await smtp.stop();
    });

    it.each(['signin', 'signup'])(
      'answers %s for a known and an unknown address with the same status, body and time',
      async (route) => {
        const times = { known: [] as number[], unknown: [] as number[] };
        const bodies = new Set<string>();
        const statuses = new Set<number>();
        for (let index = 0; index < SAMPLES; index++) {
          // Interleaved, so load on the machine falls on both alike.
          for (const [kind, email] of [
            ['known', known],
            ['unknown', `unknown-${route}-${index}@example.com`],
          ] as const) {
            const started = performance.now();
            const response = await postJson(`${env.server.url}/v1/auth/${route}`, {
              email,
              name: 'Kim',
              business_name: 'Known Shop',
            });
            times[kind].push(performance.now() - started);
            statuses.add(response.status);
            bodies.add(JSON.stringify({ ...response.body, email: '' }));
          }
        }
        expect([...statuses]).toEqual([200]);
        expect(bodies.size).toBe(1);
        // Different work was done (a sign-in link, or a sign-up link / no-account note)...
        const toKnown = await findEmailsTo(env.database.db, known);
        expect(toKnown.at(-1)?.template).toBe('signin');
        // ...in about the same time, since sending happens later, in the outbox.
        const [knownMedian, unknownMedian] = [median(times.known), median(times.unknown)];
        const margin = 0.25 * Math.max(knownMedian, unknownMedian) + 0.5;
        expect(Math.abs(knownMedian - unknownMedian)).toBeLessThan(margin);
      },
    );
  });
}
