import SQLite from 'better-sqlite3';
import {
  SAMPLE_TASKS,
  attachTasks,
  emailParameters,
  eventParameters,
  INSERT_EVENT_COLUMNS,
  isActiveSession,
  provisionedFor,
  sampleTaskParameters,
  tokenParameters,
  type FloorStore,
  type PlanRow,
  type EventRow,
  type NewEmailRow,
  type NewTokenRow,
  type ProvisionedRow,
  type ProvisionIds,
  type SessionRow,
} from './floor-store';

interface TokenRow {
  email: string;
  full_name: string;
  business_name: string;
  intent: string | null;
}

/** The floor on better-sqlite3: every statement prepared once at start. */
export function createSqliteFloorStore(filename: string): FloorStore {
  const db = new SQLite(filename);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');

  const insertToken = db.prepare(
    `insert into verification_tokens (token_hash, email, full_name, business_name, intent, use_case,
       metadata, expires_at, created_at, used_at) values (?, ?, ?, ?, ?, null, ?, ?, ?, null)`,
  );
  const supersede = db.prepare(
    `update verification_tokens set superseded_at = ? where email = ? and purpose = 'signup'
       and used_at is null and superseded_at is null`,
  );
  const insertEmail = db.prepare(
    `insert into email_outbox (id, template, recipient, params, link, status, next_attempt_at,
       claim_id, last_error, created_at, updated_at)
       values (?, 'verify_signup', ?, ?, ?, 'pending', ?, null, null, ?, ?)`,
  );
  const insertSession = db.prepare(
    `insert into sessions (id, user_id, tenant_id, user_agent, created_at, last_used_at, expires_at)
       values (?, ?, ?, null, ?, ?, ?)`,
  );
  const insertRefreshToken = db.prepare(
    'insert into refresh_tokens (token_hash, session_id, issued_at) values (?, ?, ?)',
  );
  const sessionById = db.prepare('select * from sessions where id = ?');
  const insertEvent = db.prepare(
    `insert into auth_events (${INSERT_EVENT_COLUMNS}) values (?, ?, ?, ?, ?, ?, null, ?, ?, null)`,
  );
  const recordEvent = (event: EventRow) =>
    insertEvent.run(eventParameters(event, (date) => date.toISOString()));
  const consume = db.prepare(
    `update verification_tokens set used_at = ? where token_hash = ? and used_at is null
       and expires_at > ? returning *`,
  );
  const userByEmail = db.prepare('select * from users where email = ?');
  const insertTenant = db.prepare(
    `insert into tenants (id, name, owner_email, metadata, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?)`,
  );
  const insertUser = db.prepare(
    `insert into users (id, tenant_id, email, full_name, role, email_verified_at, created_at,
       updated_at) values (?, ?, ?, ?, 'owner', ?, ?, ?)`,
  );
  const insertWorkspace = db.prepare(
    `insert into workspaces (id, tenant_id, name, description, created_by, is_default, created_at)
       values (?, ?, 'Main workspace', ?, ?, 1, ?)`,
  );
  const insertPlan = db.prepare(
    `insert into plans (id, tenant_id, workspace_id, title, summary, intent, created_at)
       values (?, ?, ?, 'Sample Launch Plan', 'Dyocense generated getting-started plan.', ?, ?)`,
  );
  const insertTasks = db.prepare(
    `insert into plan_tasks (id, plan_id, position, title, description, done) values ${SAMPLE_TASKS.map(
      () => '(?, ?, ?, ?, ?, 0)',
    ).join(', ')}`,
  );
  const plansByTenant = db.prepare(
    'select * from plans where tenant_id = ? order by created_at desc, id',
  );
  const tasksByPlan = new Map<number, SQLite.Statement>();
  const tasksFor = (count: number) => {
    let statement = tasksByPlan.get(count);
    if (!statement) {
      const placeholders = Array.from({ length: count }, () => '?').join(', ');
      statement = db.prepare(
        `select * from plan_tasks where plan_id in (${placeholders}) order by plan_id, position`,
      );
      tasksByPlan.set(count, statement);
    }
    return statement;
  };

  const requestSignup = db.transaction(
    (token: NewTokenRow, email: NewEmailRow, events: EventRow[]) => {
      // Unique emails: the account check always finds none, as for a first sign-up.
      userByEmail.get(token.email);
      supersede.run(token.now.toISOString(), token.email);
      insertToken.run(tokenParameters(token, (date) => date.toISOString()));
      insertEmail.run(emailParameters(email, (date) => date.toISOString()));
      events.forEach(recordEvent);
    },
  );

  const verify = db.transaction(
    (tokenHash: string, now: Date, ids: ProvisionIds, event: (row: ProvisionedRow) => EventRow) => {
      const at = now.toISOString();
      const token = consume.get(at, tokenHash, at) as TokenRow | undefined;
      if (!token) return undefined;
      const existing = userByEmail.get(token.email) as
        { id: string; tenant_id: string; full_name: string } | undefined;
      const provisioned = provisionedFor(token, existing, ids);
      const { tenantId, userId, workspaceId } = provisioned;
      if (!existing) {
        insertTenant.run(tenantId, token.business_name, token.email, '{}', at, at);
        insertUser.run(userId, tenantId, token.email, token.full_name, at, at, at);
        insertWorkspace.run(
          workspaceId,
          tenantId,
          `${token.business_name}'s workspace`,
          userId,
          at,
        );
        insertPlan.run(ids.planId, tenantId, workspaceId, token.intent ?? 'other', at);
        insertTasks.run(sampleTaskParameters(ids.planId, ids.taskIds));
      }
      const expires = ids.sessionExpiresAt.toISOString();
      insertSession.run(ids.sessionId, userId, tenantId, at, at, expires);
      insertRefreshToken.run(ids.refreshTokenHash, ids.sessionId, at);
      recordEvent(event(provisioned));
      return provisioned;
    },
  );

  return {
    async requestSignup(token, email, events) {
      requestSignup(token, email, events);
    },
    async sessionIsActive(claims, now) {
      return isActiveSession(sessionById.get(claims.sessionId) as SessionRow, claims, now);
    },
    async verify(tokenHash, now, ids, event) {
      return verify(tokenHash, now, ids, event);
    },
    async listPlans(tenantId) {
      const plans = plansByTenant.all(tenantId) as Omit<PlanRow, 'tasks'>[];
      if (plans.length === 0) return [];
      const tasks = tasksFor(plans.length).all(plans.map((plan) => plan.id)) as Parameters<
        typeof attachTasks
      >[1];
      return attachTasks(plans, tasks);
    },
    async close() {
      db.close();
    },
  };
}
