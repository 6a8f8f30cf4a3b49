import type { AppRouter } from '@dyocense/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** Typed query and mutation options for every procedure, straight from the router's types. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();
