import { insertAccount, type DB, type User, type VerificationToken } from '@dyocense/db';
import { newPlanId, newTaskId, newTenantId, newUserId, newWorkspaceId } from '../ids';
import { INTENTS, type Intent } from '../schemas';
import { samplePlanFor } from './sample-plan';

export interface ProvisionedAccount {
  user: User;
  workspaceId: string;
}

function knownIntent(intent: string | null): Intent {
  return INTENTS.find((known) => known === intent) ?? 'other';
}

/**
 * Creates the tenant, its owner, a default workspace and a sample plan for a verified sign-up,
 * in one write (`insertAccount`); `db` must be the transaction that consumed the token.
 */
export async function provisionAccount(
  db: DB,
  token: Pick<VerificationToken, 'email' | 'full_name' | 'business_name' | 'intent' | 'use_case'>,
  now: Date,
): Promise<ProvisionedAccount> {
  const intent = knownIntent(token.intent);
  const tenantId = newTenantId(token.business_name);
  const user: User = {
    id: newUserId(),
    tenant_id: tenantId,
    email: token.email,
    full_name: token.full_name,
    email_verified_at: now,
    created_at: now,
    updated_at: now,
  };
  const workspaceId = newWorkspaceId();
  const plan = samplePlanFor(intent);
  const planId = newPlanId();
  await insertAccount(db, {
    tenant: {
      id: tenantId,
      name: token.business_name,
      owner_email: token.email,
      metadata: JSON.stringify({ intent, use_case: token.use_case }),
      created_at: now,
      updated_at: now,
    },
    user,
    membership: {
      tenant_id: tenantId,
      user_id: user.id,
      role: 'owner',
      created_at: now,
      updated_at: now,
    },
    workspace: {
      id: workspaceId,
      tenant_id: tenantId,
      name: 'Main workspace',
      description: `${token.business_name}'s default workspace`,
      created_by: user.id,
      is_default: true,
      created_at: now,
    },
    plan: {
      id: planId,
      tenant_id: tenantId,
      workspace_id: workspaceId,
      title: plan.title,
      summary: plan.summary,
      intent,
      created_at: now,
    },
    tasks: plan.tasks.map((task, position) => ({
      id: newTaskId(),
      plan_id: planId,
      position,
      title: task.title,
      description: task.description,
      done: false,
    })),
  });
  return { user, workspaceId };
}
