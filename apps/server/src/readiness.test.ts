import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, REFUSED, startServerWithDatabase } from './testing/test-server';

describe('readiness during shutdown', () => {
  let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
  beforeAll(async () => {
    env = await startServerWithDatabase('sqlite', { SHUTDOWN_DELAY_MS: '500' });
  });
  afterAll(() => env.database.destroy());

  it('answers 503 draining at once, while still serving everything else until the delay ends', async () => {
    expect(await getJson(`${env.server.url}/readyz`)).toMatchObject({
      status: 200,
      body: { status: 'ready', dependencies: { database: { status: 'up' } } },
    });
    const stopped = env.server.stop();
    const readyz = await getJson(`${env.server.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(readyz.headers.get('retry-after')).toBe('5');
    expect(readyz.body).toEqual({
      status: 'draining',
      dependencies: { database: { status: 'up' } },
    });
    const health = await fetch(`${env.server.url}/healthz`);
    expect(health.status).toBe(200);
    await stopped;
    await expect(fetch(`${env.server.url}/healthz`)).rejects.toMatchObject(REFUSED);
  });
});
