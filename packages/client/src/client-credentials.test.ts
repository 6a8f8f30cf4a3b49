import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { startServerWithDatabase } from '@dyocense/server/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clientCredentials, ServiceTokenError } from './client-credentials';
import { createApiClient } from './create-api-client';
import { accountsErrorReason } from './errors';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`a service client with client credentials (${dialect})`, () => {
    let env: Awaited<ReturnType<typeof startServerWithDatabase>>;
    let url: string;
    let owner: ReturnType<typeof createApiClient>;

    beforeAll(async () => {
      env = await startServerWithDatabase(dialect);
      url = `${env.server.url}/trpc`;
      const anonymous = createApiClient({ url });
      const signup = await anonymous.auth.signup.mutate({
        email: `credentials-${dialect}@example.com`,
        name: 'Cai',
        business_name: 'Credential Café',
      });
      const session = await anonymous.auth.verify.mutate({ token: signup.token ?? '' });
      owner = createApiClient({ url, token: session.jwt });
    });
    afterAll(() => env?.destroy());

    /** A fetch that counts token requests and API calls, and lets a test change an answer. */
    function countingFetch(rewriteToken?: (token: string) => string) {
      const counts = { tokens: 0, calls: 0 };
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const target = input instanceof Request ? input.url : String(input);
        if (!target.endsWith('/oauth/token')) {
          counts.calls += 1;
          return globalThis.fetch(input, init);
        }
        counts.tokens += 1;
        const response = await globalThis.fetch(input, init);
        if (!rewriteToken || !response.ok) return response;
        const body = (await response.json()) as { access_token: string };
        const access_token =
          counts.tokens === 1 ? rewriteToken(body.access_token) : body.access_token;
        return Response.json({ ...body, access_token });
      };
      return { counts, fetch };
    }

    async function register() {
      const created = await owner.serviceClients.create.mutate({
        name: 'Reports',
        scopes: ['plans:read'],
      });
      return { clientId: created.client.client_id, clientSecret: created.client_secret };
    }

    it('fetches a token on the first call, reuses it, and renews it shortly before it expires', async () => {
      let clock = Date.now();
      const { counts, fetch } = countingFetch();
      const service = createApiClient({
        url,
        ...clientCredentials({ url, ...(await register()), fetch, now: () => clock }),
      });
      expect(counts.tokens).toBe(0);
      const plans = await service.tenants.plans.query({ tenant_id: 'me' });
      expect(plans.count).toBe(1);
      await service.tenants.plans.query({ tenant_id: 'me' });
      expect(counts).toEqual({ tokens: 1, calls: 2 });
      // 600 s tokens are renewed 30 s early.
      clock += 569_000;
      await service.tenants.plans.query({ tenant_id: 'me' });
      expect(counts.tokens).toBe(1);
      clock += 2_000;
      await service.tenants.plans.query({ tenant_id: 'me' });
      expect(counts.tokens).toBe(2);
    });

    it('renews once on a 401 and answers the second one', async () => {
      const { counts, fetch } = countingFetch((token) => `${token.slice(0, -4)}AAAA`);
      const credentials = await register();
      const service = createApiClient({
        url,
        ...clientCredentials({ url, ...credentials, fetch }),
      });
      expect((await service.tenants.plans.query({ tenant_id: 'me' })).count).toBe(1);
      expect(counts).toEqual({ tokens: 2, calls: 2 });

      await owner.serviceClients.revoke.mutate({ client_id: credentials.clientId });
      const refused = await service.tenants.plans
        .query({ tenant_id: 'me' })
        .catch((error: unknown) => error);
      // The 401 asked for a new token, which the revoked client no longer gets (tRPC keeps the
      // token endpoint's refusal as the cause).
      const cause = (refused as Error).cause;
      expect(cause).toBeInstanceOf(ServiceTokenError);
      expect(cause).toMatchObject({ error: 'invalid_client', status: 401 });
    });

    it('names the scope a call lacks', async () => {
      const service = createApiClient({
        url,
        ...clientCredentials({ url, ...(await register()) }),
      });
      const refused = await service.tenants.projects.query().catch((error: unknown) => error);
      expect(accountsErrorReason(refused)).toBe('SCOPE_REQUIRED');
    });
  });
}
