import { createTestDatabase, describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { getJson, postJson, startTestServer } from './testing/test-server';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`restart (${dialect})`, () => {
    it('keeps accounts, sessions and used tokens across a server restart', async () => {
      const database = await createTestDatabase(dialect, { migrate: false });
      try {
        const first = await startTestServer(database.url);
        const { body: signup } = await postJson(`${first.url}/v1/auth/signup`, {
          email: 'restart@example.com',
          name: 'Rae',
          business_name: 'Restart Cafe',
        });
        const { body: session } = await postJson(`${first.url}/v1/auth/verify`, {
          token: signup.token,
        });
        await first.stop();

        const second = await startTestServer(database.url);
        try {
          const plans = await getJson(`${second.url}/v1/tenants/me/plans`, {
            authorization: `Bearer ${session.jwt}`,
          });
          expect(plans.status).toBe(200);
          expect(plans.body).toMatchObject({
            count: 1,
            items: [{ tenant_id: session.tenant_id, title: 'Sample Getting Started Plan' }],
          });
          const again = await postJson(`${second.url}/v1/auth/verify`, { token: signup.token });
          expect(again.status).toBe(409);
        } finally {
          await second.stop();
        }
      } finally {
        await database.destroy();
      }
    });
  });
}
