import { describe } from 'vitest';

export type DialectName = 'sqlite' | 'postgres';

/** The PostgreSQL server tests use; unset means the PostgreSQL half of the matrix does not run. */
export function testPostgresUrl(): string | undefined {
  return process.env.TEST_POSTGRES_URL?.trim() || undefined;
}

/** Every dialect; a suite of each is declared whatever is configured, skipped if it cannot run. */
export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** An optional service a suite needs, and the variable that names it. */
const SERVICES = {
  postgres: { variable: 'TEST_POSTGRES_URL', example: 'postgres://postgres@127.0.0.1:5432/test' },
  redis: { variable: 'TEST_REDIS_URL', example: 'redis://127.0.0.1:6379' },
} as const;

/** What a suite needs: a dialect (SQLite is always there) or Redis. */
export type TestNeed = DialectName | keyof typeof SERVICES;

/** Why a suite that needs `need` cannot run here; undefined when it can. */
export function missingService(need: TestNeed): string | undefined {
  if (need === 'sqlite') return undefined;
  const { variable, example } = SERVICES[need];
  return process.env[variable]?.trim() ? undefined : `${variable} is not set (e.g. ${example})`;
}

/**
 * `describe` for a suite that needs `need`: the suite itself when it can run; otherwise the same
 * suite skipped, with the reason in its name, so a run without PostgreSQL or Redis shows what it
 * left out. With CI=true a missing service fails the file instead: CI must run everything.
 */
export function describeFor(need: TestNeed): (name: string, body: () => void) => void {
  const missing = missingService(need);
  if (!missing) return (name, body) => describe(name, body);
  if (process.env.CI === 'true') throw new Error(`CI=true requires every suite: ${missing}`);
  return (name, body) => describe.skip(`${name} [skipped: ${missing}]`, body);
}
