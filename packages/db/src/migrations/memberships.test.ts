import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { createMigrator, migrateToLatest } from '../migrate';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from '../testing/index';

const CREATED = new Date('2026-11-20T09:00:00.000Z');

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the memberships migration (${dialect})`, () => {
    let test: TestDatabase;
    afterEach(() => test.destroy());

    it('makes each existing person a member of their tenant, owners staying owners', async () => {
      test = await createTestDatabase(dialect, { migrate: false });
      const migrator = await createMigrator(test.db);
      expect((await migrator.migrateTo('2026-12-02-01-service-clients')).error).toBeUndefined();
      const at = dialect === 'postgres' ? CREATED : CREATED.toISOString();
      await sql`insert into tenants (id, name, owner_email, metadata, created_at, updated_at)
        values ('t1', 'Shop', 'ada@example.com', '{}', ${at}, ${at})`.execute(test.db);
      for (const [id, email, role] of [
        ['u1', 'ada@example.com', 'owner'],
        ['u2', 'bob@example.com', 'member'],
      ]) {
        await sql`insert into users (id, tenant_id, email, full_name, role, email_verified_at, created_at, updated_at)
          values (${id}, 't1', ${email}, 'Someone', ${role}, ${at}, ${at}, ${at})`.execute(test.db);
      }

      expect((await migrateToLatest(test.db)).every(({ status }) => status === 'Success')).toBe(
        true,
      );
      const memberships = await test.db
        .selectFrom('memberships')
        .select(['tenant_id', 'user_id', 'role', 'created_at'])
        .orderBy('user_id')
        .execute();
      expect(memberships).toEqual([
        { tenant_id: 't1', user_id: 'u1', role: 'owner', created_at: CREATED },
        { tenant_id: 't1', user_id: 'u2', role: 'member', created_at: CREATED },
      ]);

      // And back (past any later migration): the role returns to the person.
      expect((await migrator.migrateTo('2026-12-02-01-service-clients')).error).toBeUndefined();
      const users = await sql<{ id: string; role: string }>`select id, role from users order by id`
        .execute(test.db)
        .then((result) => result.rows);
      expect(users).toEqual([
        { id: 'u1', role: 'owner' },
        { id: 'u2', role: 'member' },
      ]);
    });
  });
}
