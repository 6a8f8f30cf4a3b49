import { z } from 'zod';
import { providersOutput } from '../schemas';
import { publicProcedure } from '../trpc';

/** Sign-in providers, served under `auth.`; their redirect flow is HTTP routes in the server. */
export const providerProcedures = {
  providers: publicProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/auth/providers',
        protect: false,
        tags: ['auth'],
        summary: 'The sign-in providers configured (Google, GitHub, OpenID Connect)',
      },
    })
    .input(z.void())
    .output(providersOutput)
    .query(({ ctx }) => ({
      items: ctx.oauthProviders.list().map((provider) => ({
        id: provider.id,
        name: provider.name,
        authorize_url: ctx.oauthProviders.authorizeUrl(provider.id),
      })),
    })),
};
