import { isUniqueViolation, type DB } from '@dyocense/db';

/** A unique violation means a concurrent call created the same account or link first. */
const MAX_ATTEMPTS = 3;

/**
 * Runs `work` in a transaction, again (up to three times in all) when a concurrent one won a
 * unique key: the retry then finds what the winner created.
 */
export async function inTransactionWithRetry<T>(
  deps: { db: DB },
  work: (trx: DB) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.db.transaction().execute(work);
    } catch (error) {
      if (attempt < MAX_ATTEMPTS && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
