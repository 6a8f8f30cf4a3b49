import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type SqliteDialectConfig,
} from 'kysely';

/**
 * How long one statement waits for another process's write lock before failing with
 * SQLITE_BUSY. better-sqlite3 waits synchronously, so this is also the longest the event loop
 * can stall on one statement. Write transactions here hold the lock for a few milliseconds (the
 * two-process test measures well under 100 ms); a lock held for seconds means a migration or an
 * outside tool, and every queued write would stall in turn, so failing after 2 s (a retryable
 * 503) beats freezing the process. @default 2000
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2000;

/**
 * How long a migration run waits for another process's migration run (two servers starting on
 * one new file): migrating is what a starting process does, so it can wait. @default 60000
 */
export const SQLITE_MIGRATION_LOCK_TIMEOUT_MS = 60_000;

const BEGIN_IMMEDIATE = CompiledQuery.raw('begin immediate');
const COMMIT = CompiledQuery.raw('commit');

/** True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes). */
function isSqliteBusy(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error as { code: unknown };
  return typeof code === 'string' && /^SQLITE_BUSY(_|$)/.test(code);
}

/** Runs BEGIN IMMEDIATE until it gets the write lock, each try waiting the busy timeout. */
async function beginImmediateWithin(
  execute: (query: CompiledQuery) => Promise<unknown>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await execute(BEGIN_IMMEDIATE);
      return;
    } catch (error) {
      if (!isSqliteBusy(error) || Date.now() >= deadline) throw error;
    }
  }
}

/**
 * Takes the write lock when a transaction begins. Kysely begins with a deferred `begin`: a
 * transaction that reads and then writes must then upgrade its read lock, and under WAL SQLite
 * answers SQLITE_BUSY at once, without the busy handler, when another process holds the write
 * lock. `begin immediate` waits for it through the busy timeout instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(BEGIN_IMMEDIATE);
  }
}

/**
 * Kysely's SQLite migration lock does nothing (it assumes one connection); with several
 * processes two migration runs would both apply the same migrations. This runs the whole
 * migration run in one `begin immediate` transaction: runs exclude each other, and a run sees
 * the migrations the previous one committed. Migrations therefore cannot VACUUM or switch
 * `foreign_keys` (SQLite ignores that inside a transaction).
 */
class ProcessLockingSqliteAdapter extends SqliteAdapter {
  constructor(private readonly inTransaction: () => boolean) {
    super();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  override async acquireMigrationLock(db: Kysely<any>): Promise<void> {
    await beginImmediateWithin((query) => db.executeQuery(query), SQLITE_MIGRATION_LOCK_TIMEOUT_MS);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  override async releaseMigrationLock(db: Kysely<any>): Promise<void> {
    // Keeps what ran before a failed migration, as statement-by-statement commits did; after an
    // error SQLite rolled back itself (disk full, I/O) a commit would only hide that error.
    if (this.inTransaction()) await db.executeQuery(COMMIT);
  }
}

export interface ImmediateSqliteDialectConfig extends SqliteDialectConfig {
  /** Whether the connection is inside a transaction (better-sqlite3's `inTransaction`). */
  inTransaction: () => boolean;
}

/** Kysely's SQLite dialect, safe with several processes on one file (see the classes above). */
export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ImmediateSqliteDialectConfig;

  constructor(config: ImmediateSqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new ProcessLockingSqliteAdapter(this.#config.inTransaction);
  }
}
