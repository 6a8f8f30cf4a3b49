import { z } from 'zod';
import { identitiesOutput, providersOutput } from '../schemas';
import { connectedIdentities, signInProviders } from '../services/account';
import { declared } from '../declare';

/** Sign-in providers, served under `auth.`; their redirect flow is HTTP routes in the server. */
export const providerProcedures = {
  providers: declared({
    access: 'public',
    method: 'GET',
    path: '/v1/auth/providers',
    summary:
      'The sign-in providers configured (Google, GitHub, OpenID Connect), each with its authorize_url',
  })
    .input(z.void())
    .output(providersOutput)
    .query(({ ctx }) => signInProviders(ctx)),

  identities: declared({
    access: 'session',
    permission: 'account:own',
    method: 'GET',
    path: '/v1/auth/identities',
    summary: 'The providers connected to the signed-in user, by which they can sign in',
  })
    .input(z.void())
    .output(identitiesOutput)
    .query(({ ctx }) => connectedIdentities(ctx, ctx.session)),
};
