import { z } from 'zod';
import { declared } from '../declare';
import { appRouter } from '../root';
import { router } from '../trpc';

/** The one procedure added: declared as every procedure is, with a path parameter and hot. */
const ping = declared({
  access: 'session',
  permission: 'account:own',
  method: 'GET',
  path: '/v1/fixtures/{name}/ping',
  summary: 'Answers pong by name to a signed-in caller',
  hot: true,
})
  .input(z.object({ name: z.string(), loud: z.boolean().optional() }))
  .output(z.object({ pong: z.string() }))
  .query(({ input }) => ({ pong: input.loud ? input.name.toUpperCase() : input.name }));

/**
 * The app router plus one procedure and no other edit: the OpenAPI document, the fuzz list, the
 * fast path and the docs table must all pick it up from its declaration alone.
 */
export const routerWithExtraProcedure = router({
  ...appRouter._def.record,
  fixtures: router({ ping }),
});
