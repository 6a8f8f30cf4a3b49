import type { DB } from '../database';
import { addRowValues, preparedQuery, rowsFromValues } from '../prepared-query';
import type { NewPlan, NewPlanTask, Plan, PlanTask } from '../schema';

export type PlanWithTasks = Plan & { tasks: PlanTask[] };

const insertPlanQuery = preparedQuery((db, plan: NewPlan) => db.insertInto('plans').values(plan));
// Compiled once per number of tasks.
const insertTasksQuery = preparedQuery((db, values: Record<string, unknown>) =>
  db
    .insertInto('plan_tasks')
    .values(rowsFromValues(values, 'task', 'id') as unknown as NewPlanTask[]),
);
const plansByTenant = preparedQuery((db, { tenantId }: { tenantId: string }) =>
  db
    .selectFrom('plans')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .orderBy('id'),
);
// One value per plan (`plan0`, `plan1`…), so each count of plans has its own compiled IN-list.
const tasksOfPlans = preparedQuery((db, planIds: Record<string, string>) =>
  db
    .selectFrom('plan_tasks')
    .selectAll()
    .where('plan_id', 'in', Object.values(planIds))
    .orderBy('plan_id')
    .orderBy('position'),
);

/** Inserts a plan and its tasks; call inside a transaction so neither exists without the other. */
export async function insertPlanWithTasks(
  db: DB,
  plan: NewPlan,
  tasks: NewPlanTask[],
): Promise<void> {
  await insertPlanQuery(db, plan);
  if (tasks.length > 0) await insertTasksQuery(db, addRowValues({}, 'task', tasks));
}

/** A tenant's plans, newest first, each with its tasks in order: two queries, whatever the count. */
export async function listPlansWithTasks(db: DB, tenantId: string): Promise<PlanWithTasks[]> {
  const plans = (await plansByTenant(db, { tenantId })).rows;
  if (plans.length === 0) return [];

  const planIds = Object.fromEntries(plans.map((plan, index) => [`plan${index}`, plan.id]));
  const tasks = (await tasksOfPlans(db, planIds)).rows;

  const tasksByPlan = new Map<string, PlanTask[]>(plans.map((plan) => [plan.id, []]));
  for (const task of tasks) tasksByPlan.get(task.plan_id)?.push(task);
  return plans.map((plan) => ({ ...plan, tasks: tasksByPlan.get(plan.id) ?? [] }));
}
