import { declared } from '../declare';
import { funnelInput, funnelOutput } from '../analytics-schemas';
import { signupFunnel } from '../services/funnel';
import { router } from '../trpc';

export const analyticsRouter = router({
  funnel: declared({
    access: 'operator',
    method: 'GET',
    path: '/v1/analytics/funnel',
    summary:
      'The sign-up funnel of a time range, whole (totals) and by intent, use case or UTC day (groups); operator key only',
  })
    .input(funnelInput)
    .output(funnelOutput)
    .query(({ ctx, input }) => signupFunnel(ctx, input)),
});
