import pg from 'pg';
import {
  SAMPLE_TASKS,
  attachTasks,
  emailParameters,
  eventParameters,
  INSERT_EVENT_COLUMNS,
  isActiveSession,
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
const supersede = statement(
  'floor_supersede',
  `update verification_tokens set superseded_at = $1 where email = $2 and purpose = 'signup'
     and used_at is null and superseded_at is null`,
);
const insertEmail = statement(
  'floor_insert_email',
  `insert into email_outbox (id, template, recipient, params, link, status, next_attempt_at,
     claim_id, last_error, created_at, updated_at)
     values ($1, 'verify_signup', $2, $3, $4, 'pending', $5, null, null, $6, $7)`,
);
const insertSession = statement(
  'floor_insert_session',
  `insert into sessions (id, user_id, tenant_id, user_agent, created_at, last_used_at, expires_at)
     values ($1, $2, $3, null, $4, $4, $5)`,
);
const insertRefreshToken = statement(
  'floor_insert_refresh_token',
  'insert into refresh_tokens (token_hash, session_id, issued_at) values ($1, $2, $3)',
);
const sessionById = statement('floor_session', 'select * from sessions where id = $1');
const insertEvent = statement(
  'floor_insert_event',
  `insert into auth_events (${INSERT_EVENT_COLUMNS})
     values ($1, $2, $3, $4, $5, $6, null, $7, $8, null)`,
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

// node-postgres binds a Date itself.
const stamp = (date: Date) => date;

/** The floor on node-postgres: named statements on a pool of the service's default size. */
export function createPostgresFloorStore(connectionString: string, poolSize = 10): FloorStore {
  const pool = new pg.Pool({ connectionString, max: poolSize });

  /** Runs `work` in a transaction on one pooled connection; `undefined` from it rolls back. */
  async function transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query(result === undefined ? 'rollback' : 'commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    async requestSignup(token, email, events) {
      await transaction(async (client) => {
        // Unique emails: the account check always finds none, as for a first sign-up.
        await client.query(userByEmail([token.email]));
        await client.query(supersede([token.now, token.email]));
        await client.query(insertToken(tokenParameters(token, stamp)));
        await client.query(insertEmail(emailParameters(email, stamp)));
        for (const event of events) await client.query(insertEvent(eventParameters(event, stamp)));
        return true;
      });
    },
    async verify(tokenHash, now, ids, event) {
      return transaction(async (client) => {
        const token = (await client.query(consume([now, tokenHash]))).rows[0];
        if (!token) return undefined;
        const existing = (await client.query(userByEmail([token.email]))).rows[0];
        const provisioned = provisionedFor(token, existing, ids);
        const { tenantId, userId, workspaceId } = provisioned;
        if (!existing) {
          await client.query(insertTenant([tenantId, token.business_name, token.email, '{}', now]));
          await client.query(insertUser([userId, tenantId, token.email, token.full_name, now]));
          const description = `${token.business_name}'s workspace`;
          await client.query(insertWorkspace([workspaceId, tenantId, description, userId, now]));
          const intent = token.intent ?? 'other';
          await client.query(insertPlan([ids.planId, tenantId, workspaceId, intent, now]));
          await client.query(insertTasks(sampleTaskParameters(ids.planId, ids.taskIds)));
        }
        const session = [ids.sessionId, userId, tenantId, now, ids.sessionExpiresAt];
        await client.query(insertSession(session));
        await client.query(insertRefreshToken([ids.refreshTokenHash, ids.sessionId, now]));
        await client.query(insertEvent(eventParameters(event(provisioned), stamp)));
        return provisioned;
      });
    },
    async sessionIsActive(claims, now) {
      const session = (await pool.query(sessionById([claims.sessionId]))).rows[0];
      return isActiveSession(session, claims, now);
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
