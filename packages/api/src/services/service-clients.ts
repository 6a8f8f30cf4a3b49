import {
  insertServiceClient,
  listServiceClients,
  revokeServiceClient,
  type DB,
  type ServiceClient,
} from '@dyocense/db';
import { AccountsError } from '../errors';
import type { VerifiedSession } from '../jwt';
import { randomHex } from '../random';
import { done, listResponse, serializeServiceClient } from '../responses';
import { SERVICE_SCOPE_NAMES, type ServiceScope } from '../scopes';
import type { CreateServiceClientInput } from '../service-client-schemas';
import { generateToken, hashToken } from '../tokens';
import type { AuthEvents } from './auth-events';

export interface ServiceClientDeps {
  db: DB;
  now: () => Date;
  events: AuthEvents;
}

/** `svc_` and 96 random bits: public, it names the client. */
export const newServiceClientId = (): string => `svc_${randomHex(24)}`;

/** `dsk_` and 256 random bits (base64url): the prefix tells a leaked secret at a glance. */
export const newServiceClientSecret = (): string => `dsk_${generateToken()}`;

/** The scopes once each, in the order of SERVICE_SCOPES: what is stored and what tokens say. */
export function canonicalScopes(scopes: readonly string[]): ServiceScope[] {
  return SERVICE_SCOPE_NAMES.filter((scope) => scopes.includes(scope));
}

/** Registers a client; its secret is in this answer only (the database keeps its SHA-256). */
export async function createServiceClient(
  deps: ServiceClientDeps,
  session: VerifiedSession,
  input: CreateServiceClientInput,
) {
  const secret = newServiceClientSecret();
  const client: ServiceClient = {
    id: newServiceClientId(),
    tenant_id: session.tenantId,
    name: input.name,
    scopes: canonicalScopes(input.scopes).join(' '),
    secret_hash: hashToken(secret),
    created_by: session.userId,
    created_at: deps.now(),
    last_used_at: null,
    revoked_at: null,
  };
  await deps.db.transaction().execute(async (trx) => {
    await insertServiceClient(trx, client);
    await deps.events.record(trx, { type: 'service_client_created', tenantId: client.tenant_id });
  });
  return { client: serializeServiceClient(client), client_secret: secret };
}

/** The tenant's clients, revoked ones too, newest first. */
export async function serviceClientsOf(deps: ServiceClientDeps, session: VerifiedSession) {
  const clients = await listServiceClients(deps.db, session.tenantId);
  return listResponse(clients.map(serializeServiceClient));
}

/**
 * Revokes one of the tenant's clients: no token is issued to it any more, and the tokens it holds
 * are refused from their next call. A client of another tenant, or one already revoked, is
 * NOT_FOUND.
 */
export async function revokeOwnServiceClient(
  deps: ServiceClientDeps,
  session: VerifiedSession,
  clientId: string,
) {
  const revoked = await deps.db.transaction().execute(async (trx) => {
    const where = { id: clientId, tenantId: session.tenantId };
    if (!(await revokeServiceClient(trx, where, deps.now()))) return false;
    await deps.events.record(trx, { type: 'service_client_revoked', tenantId: session.tenantId });
    return true;
  });
  if (!revoked) throw new AccountsError('SERVICE_CLIENT_NOT_FOUND');
  return done();
}
