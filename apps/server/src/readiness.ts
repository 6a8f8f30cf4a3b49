import type { FastifyInstance } from 'fastify';

/** One dependency `/readyz` asks about. */
export interface DependencyCheck {
  name: string;
  /** Without it the service cannot answer (the database); an optional one only degrades it. */
  required: boolean;
  /** Resolves when the dependency answers; rejects (or takes longer than the timeout) when not. */
  check(): Promise<void>;
}

export type DependencyStatus = { status: 'up' } | { status: 'down'; message: string };

export interface Readiness {
  /** From now on `/readyz` answers 503 `draining`, so a load balancer stops sending traffic. */
  startDraining(): void;
  readonly draining: boolean;
}

/** How long `/readyz` waits for one dependency before calling it down. @default 2000 */
export const DEFAULT_READINESS_TIMEOUT_MS = 2_000;

function withTimeout(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
}

async function probe(dependency: DependencyCheck, timeoutMs: number): Promise<DependencyStatus> {
  try {
    await withTimeout(dependency.check, timeoutMs);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  }
}

function readinessStatus(draining: boolean, requiredDown: boolean, anyDown: boolean): string {
  if (draining) return 'draining';
  if (requiredDown) return 'unavailable';
  return anyDown ? 'degraded' : 'ready';
}

/**
 * `GET /readyz`: 200 `ready` (or `degraded`, when only an optional dependency is down), 503
 * `unavailable` when a required one is down and 503 `draining` once shutdown began. Each
 * dependency is named with its own status, and none can hold the answer past the timeout.
 */
export function registerReadiness(
  app: FastifyInstance,
  options: { checks: DependencyCheck[]; timeoutMs?: number },
): Readiness {
  const timeoutMs = options.timeoutMs ?? DEFAULT_READINESS_TIMEOUT_MS;
  let draining = false;

  app.get('/readyz', async (_request, reply) => {
    const results = await Promise.all(
      options.checks.map(
        async (dependency) => [dependency, await probe(dependency, timeoutMs)] as const,
      ),
    );
    const dependencies = Object.fromEntries(
      results.map(([dependency, result]) => [dependency.name, result]),
    );
    const down = results.filter(([, result]) => result.status === 'down');
    const requiredDown = down.some(([dependency]) => dependency.required);
    const status = readinessStatus(draining, requiredDown, down.length > 0);
    // Not logged here: a balancer asks every second; the pools log an outage once.
    if (draining || requiredDown) {
      return reply.code(503).header('retry-after', '5').send({ status, dependencies });
    }
    return { status, dependencies };
  });

  return {
    startDraining() {
      draining = true;
    },
    get draining() {
      return draining;
    },
  };
}
