import { adminProcedure } from '../admin-procedure';
import { funnelInput, funnelOutput } from '../analytics-schemas';
import { signupFunnel } from '../services/funnel';
import { router } from '../trpc';

export const analyticsRouter = router({
  funnel: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/analytics/funnel',
        tags: ['analytics'],
        summary:
          'The sign-up funnel of a time range, whole and by intent, use case or day (operator key)',
      },
    })
    .input(funnelInput)
    .output(funnelOutput)
    .query(({ ctx, input }) => signupFunnel(ctx, input)),
});
