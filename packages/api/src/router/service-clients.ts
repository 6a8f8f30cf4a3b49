import { z } from 'zod';
import {
  createdServiceClientOutput,
  createServiceClientInput,
  serviceClientIdInput,
  serviceClientsOutput,
} from '../service-client-schemas';
import {
  createServiceClient,
  revokeOwnServiceClient,
  serviceClientsOf,
} from '../services/service-clients';
import { doneOutput } from '../schemas';
import { declared } from '../declare';
import { router } from '../trpc';

/** The tenant's service clients (OAuth client credentials), managed by its owner only. */
export const serviceClientsRouter = router({
  list: declared({
    access: 'session',
    permission: 'service-clients:manage',
    method: 'GET',
    path: '/v1/service-clients',
    summary:
      'The tenant’s service clients with their scopes, last use and revocation, newest first',
  })
    .input(z.void())
    .output(serviceClientsOutput)
    .query(({ ctx }) => serviceClientsOf(ctx, ctx.session)),

  create: declared({
    access: 'session',
    permission: 'service-clients:manage',
    method: 'POST',
    path: '/v1/service-clients',
    summary:
      'Register a service client with its scopes; the answer holds its secret, shown this once',
  })
    .input(createServiceClientInput)
    .output(createdServiceClientOutput)
    .mutation(({ ctx, input }) => createServiceClient(ctx, ctx.session, input)),

  revoke: declared({
    access: 'session',
    permission: 'service-clients:manage',
    method: 'POST',
    path: '/v1/service-clients/{client_id}/revoke',
    reasons: ['SERVICE_CLIENT_NOT_FOUND'],
    summary:
      'Revoke a service client: no more tokens, and its tokens are refused from their next call',
  })
    .input(serviceClientIdInput)
    .output(doneOutput)
    .mutation(({ ctx, input }) => revokeOwnServiceClient(ctx, ctx.session, input.client_id)),
});
