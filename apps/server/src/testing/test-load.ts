/** What became of one request a load test sent. */
export interface LoadOutcome {
  /** Which request of the run it was (what `send` was given). */
  n: number;
  /** The HTTP status, or the error code (`ECONNREFUSED`, …) when no response came. */
  result: number | string;
  /** Milliseconds since the load started, when the request was sent. */
  sentAt: number;
  body?: Record<string, unknown>;
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * `workers` loops, each sending `send(n)` (n counts every request of the run) until `done()`
 * says so or `maxRequests` have gone out; bounded so it always stops by itself.
 */
export async function runLoad(options: {
  workers: number;
  send: (n: number) => Promise<Response>;
  done: (outcomes: LoadOutcome[]) => boolean;
  maxRequests: number;
}): Promise<LoadOutcome[]> {
  const outcomes: LoadOutcome[] = [];
  const started = Date.now();
  let sent = 0;
  const worker = async () => {
    while (sent < options.maxRequests && !options.done(outcomes)) {
      const n = sent++;
      const sentAt = Date.now() - started;
      try {
        const response = await options.send(n);
        const text = await response.text();
        const body = text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {};
        outcomes.push({ n, result: response.status, sentAt, body });
      } catch (error) {
        outcomes.push({ n, result: errorCode(error), sentAt });
      }
    }
  };
  await Promise.all(Array.from({ length: options.workers }, worker));
  return outcomes;
}

/** How many outcomes had each result, e.g. `{200: 312, ECONNREFUSED: 8}`. */
export function countResults(outcomes: LoadOutcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { result } of outcomes) counts[result] = (counts[result] ?? 0) + 1;
  return counts;
}

/** A sign-up request body with an address of its own. */
export function signupBody(n: number, tag: string): string {
  return JSON.stringify({
    email: `${tag}-${n}@example.com`,
    name: 'Load Tester',
    business_name: `Load Shop ${n}`,
  });
}
