import { describeFor, DIALECTS, failOnInsertInto, type TestDatabase } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { createApiDeps, createContext } from '../context';
import { createJwtService } from '../jwt';
import { countRows, TEST_JWT_SECRET, useTestApi, type TestApi } from '../testing/test-api';
import { inTransactionWithRetry, settleProviderAccount } from './provider-account';
import type { ProviderIdentity } from './provider';

/** Every table a provider sign-up writes, in the order it writes them. */
const WRITTEN = [
  'tenants',
  'users',
  'workspaces',
  'plans',
  'plan_tasks',
  'oauth_identities',
  'auth_events',
  'sessions',
  'refresh_tokens',
] as const;

const countWritten = (db: TestDatabase['db']) => countRows(db, WRITTEN);

let subjects = 0;
function newIdentity(): ProviderIdentity {
  subjects += 1;
  return {
    subject: `subject-${subjects}`,
    email: `provider-${subjects}-${Date.now()}@example.com`,
    emailVerified: true,
    name: 'Grace',
    businessName: 'Hopper Labs',
  };
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`provisioning an account from a provider (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    /** Settles `identity` in one transaction (as the callback does) over `db`. */
    function settle(db: TestDatabase['db'], identity: ProviderIdentity) {
      const deps = createContext(
        createApiDeps({
          db,
          jwt: createJwtService({ secret: TEST_JWT_SECRET }),
          now: api.clock.now,
        }),
      );
      return inTransactionWithRetry(deps, (trx) =>
        settleProviderAccount(trx, deps, {
          provider: 'github',
          identity,
          businessName: identity.businessName,
          intent: 'grow',
          userAgent: null,
        }),
      );
    }

    it.each(WRITTEN)(
      'leaves nothing behind when the insert into %s fails, and the next try provisions it all',
      async (table) => {
        const identity = newIdentity();
        const before = await countWritten(api.database.db);

        await expect(
          settle(api.database.db.withPlugin(failOnInsertInto(table)), identity),
        ).rejects.toThrow(`injected failure: insert into ${table}`);
        expect(await countWritten(api.database.db)).toEqual(before);

        const outcome = await settle(api.database.db, identity);
        expect(outcome).toMatchObject({ kind: 'signed-in', created: true });
        const after = await countWritten(api.database.db);
        for (const written of WRITTEN) expect(after[written]).toBeGreaterThan(before[written]!);
      },
    );
  });
}
