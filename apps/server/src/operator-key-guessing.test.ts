import { unusedPort } from '@dyocense/api/testing';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

const ADMIN_API_KEY = 'admin-key-for-guessing-tests-0123';
const METRICS_TOKEN = 'metrics-token-for-guessing-0123';
const LIMIT = 3;
const FUNNEL = '/v1/analytics/funnel?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z';
type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

async function statusOf(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers });
  await response.body?.cancel();
  return response.status;
}

async function expectTooManyRequests(url: string, headers: Record<string, string>, names: string) {
  const response = await getJson(url, headers);
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(response.body.data).toMatchObject({ retryAfterSeconds: retryAfter });
  expect(response.body.message).toMatch(new RegExp(`${names}; try again in \\d+ minutes`));
}

async function inspectStatuses(base: string, count: number): Promise<number[]> {
  const statuses = [];
  for (let index = 0; index < count; index++) {
    const token = `guess${index}`.padEnd(43, 'z');
    statuses.push((await postJson(`${base}/v1/auth/links/inspect`, { token })).status);
  }
  return statuses;
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`guessing operator keys, metrics tokens and links (${dialect})`, () => {
    let started: Started;
    let base: string;
    let metricsPort: string;
    beforeAll(async () => {
      metricsPort = String(await unusedPort());
      started = await startServerWithDatabase(dialect, {
        ADMIN_API_KEY,
        METRICS_TOKEN,
        METRICS_PORT: metricsPort,
        RATE_LIMIT_ADMIN_KEY_FAILURES_PER_IP: String(LIMIT),
        RATE_LIMIT_METRICS_FAILURES_PER_IP: String(LIMIT),
        RATE_LIMIT_INSPECT_LINK_PER_IP: String(LIMIT),
      });
      base = started.server.url;
    });
    afterAll(() => started.destroy());

    it('counts only wrong operator keys, refuses the next with 429, then even the right key', async () => {
      for (let index = 0; index < LIMIT + 2; index++) {
        expect(await statusOf(`${base}${FUNNEL}`, bearer(ADMIN_API_KEY))).toBe(200);
      }
      for (let index = 0; index < LIMIT; index++) {
        expect(await statusOf(`${base}${FUNNEL}`, bearer(`wrong-${index}`))).toBe(401);
      }
      await expectTooManyRequests(`${base}${FUNNEL}`, bearer('wrong-again'), 'check ADMIN_API_KEY');
      await expectTooManyRequests(`${base}${FUNNEL}`, bearer(ADMIN_API_KEY), 'check ADMIN_API_KEY');
      const trpc = await fetch(`${base}/trpc/analytics.funnel`, { headers: bearer('wrong-trpc') });
      expect(trpc.status).toBe(429);
      expect(trpc.headers.get('retry-after')).toMatch(/^\d+$/);
    });

    it('counts wrong metrics tokens on both ports together, then 429 on either', async () => {
      const own = `http://127.0.0.1:${metricsPort}/metrics`;
      for (let index = 0; index < LIMIT + 2; index++) {
        expect(await statusOf(`${base}/metrics`, bearer(METRICS_TOKEN))).toBe(200);
      }
      expect(await statusOf(`${base}/metrics`, bearer('wrong-1'))).toBe(401);
      expect(await statusOf(`${base}/metrics`)).toBe(401);
      expect(await statusOf(own, bearer('wrong-3'))).toBe(401);
      await expectTooManyRequests(own, bearer('wrong-4'), 'check METRICS_TOKEN');
      await expectTooManyRequests(`${base}/metrics`, bearer(METRICS_TOKEN), 'check METRICS_TOKEN');
    });

    it('limits link inspections per client IP', async () => {
      const statuses = await inspectStatuses(base, LIMIT + 1);
      expect(statuses).toEqual([...Array<number>(LIMIT).fill(200), 429]);
      const refused = await postJson(`${base}/v1/auth/links/inspect`, { token: 'q'.repeat(43) });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.body.message).toMatch(/links were checked from this address; try again in/);
    });
  });
}

describe('with RATE_LIMITS_ENABLED=false', () => {
  it('never refuses wrong keys, wrong tokens or inspections with 429', async () => {
    const started = await startServerWithDatabase('sqlite', {
      ADMIN_API_KEY,
      METRICS_TOKEN,
      RATE_LIMITS_ENABLED: 'false',
      RATE_LIMIT_ADMIN_KEY_FAILURES_PER_IP: '1',
      RATE_LIMIT_METRICS_FAILURES_PER_IP: '1',
      RATE_LIMIT_INSPECT_LINK_PER_IP: '1',
    });
    try {
      const base = started.server.url;
      for (let index = 0; index < 5; index++) {
        expect(await statusOf(`${base}${FUNNEL}`, bearer(`wrong-${index}`))).toBe(401);
        expect(await statusOf(`${base}/metrics`, bearer(`wrong-${index}`))).toBe(401);
      }
      expect(await statusOf(`${base}${FUNNEL}`, bearer(ADMIN_API_KEY))).toBe(200);
      expect(new Set(await inspectStatuses(base, 5))).toEqual(new Set([200]));
    } finally {
      await started.destroy();
    }
  });
});
