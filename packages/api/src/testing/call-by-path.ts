import type { createCaller } from '../root';
import { trpcErrorOf } from './test-api';

type Caller = ReturnType<typeof createCaller>;

/** Calls the procedure at a dotted tRPC path (`members.list`) with `input`. */
export function callByPath(caller: Caller, path: string, input?: unknown): Promise<unknown> {
  const procedure = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

/** What a call came to: `ok`, or the refusal's reason (else its code). */
export async function outcomeOf(call: Promise<unknown>): Promise<string> {
  const settled = await call.then(
    () => 'ok',
    () => undefined,
  );
  if (settled) return settled;
  const error = await trpcErrorOf(call);
  return (error.cause as { reason?: string } | undefined)?.reason ?? error.code;
}
