import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { migrateToLatest } from './migrate';
import { createTestDatabase, describeFor, testPostgresUrl } from './testing/index';

/** Creates and drops schemas with tables, as other tenants or tests do, until told to stop. */
async function churnSchemas(isDone: () => boolean): Promise<number> {
  const client = new pg.Client({ connectionString: testPostgresUrl() });
  await client.connect();
  let dropped = 0;
  try {
    while (!isDone()) {
      const schema = `churn_${randomBytes(6).toString('hex')}`;
      await client.query(`create schema ${schema}`);
      await client.query(`create table ${schema}.t (id serial primary key, a text, b text)`);
      await client.query(`drop schema ${schema} cascade`);
      dropped += 1;
    }
  } finally {
    await client.end();
  }
  return dropped;
}

describeFor('postgres')('migrations beside other schemas (postgres)', () => {
  it('run while other schemas are created and dropped, looking only at their own', async () => {
    const test = await createTestDatabase('postgres');
    let done = false;
    const churners = Array.from({ length: 3 }, () => churnSchemas(() => done));
    try {
      for (let run = 0; run < 60; run += 1) await migrateToLatest(test.db);
    } finally {
      done = true;
      expect((await Promise.all(churners)).reduce((a, b) => a + b)).toBeGreaterThan(10);
      await test.destroy();
    }
  });
});
