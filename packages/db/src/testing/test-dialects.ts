export type DialectName = 'sqlite' | 'postgres';

/** The PostgreSQL server tests use; unset means the PostgreSQL half of the matrix does not run. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL?.trim() || undefined;
}

/** The dialect matrix: SQLite always, PostgreSQL when `TEST_POSTGRES_URL` is set. */
export function testDialects(): DialectName[] {
  return testPostgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}
