/** What the floor server needs from a database: the three flows as plain driver calls. */
export interface FloorStore {
  insertVerificationToken(row: NewTokenRow): Promise<void>;
  /** Consumes the token and provisions the account in one transaction; undefined if unusable. */
  verify(tokenHash: string, now: Date, ids: ProvisionIds): Promise<ProvisionedRow | undefined>;
  listPlans(tenantId: string): Promise<PlanRow[]>;
  close(): Promise<void>;
}

export interface NewTokenRow {
  tokenHash: string;
  email: string;
  fullName: string;
  businessName: string;
  intent: string | null;
  now: Date;
  expiresAt: Date;
}

export interface ProvisionIds {
  tenantId: (businessName: string) => string;
  userId: string;
  workspaceId: string;
  planId: string;
  taskIds: string[];
}

export interface ProvisionedRow {
  userId: string;
  tenantId: string;
  email: string;
  fullName: string;
  workspaceId: string;
}

export interface PlanRow {
  id: string;
  tenant_id: string;
  workspace_id: string;
  title: string;
  summary: string;
  intent: string;
  created_at: string;
  tasks: { id: string; position: number; title: string; description: string; done: boolean }[];
}

/** The same sample tasks the service provisions, so that rows and responses weigh the same. */
export const SAMPLE_TASKS: { title: string; description: string }[] = [
  {
    title: 'Describe your offer in one sentence',
    description: 'Write down what you sell, who it is for and why they should choose you.',
  },
  {
    title: 'Complete your business profile',
    description: 'Add your logo, opening hours and contact details so customers can reach you.',
  },
  {
    title: 'Choose your first sales channel',
    description: 'Pick one place to sell first: your own website, a marketplace or in person.',
  },
  {
    title: 'Set a launch date and budget',
    description: 'Decide when you open and how much you will spend on the first month.',
  },
  {
    title: 'Invite your first ten customers',
    description: 'Reach out personally to people who asked for this and offer them early access.',
  },
];

/** One row of parameters per sample task: id, plan id, position, title, description. */
export function sampleTaskParameters(planId: string, taskIds: string[]): unknown[] {
  return SAMPLE_TASKS.flatMap((task, position) => [
    taskIds[position],
    planId,
    position,
    task.title,
    task.description,
  ]);
}
