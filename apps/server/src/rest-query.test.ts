import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startServerWithDatabase } from './testing/test-server';

describe('REST query parameters', () => {
  let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
  beforeAll(async () => {
    env = await startServerWithDatabase('sqlite', { ADMIN_API_KEY: 'k'.repeat(24) });
  });
  afterAll(() => env.destroy());
  const admin = { authorization: `Bearer ${'k'.repeat(24)}` };

  it('are read as given, repeated or named like an object property', async () => {
    const range = 'from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z';
    const ok = await getJson(`${env.server.url}/v1/analytics/funnel?${range}&by=day`, admin);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ by: 'day', groups: [] });

    for (const query of ['toString=0', 'constructor=1&__proto__=2', `${range}&by=day&by=intent`]) {
      const refused = await getJson(`${env.server.url}/v1/analytics/funnel?${query}`, admin);
      expect(refused.status).toBe(400);
    }
  });
});
