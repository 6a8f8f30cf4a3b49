import { describeFor, testPostgresUrl } from '@dyocense/db/testing';
import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { postJson, REFUSED, startServerWithDatabase } from './testing/test-server';

// Needs a second session that can hold a lock while the server waits on it: PostgreSQL only.
describeFor('postgres')('graceful shutdown (postgres)', () => {
  it('finishes requests in flight before it stops', async () => {
    const env = await startServerWithDatabase('postgres');
    const schema = new URL(env.database.url).searchParams.get('options')?.split('=')[1];
    const locker = new pg.Client({ connectionString: testPostgresUrl() });
    // The locker's transaction would see one snapshot of the lock table, so another session watches.
    const observer = new pg.Client({ connectionString: testPostgresUrl() });
    await Promise.all([locker.connect(), observer.connect()]);
    try {
      await locker.query('begin');
      await locker.query(`lock table ${schema}.verification_tokens in exclusive mode`);

      const inFlight = Array.from({ length: 5 }, (_, index) =>
        postJson(`${env.server.url}/v1/auth/signup`, {
          email: `shutdown${index}@example.com`,
          name: 'Sam',
          business_name: 'Shutdown Shop',
        }),
      );
      // All five requests are in flight once their inserts wait on the lock. Only waiters on this
      // test's table count: other files' sessions on the same database may wait on locks of their own.
      await vi.waitUntil(
        async () => {
          const { rows } = await observer.query<{ waiting: number }>(
            'select count(*)::int as waiting from pg_locks where not granted and relation = $1::regclass',
            [`${schema}.verification_tokens`],
          );
          return rows[0]?.waiting === 5;
        },
        { timeout: 10_000 },
      );

      const stopped = env.server.stop();
      await locker.query('commit');
      const responses = await Promise.all(inFlight);
      await stopped;

      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
      await expect(fetch(`${env.server.url}/healthz`)).rejects.toMatchObject(REFUSED);
    } finally {
      await Promise.all([locker.end(), observer.end()]);
      await env.database.destroy();
    }
  });
});
