import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { analyticsRouter } from './router/analytics';
import { authRouter } from './router/auth';
import { invitationsRouter } from './router/invitations';
import { membersRouter } from './router/members';
import { passkeysRouter } from './router/passkeys';
import { serviceClientsRouter } from './router/service-clients';
import { tenantsRouter } from './router/tenants';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  tenants: tenantsRouter,
  analytics: analyticsRouter,
  serviceClients: serviceClientsRouter,
  members: membersRouter,
  invitations: invitationsRouter,
  passkeys: passkeysRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Calls procedures in-process: `createCaller(createContext(createApiDeps({ db, jwt }), request))`. */
export const createCaller = createCallerFactory(appRouter);
