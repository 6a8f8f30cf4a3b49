import { z } from 'zod';
import { ConfigError } from './config-error';
import { flag, whole } from './values';

/** What names the database: all a migration step reads. */
export const databaseLocationSchema = z.object({
  DATA_DIR: z.string().default('./data').meta({
    description: 'the SQLite file and, in development only, generated signing keys',
  }),
  DATABASE_URL: z.string().optional().meta({
    description:
      '`postgres://…` or `postgresql://…` for PostgreSQL; a file path or `file:…` for SQLite',
    defaultText: '`$DATA_DIR/dyocense.db`',
  }),
  PERSISTENCE_BACKEND: z.enum(['sqlite', 'postgres']).optional().meta({
    description:
      'older name: `PERSISTENCE_BACKEND=postgres` with `POSTGRES_URL` is the same as `DATABASE_URL` (which wins when set)',
  }),
  POSTGRES_URL: z.string().optional().meta({
    description: 'older name: the PostgreSQL address with `PERSISTENCE_BACKEND=postgres`',
  }),
});

/** The database, its PostgreSQL pool, and whether the server migrates it. */
export const databaseSchema = databaseLocationSchema
  .extend({
    DATABASE_POOL_SIZE: whole(1, 200)
      .default(10)
      .meta({ description: 'PostgreSQL connections per server instance' }),
    DATABASE_CONNECT_TIMEOUT_MS: whole(100, 600_000).default(5_000).meta({
      description:
        'longest wait for a PostgreSQL connection (new, or free in the pool), milliseconds; past it the call answers 503',
    }),
    DATABASE_STATEMENT_TIMEOUT_MS: whole(0, 3_600_000).default(10_000).meta({
      description:
        'longest PostgreSQL statement (`statement_timeout`), milliseconds; a connection silent a little longer is given up; `0` for no limit',
    }),
    DATABASE_IDLE_TIMEOUT_MS: whole(1_000, 3_600_000).default(30_000).meta({
      description: 'an idle pooled PostgreSQL connection is closed after this long, milliseconds',
    }),
    MIGRATE_ON_START: flag('MIGRATE_ON_START').default(true).meta({
      description:
        'migrate the database at start; `false` when `npm run db:migrate` runs as a release step of its own',
    }),
  })
  .meta({ title: 'Database' });

export interface DatabaseConfig {
  dataDir: string;
  databaseUrl: string;
  databasePoolSize: number;
  /**
   * PostgreSQL: how long opening (or waiting for) a connection may take, the statement timeout
   * (0: none) and how long an idle connection stays open.
   */
  databaseTimeouts: { connectMs: number; statementMs: number; idleMs: number };
  /** Whether `start()` migrates the database (off when migrations are a release step). */
  migrateOnStart: boolean;
}

/** DATABASE_URL, else the older PERSISTENCE_BACKEND/POSTGRES_URL pair, else SQLite in DATA_DIR. */
export function resolveDatabaseUrl(env: z.output<typeof databaseLocationSchema>): string {
  if (env.DATABASE_URL) return env.DATABASE_URL;
  if (env.PERSISTENCE_BACKEND === 'postgres') {
    if (!env.POSTGRES_URL) {
      throw new ConfigError(
        'PERSISTENCE_BACKEND=postgres needs POSTGRES_URL (or set DATABASE_URL)',
      );
    }
    return env.POSTGRES_URL;
  }
  return `${env.DATA_DIR.replace(/\/+$/, '')}/dyocense.db`;
}

/** The database settings; throws a ConfigError for PERSISTENCE_BACKEND without its URL. */
export function readDatabase(env: z.output<typeof databaseSchema>): DatabaseConfig {
  return {
    dataDir: env.DATA_DIR,
    databaseUrl: resolveDatabaseUrl(env),
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databaseTimeouts: {
      connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: env.DATABASE_STATEMENT_TIMEOUT_MS,
      idleMs: env.DATABASE_IDLE_TIMEOUT_MS,
    },
    migrateOnStart: env.MIGRATE_ON_START,
  };
}
