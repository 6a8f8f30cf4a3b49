import pg from 'pg';
import {
  SAMPLE_TASKS,
  attachTasks,
  sampleTaskParameters,
  provisionedFor,
  tokenParameters,
  type FloorStore,
} from './floor-store';

/** A named statement: PostgreSQL parses and plans it once per connection. */
const statement = (name: string, text: string) => (values: unknown[]) => ({ name, text, values });

const insertToken = statement(
  'floor_insert_token',
  `insert into verification_tokens (token_hash, email, full_name, business_name, intent, use_case,
     metadata, expires_at, created_at, used_at) values ($1, $2, $3, $4, $5, null, $6, $7, $8, null)`,
);
const consume = statement(
  'floor_consume',
  `update verification_tokens set used_at = $1 where token_hash = $2 and used_at is null
     and expires_at > $1 returning *`,
);
const userByEmail = statement('floor_user_by_email', 'select * from users where email = $1');
const insertTenant = statement(
  'floor_insert_tenant',
  `insert into tenants (id, name, owner_email, metadata, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $5)`,
);
const insertUser = statement(
  'floor_insert_user',
  `insert into users (id, tenant_id, email, full_name, role, email_verified_at, created_at,
     updated_at) values ($1, $2, $3, $4, 'owner', $5, $5, $5)`,
);
const insertWorkspace = statement(
  'floor_insert_workspace',
  `insert into workspaces (id, tenant_id, name, description, created_by, is_default, created_at)
     values ($1, $2, 'Main workspace', $3, $4, true, $5)`,
);
const insertPlan = statement(
  'floor_insert_plan',
  `insert into plans (id, tenant_id, workspace_id, title, summary, intent, created_at)
     values ($1, $2, $3, 'Sample Launch Plan', 'Dyocense generated getting-started plan.', $4, $5)`,
);
const insertTasks = statement(
  'floor_insert_tasks',
  `insert into plan_tasks (id, plan_id, position, title, description, done) values ${SAMPLE_TASKS.map(
    (_, row) =>
      `($${row * 5 + 1}, $${row * 5 + 2}, $${row * 5 + 3}, $${row * 5 + 4}, $${row * 5 + 5}, false)`,
  ).join(', ')}`,
);
const plansByTenant = statement(
  'floor_plans',
  'select * from plans where tenant_id = $1 order by created_at desc, id',
);
const tasksByPlans = statement(
  'floor_tasks',
  'select * from plan_tasks where plan_id = any($1) order by plan_id, position',
);

/** The floor on node-postgres: named statements on a pool of the service's default size. */
export function createPostgresFloorStore(connectionString: string, poolSize = 10): FloorStore {
  const pool = new pg.Pool({ connectionString, max: poolSize });

  return {
    async insertVerificationToken(row) {
      await pool.query(insertToken(tokenParameters(row, (date) => date)));
    },
    async verify(tokenHash, now, ids) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const token = (await client.query(consume([now, tokenHash]))).rows[0];
        if (!token) {
          await client.query('rollback');
          return undefined;
        }
        const existing = (await client.query(userByEmail([token.email]))).rows[0];
        const provisioned = provisionedFor(token, existing, ids);
        if (!existing) {
          const { tenantId, userId, workspaceId } = provisioned;
          await client.query(insertTenant([tenantId, token.business_name, token.email, '{}', now]));
          await client.query(insertUser([userId, tenantId, token.email, token.full_name, now]));
          const description = `${token.business_name}'s workspace`;
          await client.query(insertWorkspace([workspaceId, tenantId, description, userId, now]));
          const intent = token.intent ?? 'other';
          await client.query(insertPlan([ids.planId, tenantId, workspaceId, intent, now]));
          await client.query(insertTasks(sampleTaskParameters(ids.planId, ids.taskIds)));
        }
        await client.query('commit');
        return provisioned;
      } catch (error) {
        await client.query('rollback');
        throw error;
      } finally {
        client.release();
      }
    },
    async listPlans(tenantId) {
      const plans = (await pool.query(plansByTenant([tenantId]))).rows;
      if (plans.length === 0) return [];
      const tasks = (await pool.query(tasksByPlans([plans.map((plan) => plan.id)]))).rows;
      const rows = plans.map((plan) => ({ ...plan, created_at: plan.created_at.toISOString() }));
      return attachTasks(rows, tasks);
    },
    async close() {
      await pool.end();
    },
  };
}
