import { isPostgres, type DB } from '../database';
import {
  addRowValues,
  preparedQuery,
  rowFromValues,
  rowsFromValues,
  withoutNames,
} from '../prepared-query';
import type {
  NewMembership,
  NewPlan,
  NewPlanTask,
  NewTenant,
  NewUser,
  NewWorkspace,
} from '../schema';
import { insertMembership } from './memberships';
import { insertPlanWithTasks } from './plans';
import { insertTenant } from './tenants';
import { insertUser } from './users';
import { insertWorkspace } from './workspaces';

/**
 * A new account's rows: its tenant, the owner and their membership, the default workspace and
 * the sample plan.
 */
export interface NewAccountRows {
  tenant: NewTenant;
  user: NewUser;
  membership: NewMembership;
  workspace: NewWorkspace;
  plan: NewPlan;
  tasks: NewPlanTask[];
}

type Values = Record<string, unknown>;

const flatten = (rows: NewAccountRows): Values => {
  const values: Values = {};
  addRowValues(values, 'tenant', [rows.tenant]);
  addRowValues(values, 'user', [rows.user]);
  addRowValues(values, 'membership', [rows.membership]);
  addRowValues(values, 'workspace', [rows.workspace]);
  addRowValues(values, 'plan', [rows.plan]);
  return addRowValues(values, 'task', rows.tasks);
};

/**
 * PostgreSQL: the six inserts in one statement, one round trip instead of six. Foreign keys
 * are checked at the statement's end, when every part's row exists.
 */
const insertInOneStatement = preparedQuery((db, values: Values) => {
  const tasks = rowsFromValues(values, 'task', 'id') as unknown as NewPlanTask[];
  const parents = withoutNames(
    db
      .with('tenant', (cte) =>
        cte
          .insertInto('tenants')
          .values(rowFromValues(values, 'tenant0') as unknown as NewTenant)
          .returning('id'),
      )
      .with('owner', (cte) =>
        cte
          .insertInto('users')
          .values(rowFromValues(values, 'user0') as unknown as NewUser)
          .returning('id'),
      )
      .with('membership', (cte) =>
        cte
          .insertInto('memberships')
          .values(rowFromValues(values, 'membership0') as unknown as NewMembership)
          .returning('user_id'),
      )
      .with('workspace', (cte) =>
        cte
          .insertInto('workspaces')
          .values(rowFromValues(values, 'workspace0') as unknown as NewWorkspace)
          .returning('id'),
      ),
  );
  const plan = rowFromValues(values, 'plan0') as unknown as NewPlan;
  if (tasks.length === 0) return parents.insertInto('plans').values(plan);
  return withoutNames(
    parents.with('plan', (cte) => cte.insertInto('plans').values(plan).returning('id')),
  )
    .insertInto('plan_tasks')
    .values(tasks);
});

/**
 * Stores a new account's rows. Several inserts: on SQLite `db` must be a transaction (as on
 * PostgreSQL, where they are one statement, the caller's transaction also holds its other writes).
 */
export async function insertAccount(db: DB, rows: NewAccountRows): Promise<void> {
  if (isPostgres(db)) {
    await insertInOneStatement(db, flatten(rows));
    return;
  }
  await insertTenant(db, rows.tenant);
  await insertUser(db, rows.user);
  await insertMembership(db, rows.membership);
  await insertWorkspace(db, rows.workspace);
  await insertPlanWithTasks(db, rows.plan, rows.tasks);
}
