import type { DB } from '../database';
import type { NewOAuthFlow, OAuthFlow, OAuthIdentity } from '../schema';

export async function insertOAuthFlow(db: DB, flow: NewOAuthFlow): Promise<void> {
  await db.insertInto('oauth_flows').values(flow).execute();
}

export async function findOAuthFlow(db: DB, stateHash: string): Promise<OAuthFlow | undefined> {
  return db
    .selectFrom('oauth_flows')
    .selectAll()
    .where('state_hash', '=', stateHash)
    .executeTakeFirst();
}

/**
 * Ends the `authorizing` stage of an unexpired flow in one conditional UPDATE, so that of any
 * number of callbacks with the same state exactly one gets the row back.
 */
export async function consumeAuthorizingFlow(
  db: DB,
  stateHash: string,
  provider: string,
  now: Date,
): Promise<OAuthFlow | undefined> {
  return db
    .updateTable('oauth_flows')
    .set({ stage: 'done' })
    .where('state_hash', '=', stateHash)
    .where('provider', '=', provider)
    .where('stage', '=', 'authorizing')
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Keeps a provider's identity with a consumed flow until the person names their business; the
 * flow then belongs to `browser_hash`, the hash of the naming step's own key.
 */
export async function awaitBusinessName(
  db: DB,
  stateHash: string,
  identity: {
    browser_hash: string;
    subject: string;
    email: string;
    full_name: string;
    expires_at: Date;
  },
): Promise<void> {
  await db
    .updateTable('oauth_flows')
    .set({ stage: 'naming', ...identity })
    .where('state_hash', '=', stateHash)
    .execute();
}

/**
 * Takes the browser's newest flow that waits for a business name, once: of concurrent callers,
 * only one gets it back from the conditional UPDATE.
 */
export async function consumeNamingFlow(
  db: DB,
  browserHash: string,
  now: Date,
): Promise<OAuthFlow | undefined> {
  const newest = await findNamingFlow(db, browserHash, now);
  if (!newest) return undefined;
  return db
    .updateTable('oauth_flows')
    .set({ stage: 'done' })
    .where('state_hash', '=', newest.state_hash)
    .where('stage', '=', 'naming')
    .returningAll()
    .executeTakeFirst();
}

/** The browser's unexpired flow that waits for a business name, without taking it. */
export async function findNamingFlow(
  db: DB,
  browserHash: string,
  now: Date,
): Promise<OAuthFlow | undefined> {
  return db
    .selectFrom('oauth_flows')
    .selectAll()
    .where('browser_hash', '=', browserHash)
    .where('stage', '=', 'naming')
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function deleteExpiredOAuthFlows(db: DB, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('oauth_flows')
    .where('expires_at', '<=', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findOAuthIdentity(
  db: DB,
  provider: string,
  subject: string,
): Promise<OAuthIdentity | undefined> {
  return db
    .selectFrom('oauth_identities')
    .selectAll()
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .executeTakeFirst();
}

export async function insertOAuthIdentity(
  db: DB,
  identity: { provider: string; subject: string; user_id: string; email: string | null; now: Date },
): Promise<void> {
  const { now, ...row } = identity;
  await db
    .insertInto('oauth_identities')
    .values({ ...row, created_at: now, last_used_at: now })
    .execute();
}

export async function listOAuthIdentities(db: DB, userId: string): Promise<OAuthIdentity[]> {
  return db
    .selectFrom('oauth_identities')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

export async function touchOAuthIdentity(
  db: DB,
  provider: string,
  subject: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('oauth_identities')
    .set({ last_used_at: now })
    .where('provider', '=', provider)
    .where('subject', '=', subject)
    .execute();
}
