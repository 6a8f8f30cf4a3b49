import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApiDeps, createContext } from '../context';
import { createJwtService } from '../jwt';
import { grantClientCredentials, type ClientCredentials } from '../services/service-tokens';
import {
  createTestApi,
  describeRefusal,
  TEST_JWT_SECRET,
  trpcErrorOf,
  type TestApi,
} from '../testing/test-api';

const refusal = async (call: Promise<unknown>) => describeRefusal(await trpcErrorOf(call));

for (const dialect of DIALECTS) {
  describeFor(dialect)(`service clients (${dialect})`, () => {
    let api: TestApi;
    let owner: Awaited<ReturnType<TestApi['createAccount']>>;

    beforeAll(async () => {
      api = await createTestApi(dialect);
      owner = await api.createAccount({ business_name: 'Owner Shop' });
    });
    afterAll(() => api.destroy());

    /** The token endpoint's grant, as the HTTP route calls it. */
    function grant(credentials: ClientCredentials) {
      const deps = createApiDeps({
        db: api.database.db,
        jwt: createJwtService({ secret: TEST_JWT_SECRET }),
        now: api.clock.now,
      });
      return grantClientCredentials(createContext(deps, { clientIp: '192.0.2.1' }), credentials);
    }

    async function tokenFor(credentials: ClientCredentials): Promise<string> {
      const granted = await grant(credentials);
      if (!granted.ok) throw new Error(granted.description);
      return granted.token.access_token;
    }

    async function register(scopes: ('plans:read' | 'projects:read')[], name = 'Billing') {
      const created = await api.caller(owner.jwt).serviceClients.create({ name, scopes });
      return { clientId: created.client.client_id, clientSecret: created.client_secret, created };
    }

    it('shows the secret once, lists the client without it, and keeps only its hash', async () => {
      const { clientId, clientSecret, created } = await register(['plans:read'], '  Billing  ');
      expect(clientSecret).toMatch(/^dsk_[A-Za-z0-9_-]{43}$/);
      expect(created.client).toMatchObject({ name: 'Billing', scopes: ['plans:read'] });
      const list = await api.caller(owner.jwt).serviceClients.list();
      const listed = list.items.find((client) => client.client_id === clientId);
      expect(listed).toEqual({ ...created.client, last_used_at: null });
      expect(JSON.stringify(list)).not.toContain(clientSecret);
      const row = await api.database.db
        .selectFrom('service_clients')
        .selectAll()
        .where('id', '=', clientId)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(clientSecret.slice(4));
    });

    it('lets a service read its own tenant with its scopes and nothing else', async () => {
      const credentials = await register(['plans:read']);
      const caller = api.caller(await tokenFor(credentials));
      expect((await caller.tenants.plans({ tenant_id: 'me' })).count).toBe(1);
      expect((await caller.tenants.plans({ tenant_id: owner.tenant_id })).count).toBe(1);
      expect(await refusal(caller.tenants.plans({ tenant_id: 'other-tenant-1' }))).toBe(
        'FORBIDDEN TENANT_FORBIDDEN',
      );
      expect(await refusal(caller.tenants.projects())).toBe('FORBIDDEN SCOPE_REQUIRED');
      expect(await refusal(caller.auth.me())).toBe('FORBIDDEN SERVICE_NOT_ALLOWED');
      expect(await refusal(caller.serviceClients.list())).toBe('FORBIDDEN SERVICE_NOT_ALLOWED');
      expect(
        await refusal(caller.serviceClients.create({ name: 'x', scopes: ['plans:read'] })),
      ).toBe('FORBIDDEN SERVICE_NOT_ALLOWED');
    });

    it('narrows a token to the scopes asked for, and refuses scopes the client lacks', async () => {
      const credentials = await register(['plans:read', 'projects:read']);
      const narrowed = await grant({ ...credentials, scope: 'projects:read' });
      expect(narrowed).toMatchObject({ ok: true, token: { scope: 'projects:read' } });
      const caller = api.caller(narrowed.ok ? narrowed.token.access_token : '');
      expect((await caller.tenants.projects()).count).toBe(1);
      expect(await refusal(caller.tenants.plans({ tenant_id: 'me' }))).toBe(
        'FORBIDDEN SCOPE_REQUIRED',
      );
      const all = await grant(credentials);
      expect(all).toMatchObject({ ok: true, token: { scope: 'plans:read projects:read' } });
      for (const scope of ['members:write', 'plans:read members:write', '', 'plans:read  ']) {
        expect(await grant({ ...credentials, scope })).toMatchObject({
          ok: false,
          error: 'invalid_scope',
        });
      }
    });

    it('refuses a wrong secret and an unknown client alike', async () => {
      const { clientId } = await register(['plans:read']);
      const wrong = await grant({ clientId, clientSecret: 'dsk_wrong' }).catch((e: unknown) => e);
      const unknown = await grant({
        clientId: 'svc_000000000000000000000000',
        clientSecret: 'x',
      }).catch((e: unknown) => e);
      expect(wrong).toMatchObject({ reason: 'CLIENT_AUTHENTICATION_FAILED' });
      expect(unknown).toMatchObject({
        reason: 'CLIENT_AUTHENTICATION_FAILED',
        message: (wrong as Error).message,
      });
    });

    it('refuses the next call of a revoked client, and any new token', async () => {
      const credentials = await register(['plans:read']);
      const token = await tokenFor(credentials);
      expect((await api.caller(token).tenants.plans({ tenant_id: 'me' })).count).toBe(1);
      await api.caller(owner.jwt).serviceClients.revoke({ client_id: credentials.clientId });
      expect(await refusal(api.caller(token).tenants.plans({ tenant_id: 'me' }))).toBe(
        'UNAUTHORIZED SERVICE_CLIENT_REVOKED',
      );
      await expect(grant(credentials)).rejects.toMatchObject({
        reason: 'CLIENT_AUTHENTICATION_FAILED',
      });
      expect(
        await refusal(
          api.caller(owner.jwt).serviceClients.revoke({ client_id: credentials.clientId }),
        ),
      ).toBe('NOT_FOUND SERVICE_CLIENT_NOT_FOUND');
      const listed = await api.caller(owner.jwt).serviceClients.list();
      expect(listed.items.find((c) => c.client_id === credentials.clientId)?.revoked_at).toBe(
        api.clock.now().toISOString(),
      );
    });

    it('records the last use at most once a minute, so calls stay reads', async () => {
      const credentials = await register(['plans:read']);
      const token = await tokenFor(credentials);
      const lastUsed = async () =>
        (await api.caller(owner.jwt).serviceClients.list()).items.find(
          (c) => c.client_id === credentials.clientId,
        )?.last_used_at;
      const issuedAt = api.clock.now().toISOString();
      expect(await lastUsed()).toBe(issuedAt);
      api.clock.advance(59_000);
      await api.caller(token).tenants.plans({ tenant_id: 'me' });
      expect(await lastUsed()).toBe(issuedAt);
      api.clock.advance(1_000);
      await api.caller(token).tenants.plans({ tenant_id: 'me' });
      expect(await lastUsed()).toBe(api.clock.now().toISOString());
    });

    it('refuses an expired service token with its own reason', async () => {
      const token = await tokenFor(await register(['plans:read']));
      api.clock.advance(600_000 + 6_000);
      expect(await refusal(api.caller(token).tenants.plans({ tenant_id: 'me' }))).toBe(
        'UNAUTHORIZED SERVICE_TOKEN_INVALID',
      );
    });

    it('lets only the owner manage clients, and only their own tenant’s', async () => {
      const other = await api.createAccount({ business_name: 'Other Shop' });
      const { clientId } = await register(['plans:read']);
      expect(
        await refusal(api.caller(other.jwt).serviceClients.revoke({ client_id: clientId })),
      ).toBe('NOT_FOUND SERVICE_CLIENT_NOT_FOUND');
      expect((await api.caller(other.jwt).serviceClients.list()).count).toBe(0);
      await api.database.db
        .updateTable('memberships')
        .set({ role: 'admin' })
        .where('user_id', '=', other.user.id)
        .execute();
      expect(await refusal(api.caller(other.jwt).serviceClients.list())).toBe(
        'FORBIDDEN PERMISSION_REQUIRED',
      );
      expect(
        await refusal(
          api.caller(other.jwt).serviceClients.create({ name: 'x', scopes: ['plans:read'] }),
        ),
      ).toBe('FORBIDDEN PERMISSION_REQUIRED');
    });

    it('writes each step to the tenant’s audit log', async () => {
      owner = await api.createAccount({ business_name: 'Audited Shop' });
      // One millisecond apart: the log's order is the events' order.
      const step = () => api.clock.advance(1);
      step();
      const credentials = await register(['plans:read']);
      step();
      await tokenFor(credentials);
      step();
      await grant({ ...credentials, clientSecret: 'dsk_wrong' }).catch(() => undefined);
      step();
      await grant({ ...credentials, scope: 'projects:read' });
      step();
      await api.caller(owner.jwt).serviceClients.revoke({ client_id: credentials.clientId });
      const log = await api.caller(owner.jwt).tenants.auditLog({ limit: 5 });
      expect(log.items.map(({ type, detail }) => [type, detail]).reverse()).toEqual([
        ['service_client_created', null],
        ['service_token_issued', null],
        ['service_token_refused', 'wrong_secret'],
        ['service_token_refused', 'invalid_scope'],
        ['service_client_revoked', null],
      ]);
    });
  });
}
