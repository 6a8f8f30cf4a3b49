// A service outside the workspace that uses the client: the acceptance test installs the packed
// package into a project of its own, type-checks this file there (and copies with one name
// misspelt, which must not compile), then runs it with plain Node against a live server.
import {
  accountsErrorReason,
  createApiClient,
  isAccountsError,
  ServiceTokenError,
  TRPCClientError,
  type RouterInputs,
  type RouterOutputs,
} from '@dyocense/client';
import { TRPCClientError as TrpcOwnClientError } from '@trpc/client';

const [, , url = 'http://127.0.0.1:8001/trpc', email = 'consumer@example.com'] = process.argv;
const accounts = createApiClient({ url });
const signupInput: RouterInputs['auth']['signup'] = {
  email,
  name: 'Cy',
  business_name: 'Consumer Café',
  intent: 'grow',
};
const signup = await accounts.auth.signup.mutate(signupInput);
const session = await accounts.auth.verify.mutate({ token: signup.token ?? '' });

const asPerson = createApiClient({ url, getToken: () => session.jwt });
const plans: RouterOutputs['tenants']['plans'] = await asPerson.tenants.plans.query({
  tenant_id: session.tenant_id,
});
const titles = plans.items.map((plan) => plan.title);

// The owner registers a service client; the service then reads as itself, until it is revoked.
const registered = await asPerson.serviceClients.create.mutate({
  name: 'Consumer reports',
  scopes: ['plans:read'],
});
const asService = createApiClient({
  url,
  clientId: registered.client.client_id,
  clientSecret: registered.client_secret,
});
const servicePlans = await asService.tenants.plans.query({ tenant_id: 'me' });
await asPerson.serviceClients.revoke.mutate({ client_id: registered.client.client_id });
const afterRevoke = await asService.tenants.plans
  .query({ tenant_id: 'me' })
  .catch((error: unknown) => error);
const tokenRefusal = afterRevoke instanceof TRPCClientError ? afterRevoke.cause : undefined;

const reused = await accounts.auth.verify
  .mutate({ token: signup.token ?? '' })
  .catch((error: unknown) => error);
const result = {
  titles,
  serviceTitles: servicePlans.items.map(({ title }) => title),
  // The API refuses the revoked client's token (401); the client's retry with a fresh token is
  // refused by the token endpoint, and that refusal is what the call rejects with.
  afterRevoke: [
    accountsErrorReason(afterRevoke) ?? null,
    tokenRefusal instanceof ServiceTokenError ? tokenRefusal.error : null,
  ],
  reason: accountsErrorReason(reused),
  tokenUsed: isAccountsError(reused, 'TOKEN_USED'),
  // One tRPC for both: the package shares the application's @trpc/client (a peer dependency).
  sameErrorClass: TRPCClientError === TrpcOwnClientError && reused instanceof TrpcOwnClientError,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
