import type { AppRouter, Context } from '@dyocense/api';
import { getTRPCErrorFromUnknown, type AnyTRPCProcedure, type TRPCError } from '@trpc/server';

/** The procedures that carry the traffic; every other call takes the stock adapters. */
export const HOT_PROCEDURES = ['auth.signup', 'auth.verify', 'tenants.plans'] as const;
export type HotProcedurePath = (typeof HOT_PROCEDURES)[number];

export type CallOutcome = { ok: true; data: unknown } | { ok: false; error: TRPCError };

export interface HotProcedure {
  path: HotProcedurePath;
  type: 'query' | 'mutation';
  /** Runs the procedure (middleware, input and output validation included) as tRPC's handlers do. */
  call(rawInput: unknown, ctx: Context): Promise<CallOutcome>;
}

export function hotProcedure(router: AppRouter, path: HotProcedurePath): HotProcedure {
  // At run time `procedures` is flat, keyed by dotted path (its declared type is the nested tree).
  const procedures = router._def.procedures as unknown as Record<string, AnyTRPCProcedure>;
  const procedure = procedures[path];
  if (!procedure) throw new Error(`No procedure at ${path}`);
  const type = procedure._def.type === 'query' ? 'query' : 'mutation';
  return {
    path,
    type,
    async call(rawInput, ctx) {
      try {
        const data: unknown = await procedure({
          path,
          getRawInput: async () => rawInput,
          ctx,
          type,
          signal: undefined,
          batchIndex: 0,
        });
        return { ok: true, data };
      } catch (cause) {
        return { ok: false, error: getTRPCErrorFromUnknown(cause) };
      }
    },
  };
}
