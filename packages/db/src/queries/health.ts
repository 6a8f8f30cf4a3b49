import { sql } from 'kysely';
import type { DB } from '../database';

/** Resolves once the database answers a trivial query: what `/readyz` asks of it. */
export async function pingDatabase(db: DB): Promise<void> {
  await sql`select 1`.execute(db);
}
