import { listOAuthIdentities } from '@dyocense/db';
import { z } from 'zod';
import { identitiesOutput, providersOutput } from '../schemas';
import { protectedProcedure, publicProcedure } from '../trpc';

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

  identities: protectedProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/v1/auth/identities',
        tags: ['auth'],
        summary: 'The providers connected to the signed-in user, by which they can sign in',
      },
    })
    .input(z.void())
    .output(identitiesOutput)
    .query(async ({ ctx }) => ({
      items: (await listOAuthIdentities(ctx.db, ctx.session.userId)).map((identity) => ({
        provider: identity.provider,
        email: identity.email,
        created_at: identity.created_at.toISOString(),
        last_used_at: identity.last_used_at.toISOString(),
      })),
    })),
};
