import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { preparedQuery } from './prepared-query';
import type { Database, NewTenant } from './schema';
import {
  createTestDatabase,
  describeFor,
  DIALECTS,
  failOnInsertInto,
  type TestDatabase,
} from './testing/index';

const at = new Date('2026-11-25T10:00:00.000Z');

function tenant(id: string, metadata?: string): NewTenant {
  return {
    id,
    name: `Shop ${id}`,
    owner_email: `${id}@example.com`,
    // Undefined on purpose for some rows: Kysely then leaves the column out.
    metadata: metadata as string,
    created_at: at,
    updated_at: at,
  };
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`prepared queries (${dialect})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await test.destroy();
    });

    const insertTenant = preparedQuery((db, row: NewTenant) =>
      db.insertInto('tenants').values(row),
    );
    const tenantByName = preparedQuery((db, { name }: { name: string }) =>
      db.selectFrom('tenants').select(['id', 'metadata', 'created_at']).where('name', '=', name),
    );

    it('runs each call with its own values', async () => {
      await insertTenant(test.db, tenant(`${dialect}-a`, '{"plan":"a"}'));
      await insertTenant(test.db, tenant(`${dialect}-b`, '{"plan":"b"}'));
      const a = (await tenantByName(test.db, { name: `Shop ${dialect}-a` })).rows;
      const b = (await tenantByName(test.db, { name: `Shop ${dialect}-b` })).rows;
      expect(a).toEqual([{ id: `${dialect}-a`, metadata: { plan: 'a' }, created_at: at }]);
      expect(b).toEqual([{ id: `${dialect}-b`, metadata: { plan: 'b' }, created_at: at }]);
    });

    it('leaves out an undefined value, as Kysely does, so the column keeps its default', async () => {
      await insertTenant(test.db, tenant(`${dialect}-c`, '{"plan":"c"}'));
      await insertTenant(test.db, tenant(`${dialect}-d`));
      const d = (await tenantByName(test.db, { name: `Shop ${dialect}-d` })).rows[0];
      expect(d?.metadata).toEqual({});
    });

    it('builds a query once for each set of values it is given', async () => {
      const build = vi.fn((db: Kysely<Database>, { id }: { id: string }) =>
        db.selectFrom('tenants').select('name').where('id', '=', id),
      );
      const byId = preparedQuery(build);
      await insertTenant(test.db, tenant(`${dialect}-e`));
      for (const id of [`${dialect}-e`, 'missing', `${dialect}-e`]) await byId(test.db, { id });
      expect(build).toHaveBeenCalledTimes(1);
      expect((await byId(test.db, { id: `${dialect}-e` })).rows).toEqual([
        { name: `Shop ${dialect}-e` },
      ]);
    });

    it('builds the query every time for a database with plugins, so they see it', async () => {
      const failing = test.db.withPlugin(failOnInsertInto('tenants'));
      await insertTenant(test.db, tenant(`${dialect}-f`));
      await expect(insertTenant(failing, tenant(`${dialect}-g`))).rejects.toThrow(
        'injected failure: insert into tenants',
      );
      expect((await tenantByName(test.db, { name: `Shop ${dialect}-g` })).rows).toEqual([]);
    });
  });
}
