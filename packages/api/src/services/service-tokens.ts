import { timingSafeEqual } from 'node:crypto';
import { findServiceClient, markServiceClientUsed, type ServiceClient } from '@dyocense/db';
import type { Context } from '../context';
import { AccountsError } from '../errors';
import type { VerifiedServiceToken } from '../jwt';
import { hashToken } from '../tokens';
import { consumeLimits, limitFailures } from './rate-limiting';

/** What a token request carries once its HTTP form is read (RFC 6749 §4.4.2). */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** The space-separated scopes asked for; all of the client's when absent. */
  scope?: string | undefined;
}

/** The success answer of RFC 6749 §5.1. */
export interface ServiceTokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

export type ServiceTokenGrant =
  | { ok: true; token: ServiceTokenResponse }
  | { ok: false; error: 'invalid_scope'; description: string };

/** A last use this recent is not written again: a service's calls stay reads. */
const LAST_USE_RESOLUTION_MS = 60_000;
// Compared against when the client is unknown, so that both refusals cost the same.
const NO_SECRET_HASH = hashToken('no such client');

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

type TokenContext = Pick<Context, 'db' | 'now' | 'events' | 'rateLimits' | 'clientIp' | 'jwt'>;

/** The client these credentials authenticate, or CLIENT_AUTHENTICATION_FAILED, one answer for all. */
async function authenticateClient(
  ctx: TokenContext,
  credentials: ClientCredentials,
): Promise<ServiceClient> {
  const client = await findServiceClient(ctx.db, credentials.clientId);
  const matches = sameHash(
    hashToken(credentials.clientSecret),
    client?.secret_hash ?? NO_SECRET_HASH,
  );
  if (client && matches && client.revoked_at === null) return client;
  // Only a known client's refusals reach its tenant's audit log; a guessed id has no tenant.
  if (client) {
    await ctx.events.record(ctx.db, {
      type: 'service_token_refused',
      tenantId: client.tenant_id,
      detail: matches ? 'revoked' : 'wrong_secret',
    });
  }
  throw new AccountsError('CLIENT_AUTHENTICATION_FAILED');
}

/** The scopes granted: those asked for if the client holds each, else all of the client's. */
function grantedScopes(client: ServiceClient, asked: string | undefined): string[] | undefined {
  const held = client.scopes.split(' ');
  if (asked === undefined) return held;
  const wanted = asked.split(' ');
  if (!wanted.every((scope) => held.includes(scope))) return undefined;
  // Once each, in the client's order.
  return held.filter((scope) => wanted.includes(scope));
}

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4): a short-lived access token (RFC 9068) for a
 * client whose secret matches and that is not revoked. Wrong secrets count per client address
 * (then even the right one waits); tokens count per client. The token is signed in the
 * transaction that marks the client used only if it is not revoked, so no token is issued once a
 * revocation has committed.
 */
export async function grantClientCredentials(
  ctx: TokenContext,
  credentials: ClientCredentials,
): Promise<ServiceTokenGrant> {
  const client = await limitFailures(ctx, 'tokenFailuresPerIp', ctx.clientIp, () =>
    authenticateClient(ctx, credentials),
  );
  const scopes = grantedScopes(client, credentials.scope);
  if (!scopes) {
    await ctx.events.record(ctx.db, {
      type: 'service_token_refused',
      tenantId: client.tenant_id,
      detail: 'invalid_scope',
    });
    return {
      ok: false,
      error: 'invalid_scope',
      description: `This client may ask only for: ${client.scopes}`,
    };
  }
  await consumeLimits(ctx, [['tokenRequestsPerClient', client.id]]);
  const now = ctx.now();
  const issued = await ctx.db.transaction().execute(async (trx) => {
    if (!(await markServiceClientUsed(trx, client.id, now))) return undefined;
    await ctx.events.record(trx, { type: 'service_token_issued', tenantId: client.tenant_id });
    return ctx.jwt.signServiceToken(
      { clientId: client.id, tenantId: client.tenant_id, scopes },
      now,
    );
  });
  if (!issued) throw new AccountsError('CLIENT_AUTHENTICATION_FAILED');
  return {
    ok: true,
    token: {
      access_token: issued.jwt,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      scope: scopes.join(' '),
    },
  };
}

/**
 * Refuses a service's access token whose client was revoked (or is gone), from its next call on,
 * on every instance; records the client's use at most once a minute.
 */
export async function assertServiceClientActive(
  deps: Pick<Context, 'db'>,
  token: VerifiedServiceToken,
  now: Date,
): Promise<void> {
  const client = await findServiceClient(deps.db, token.clientId);
  if (!client || client.revoked_at !== null || client.tenant_id !== token.tenantId) {
    throw new AccountsError('SERVICE_CLIENT_REVOKED');
  }
  const lastUse = client.last_used_at?.getTime() ?? 0;
  if (now.getTime() - lastUse >= LAST_USE_RESOLUTION_MS) {
    await markServiceClientUsed(deps.db, client.id, now);
  }
}
