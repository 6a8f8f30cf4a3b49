import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sampleOf, scrapeMetrics } from './metrics-scrape';
import { postJson, startServerWithDatabase } from './testing/test-server';

const CALLS = 50;
const LIMIT = 2;
const METRICS_TOKEN = 'rows-metrics-token-0123456789';
type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

/** The `rate_limited` rows written so far, by the rule that refused. */
async function refusalRows(started: Started): Promise<Record<string, number>> {
  const rows = await started.database.db
    .selectFrom('auth_events')
    .select('detail')
    .where('type', '=', 'rate_limited')
    .execute();
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.detail ?? ''] = (counts[row.detail ?? ''] ?? 0) + 1;
  return counts;
}

/** One tRPC batch of `count` calls of `path`, each with its own input; the status of each. */
async function batch(base: string, path: string, inputs: unknown[]): Promise<number[]> {
  const paths = inputs.map(() => path).join(',');
  const body = Object.fromEntries(inputs.map((input, index) => [index, { json: input }]));
  const response = await fetch(`${base}/trpc/${paths}?batch=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const results = (await response.json()) as {
    error?: { json: { data: { httpStatus: number } } };
  }[];
  return results.map((result) => result.error?.json.data.httpStatus ?? 200);
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`refused calls write one row per key and window (${dialect})`, () => {
    let started: Started;
    beforeAll(async () => {
      started = await startServerWithDatabase(dialect, {
        RATE_LIMIT_LINK_REQUESTS_PER_IP: String(LIMIT),
        RATE_LIMIT_VERIFY_FAILURES_PER_TOKEN: String(LIMIT),
        METRICS_TOKEN,
      });
    });
    afterAll(() => started.destroy());

    it(`${CALLS} sign-ins in one batch, refused past the limit, write one rate_limited row`, async () => {
      const inputs = Array.from({ length: CALLS }, (_, index) => ({
        email: `batch-${index}@example.com`,
      }));
      const statuses = await batch(started.server.url, 'auth.signin', inputs);
      expect(statuses.filter((status) => status === 429)).toHaveLength(CALLS - LIMIT);
      expect(await refusalRows(started)).toEqual({ linkRequestsPerIp: 1 });
      // Metrics still count every refusal, not only the one written.
      const families = await scrapeMetrics(`${started.server.url}/metrics`, METRICS_TOKEN);
      expect(sampleOf(families, 'dyocense_rate_limited_total', { rule: 'linkRequestsPerIp' })).toBe(
        CALLS - LIMIT,
      );
    });

    it(`${CALLS} verifications of one spent token write one rate_limited row`, async () => {
      const token = 'y'.repeat(43);
      const statuses = [];
      for (let index = 0; index < CALLS; index++) {
        const response = await postJson(`${started.server.url}/v1/auth/verify`, { token });
        statuses.push(response.status);
      }
      expect(statuses.slice(0, LIMIT)).toEqual([404, 404]);
      expect(new Set(statuses.slice(LIMIT))).toEqual(new Set([429]));
      expect((await refusalRows(started)).verifyFailuresPerToken).toBe(1);
    });
  });
}
