import { randomUUID } from 'node:crypto';
import { unusedPort } from '@dyocense/api/testing';
import { countWaitingEmails, enqueueEmail } from '@dyocense/db';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { histogramCount, sampleOf, scrapeMetrics, seriesOf } from './metrics-scrape';
import { getJson, postJson, startServerWithDatabase } from './testing/test-server';

const METRICS_TOKEN = 'metrics-token-0123456789';
type Started = Awaited<ReturnType<typeof startServerWithDatabase>>;

let counter = 0;
const signupBody = () => ({
  email: `metrics${++counter}-${Date.now()}@example.com`,
  name: 'Mia',
  business_name: 'Metrics Shop',
});

/** The same calls on either surface: a sign-up, its verification, a bad link, an unknown path. */
async function exercise(base: string): Promise<void> {
  const rest = await postJson(`${base}/v1/auth/signup`, signupBody());
  await postJson(`${base}/v1/auth/verify`, { token: rest.body.token });
  await postJson(`${base}/v1/auth/verify`, { token: 'x'.repeat(43) });
  const trpc = await postJson(`${base}/trpc/auth.signup`, { json: signupBody() });
  const token = (trpc.body as { result: { data: { json: { token: string } } } }).result.data.json
    .token;
  await postJson(`${base}/trpc/auth.verify`, { json: { token } });
  await getJson(`${base}/v1/no/such/route-${Date.now()}`);
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`/metrics (${dialect})`, () => {
    let started: Started;
    let base: string;
    beforeAll(async () => {
      started = await startServerWithDatabase(dialect, { METRICS_TOKEN });
      base = started.server.url;
    });
    afterAll(() => started.destroy());

    it('answers only with the metrics token', async () => {
      const response = await fetch(`${base}/metrics`);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(
        (await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer nope' } })).status,
      ).toBe(401);
    });

    it('reports the outbox depth the database holds, by status', async () => {
      const { db } = started.database;
      // Earlier calls' emails leave the outbox as the worker sends them; the count starts at none.
      await vi.waitUntil(async () => {
        const waiting = await countWaitingEmails(db);
        return waiting.pending + waiting.sending === 0;
      });
      // Not due for an hour (and a lease held as long), so the worker leaves them where they are.
      const later = new Date(Date.now() + 3_600_000);
      for (const status of ['pending', 'pending', 'sending'] as const) {
        await enqueueEmail(db, {
          id: randomUUID(),
          template: 'signin',
          recipient: 'depth@example.com',
          params: '{}',
          link: null,
          status,
          next_attempt_at: later,
          lease_expires_at: status === 'sending' ? later : null,
          claim_id: status === 'sending' ? randomUUID() : null,
          last_error: null,
          created_at: new Date(),
          updated_at: new Date(),
        });
      }
      const families = await scrapeMetrics(`${base}/metrics`, METRICS_TOKEN);
      expect(sampleOf(families, 'dyocense_email_outbox_depth', { status: 'pending' })).toBe(2);
      expect(sampleOf(families, 'dyocense_email_outbox_depth', { status: 'sending' })).toBe(1);
      await db.deleteFrom('email_outbox').where('recipient', '=', 'depth@example.com').execute();
    });

    it('parses, and its counters move with the requests made', async () => {
      const before = await scrapeMetrics(`${base}/metrics`, METRICS_TOKEN);
      await exercise(base);
      const after = await scrapeMetrics(`${base}/metrics`, METRICS_TOKEN);
      const moved = (name: string, labels: Record<string, string> = {}) =>
        sampleOf(after, name, labels) - sampleOf(before, name, labels);

      const signup200 = { procedure: 'auth.signup', method: 'POST', status: '200' };
      expect(moved('dyocense_http_requests_total', signup200)).toBe(2);
      expect(
        moved('dyocense_http_requests_total', { procedure: 'auth.verify', status: '404' }),
      ).toBe(1);
      const latency = [
        'dyocense_http_request_duration_seconds',
        'procedure="auth.verify",status="200"',
      ] as const;
      expect(after.find((family) => family.name === latency[0])?.type).toBe('HISTOGRAM');
      expect(histogramCount(after, ...latency) - histogramCount(before, ...latency)).toBe(2);
      expect(moved('dyocense_signups_total')).toBe(2);
      expect(moved('dyocense_verifications_total', { result: 'succeeded' })).toBe(2);
      expect(moved('dyocense_verifications_total', { result: 'unknown' })).toBe(1);
      expect(moved('dyocense_emails_total', { result: 'queued' })).toBe(2);
      if (dialect === 'postgres') {
        expect(sampleOf(after, 'dyocense_db_pool_connections', { state: 'total' })).toBeGreaterThan(
          0,
        );
      }
      const procedures = new Set(
        seriesOf(after, 'dyocense_http_requests_total').map((series) => series.split(',')[1]),
      );
      // Labels come from routes, never from the path a client sent.
      expect([...procedures].join(' ')).not.toMatch(/route-\d/);
      expect(procedures).toContain('procedure=unknown');
    });
  });
}

describe('/metrics on a port of its own', () => {
  it('serves metrics there and not on the main port', async () => {
    const port = await unusedPort();
    const started = await startServerWithDatabase('sqlite', { METRICS_PORT: String(port) });
    try {
      expect((await fetch(`${started.server.url}/metrics`)).status).toBe(404);
      await postJson(`${started.server.url}/v1/auth/signup`, signupBody());
      const families = await scrapeMetrics(`http://127.0.0.1:${port}/metrics`);
      expect(sampleOf(families, 'dyocense_signups_total')).toBe(1);
    } finally {
      await started.destroy();
    }
  });
});

describe('the fast path and the stock adapters', () => {
  it('produce the same metric series for the same calls', async () => {
    const series = async (fastPath: string) => {
      const started = await startServerWithDatabase('sqlite', {
        METRICS_TOKEN,
        HTTP_FAST_PATH: fastPath,
      });
      try {
        await exercise(started.server.url);
        const families = await scrapeMetrics(`${started.server.url}/metrics`, METRICS_TOKEN);
        return ['dyocense_http_requests_total', 'dyocense_auth_events_total'].flatMap((name) =>
          seriesOf(families, name).map(
            (labels) =>
              `${name}{${labels}} ${sampleOf(families, name, Object.fromEntries(labels.split(',').map((pair) => pair.split('=') as [string, string])))}`,
          ),
        );
      } finally {
        await started.destroy();
      }
    };
    expect(await series('true')).toEqual(await series('false'));
  });
});
