import { declaredProcedures, type AppRouter, type Context, type Declaration } from '@dyocense/api';
import { getTRPCErrorFromUnknown, type TRPCError } from '@trpc/server';

export type CallOutcome = { ok: true; data: unknown } | { ok: false; error: TRPCError };

export interface HotProcedure {
  /** tRPC path, e.g. `auth.signup`. */
  path: string;
  type: 'query' | 'mutation';
  /** Its REST route as declared: `{method: 'GET', path: '/v1/tenants/{tenant_id}/plans'}`. */
  rest: Pick<Declaration, 'method' | 'path'>;
  /** Runs the procedure (middleware, input and output validation included) as tRPC's handlers do. */
  call(rawInput: unknown, ctx: Context): Promise<CallOutcome>;
}

/**
 * The procedures that carry the traffic, those declared `hot: true`; every other call takes the
 * stock adapters.
 */
export function hotProcedures(router: AppRouter): HotProcedure[] {
  return declaredProcedures(router)
    .filter(({ hot }) => hot)
    .map(({ trpcPath: path, type, method, path: restPath, procedure }) => ({
      path,
      type,
      rest: { method, path: restPath },
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
    }));
}
