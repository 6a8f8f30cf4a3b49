import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJson, startServerWithDatabase } from './testing/test-server';

/** The wait a refusal names: the Retry-After header, and the same seconds in `data`. */
function waitOf(answer: Awaited<ReturnType<typeof postJson>>, data: unknown) {
  return {
    header: Number(answer.headers.get('retry-after')),
    data: (data as { retryAfterSeconds?: unknown }).retryAfterSeconds,
  };
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the wait in a refusal's data (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    beforeAll(async () => {
      env = await startServerWithDatabase(dialect, { RATE_LIMIT_EMAILS_PER_ADDRESS: '1' });
    });
    afterAll(async () => {
      await env.destroy();
    });

    it('carries Retry-After as data.retryAfterSeconds through tRPC, for clients that see no headers', async () => {
      const url = `${env.server.url}/trpc/auth.signin`;
      const input = { json: { email: 'wait-trpc@example.com' } };
      expect((await postJson(url, input)).status).toBe(200);
      const refused = await postJson(url, input);
      expect(refused.status).toBe(429);
      const { error } = refused.body as { error: { json: { data: unknown } } };
      const wait = waitOf(refused, error.json.data);
      expect(wait.header).toBeGreaterThan(3500);
      expect(wait.data).toBe(wait.header);
    });

    it('carries it through REST too', async () => {
      const url = `${env.server.url}/v1/auth/signin`;
      const input = { email: 'wait-rest@example.com' };
      expect((await postJson(url, input)).status).toBe(200);
      const refused = await postJson(url, input);
      expect(refused.status).toBe(429);
      const wait = waitOf(refused, refused.body.data);
      expect(wait.header).toBeGreaterThan(3500);
      expect(wait.data).toBe(wait.header);
    });

    it('leaves it out of refusals that ask for no wait', async () => {
      const refused = await postJson(`${env.server.url}/v1/auth/verify`, {
        token: 'no-such-token',
      });
      expect(refused.status).toBe(404);
      expect(refused.body.data).not.toHaveProperty('retryAfterSeconds');
    });
  });
}
