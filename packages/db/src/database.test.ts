import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  consumeVerificationToken,
  findVerificationToken,
  insertPlanWithTasks,
  insertTenant,
  insertUser,
  insertVerificationToken,
  insertWorkspace,
  isUniqueViolation,
  listPlansWithTasks,
  listWorkspacesByTenant,
  deleteExpiredVerificationTokens,
} from './index';
import { createTestDatabase, describeFor, DIALECTS, type TestDatabase } from './testing/index';

const created = new Date('2026-01-02T03:04:05.678Z');

async function seedTenant(db: TestDatabase['db'], suffix: string) {
  await insertTenant(db, {
    id: `tenant-${suffix}`,
    name: `Shop ${suffix}`,
    owner_email: `${suffix}@example.com`,
    metadata: JSON.stringify({ source: 'test', nested: { n: 1 } }),
    created_at: created,
    updated_at: created,
  });
  await insertUser(db, {
    id: `user-${suffix}`,
    tenant_id: `tenant-${suffix}`,
    email: `${suffix}@example.com`,
    full_name: 'Ada',
    email_verified_at: created,
    created_at: created,
    updated_at: created,
  });
  await insertWorkspace(db, {
    id: `proj-${suffix}`,
    tenant_id: `tenant-${suffix}`,
    name: 'Main',
    description: null,
    created_by: `user-${suffix}`,
    is_default: true,
    created_at: created,
  });
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`database (${dialect})`, () => {
    let test: TestDatabase;
    beforeAll(async () => {
      test = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await test.destroy();
    });

    it('reads timestamps, booleans and JSON back as the same JS types', async () => {
      await seedTenant(test.db, 'types');
      const tenant = await test.db
        .selectFrom('tenants')
        .selectAll()
        .where('id', '=', 'tenant-types')
        .executeTakeFirstOrThrow();
      expect(tenant.created_at).toBeInstanceOf(Date);
      expect(tenant.created_at.toISOString()).toBe(created.toISOString());
      expect(tenant.metadata).toEqual({ source: 'test', nested: { n: 1 } });

      const [workspace] = await listWorkspacesByTenant(test.db, 'tenant-types');
      expect(workspace?.is_default).toBe(true);
      expect(workspace?.description).toBeNull();
    });

    it('compares Date parameters chronologically', async () => {
      await seedTenant(test.db, 'compare');
      const later = await test.db
        .selectFrom('tenants')
        .select('id')
        .where('id', '=', 'tenant-compare')
        .where('created_at', '<', new Date(created.getTime() + 1))
        .execute();
      expect(later).toHaveLength(1);
      const earlier = await test.db
        .selectFrom('tenants')
        .select('id')
        .where('id', '=', 'tenant-compare')
        .where('created_at', '<', created)
        .execute();
      expect(earlier).toHaveLength(0);
    });

    it('lists plans with their tasks in order', async () => {
      await seedTenant(test.db, 'plans');
      await insertPlanWithTasks(
        test.db,
        {
          id: 'plan-1',
          tenant_id: 'tenant-plans',
          workspace_id: 'proj-plans',
          title: 'Plan',
          summary: 'Summary',
          intent: 'launch',
          created_at: created,
        },
        [2, 0, 1].map((position) => ({
          id: `task-${position}`,
          plan_id: 'plan-1',
          position,
          title: `Task ${position}`,
          description: 'Do it',
          done: position === 1,
        })),
      );
      const [plan] = await listPlansWithTasks(test.db, 'tenant-plans');
      expect(plan?.tasks.map((task) => task.position)).toEqual([0, 1, 2]);
      expect(plan?.tasks.map((task) => task.done)).toEqual([false, true, false]);
      expect(plan?.created_at).toBeInstanceOf(Date);
      expect(await listPlansWithTasks(test.db, 'tenant-other')).toEqual([]);
    });

    it('consumes a verification token once, and never after it expires', async () => {
      const expiresAt = new Date(created.getTime() + 60_000);
      const token = {
        email: 'a@example.com',
        full_name: 'Ada',
        business_name: 'Shop',
        intent: null,
        use_case: null,
        metadata: '{}',
        expires_at: expiresAt,
        created_at: created,
        used_at: null,
      };
      await insertVerificationToken(test.db, { ...token, token_hash: 'hash-once' });
      await insertVerificationToken(test.db, { ...token, token_hash: 'hash-expired' });

      const consumed = await consumeVerificationToken(test.db, 'hash-once', created);
      expect(consumed?.used_at?.toISOString()).toBe(created.toISOString());
      expect(consumed?.metadata).toEqual({});
      expect(await consumeVerificationToken(test.db, 'hash-once', created)).toBeUndefined();

      expect(await consumeVerificationToken(test.db, 'hash-expired', expiresAt)).toBeUndefined();
      const expired = await findVerificationToken(test.db, 'hash-expired');
      expect(expired?.used_at).toBeNull();
      expect(expired?.expires_at).toBeInstanceOf(Date);

      expect(
        await deleteExpiredVerificationTokens(test.db, new Date(expiresAt.getTime() + 1)),
      ).toBe(2);
    });

    it('refuses a second user with the same email', async () => {
      await seedTenant(test.db, 'unique');
      // The unique index refuses it, not some other failure of the insert.
      const refusal = await insertUser(test.db, {
        id: 'user-unique-2',
        tenant_id: 'tenant-unique',
        email: 'unique@example.com',
        full_name: 'Bob',
        email_verified_at: created,
        created_at: created,
        updated_at: created,
      }).catch((error: unknown) => error);
      expect(isUniqueViolation(refusal)).toBe(true);
    });
  });
}
