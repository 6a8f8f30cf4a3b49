import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { basicAuth, requestToken, serviceTokenFor } from '../testing/service-clients';
import { insertVerificationToken, type TestServer } from '../testing/test-server';
import {
  restGet,
  restPost,
  send,
  startServerPair,
  trpcBatchGet,
  trpcGet,
  type Probe,
} from './differential-probes';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`fast path against the stock adapters, as a service (${dialect})`, () => {
    let fast: TestServer;
    let stock: TestServer;
    let stop: () => Promise<void>;
    let tenantId: string;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      const pair = await startServerPair(dialect);
      ({ fast, stock, stop } = pair);
      await insertVerificationToken(
        pair.database.db,
        'owner-token',
        new Date(Date.now() + 3_600_000),
      );
      const session = JSON.parse(
        (await send(stock.url, restPost('setup', '/v1/auth/verify', { token: 'owner-token' })))
          .body,
      ) as { jwt: string; tenant_id: string };
      tenantId = session.tenant_id;
      const owner = { authorization: `Bearer ${session.jwt}` };
      const register = async (scopes: string[]) => {
        const probe = restPost('setup', '/v1/service-clients', { name: 'Probe', scopes }, owner);
        const created = JSON.parse((await send(stock.url, probe)).body) as {
          client: { client_id: string };
          client_secret: string;
        };
        const issued = await requestToken(
          stock.url,
          { grant_type: 'client_credentials' },
          basicAuth(created.client.client_id, created.client_secret),
        );
        return { id: created.client.client_id, token: issued.body.access_token as string };
      };
      tokens.plans = (await register(['plans:read'])).token;
      tokens.projects = (await register(['projects:read'])).token;
      const revoked = await register(['plans:read']);
      tokens.revoked = revoked.token;
      await send(
        stock.url,
        restPost('setup', `/v1/service-clients/${revoked.id}/revoke`, {}, owner),
      );
      tokens.expired = await serviceTokenFor(
        { client_id: 'svc_000000000000000000000000', tenant_id: tenantId, scope: 'plans:read' },
        { expiresAt: Math.floor(Date.now() / 1000) - 60 },
      );
    });
    afterAll(() => stop());

    it('answers a service’s reads and refusals alike on both paths', async () => {
      const probes: Probe[] = [];
      for (const [label, token] of Object.entries(tokens)) {
        const headers = { authorization: `Bearer ${token}` };
        for (const tenant of ['me', tenantId, 'someone-else-abc123']) {
          const name = `${label} token, tenant ${tenant === tenantId ? 'id' : tenant}`;
          probes.push(
            restGet(name, `/v1/tenants/${tenant}/plans`, headers),
            trpcGet(name, 'tenants.plans', { tenant_id: tenant }, headers),
            trpcBatchGet(name, 'tenants.plans', { tenant_id: tenant }, headers),
          );
        }
      }
      for (const probe of probes) {
        const [fastAnswer, stockAnswer] = [
          await send(fast.url, probe),
          await send(stock.url, probe),
        ];
        expect({ probe: probe.name, ...fastAnswer }).toEqual({ probe: probe.name, ...stockAnswer });
      }
      // The probes cover a read, each refusal of a token, and another tenant.
      const statuses = new Set<number>();
      for (const probe of probes) statuses.add((await send(fast.url, probe)).status);
      expect([...statuses].sort()).toEqual([200, 401, 403]);
    });
  });
}
