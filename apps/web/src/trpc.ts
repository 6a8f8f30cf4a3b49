import type { AppRouter } from '@dyocense/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/**
 * Typed query and mutation options for every procedure, straight from the router's types; the
 * client itself for steps that chain calls around the browser (passkeys).
 */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
