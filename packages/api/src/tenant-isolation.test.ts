import { insertMembership, type DB } from '@dyocense/db';
import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { beforeAll, expect, it } from 'vitest';
import { declaredProcedures } from './procedure-meta';
import { appRouter } from './root';
import { callByPath, outcomeOf } from './testing/call-by-path';
import { useTestApi, type TestApi } from './testing/test-api';

const withSession = declaredProcedures(appRouter).filter(
  ({ access, permission }) => access === 'session' && permission !== 'account:own',
);
const reads = withSession.filter(({ type }) => type === 'query');
/** Calls that name one of the tenant's things by id in their path (`/v1/members/{user_id}`). */
const byId = withSession.filter(({ path }) => idParameterOf(path) !== undefined);

function idParameterOf(path: string): string | undefined {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).find((p) => p !== 'tenant_id');
}

/** Inputs beyond an id that a call needs to get as far as looking the id up. */
const INPUTS: Record<string, Record<string, unknown>> = {
  'tenants.plans': { tenant_id: 'me' },
  'tenants.auditLog': {},
  'members.setRole': { role: 'member' },
};

/** An id shaped like `id` (same prefix and alphabet) that names nothing. */
const missingLike = (id: string) => `${id.slice(0, -1)}${id.endsWith('a') ? 'b' : 'a'}`;

type Tenant = Awaited<ReturnType<typeof seedTenant>>;

/** A tenant with one of everything a tenant holds, and the strings only it should show. */
async function seedTenant(api: TestApi, name: string) {
  const owner = await api.createAccount({ business_name: `${name} Shop` });
  const invitee = `invitee-only-${name.toLowerCase()}-${Date.now()}@example.com`;
  const invitation = (await callByPath(api.caller(owner.jwt), 'invitations.create', {
    email: invitee,
    role: 'member',
  })) as { id: string };
  const client = await api
    .caller(owner.jwt)
    .serviceClients.create({ name: `${name} reporting`, scopes: ['plans:read'] });
  const plans = await api.caller(owner.jwt).tenants.plans({ tenant_id: 'me' });
  return {
    owner,
    ids: {
      user_id: owner.user.id,
      invitation_id: invitation.id,
      client_id: client.client.client_id,
      id: owner.session_id,
    } as Record<string, string>,
    markers: [
      owner.tenant_id,
      owner.workspace_id,
      owner.user.email,
      invitee,
      invitation.id,
      client.client.client_id,
      ...plans.items.map((plan) => plan.id),
    ],
  };
}

/** Everything that belongs to a tenant's people and credentials, to prove a refusal changed nothing. */
async function snapshotOf(db: DB, tenant: Tenant) {
  const tenantId = tenant.owner.tenant_id;
  return {
    memberships: await db
      .selectFrom('memberships')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute(),
    invitations: await db
      .selectFrom('invitations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute(),
    clients: await db
      .selectFrom('service_clients')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute(),
    sessions: await db
      .selectFrom('sessions')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute(),
  };
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`tenant isolation for a person in two tenants (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));
    let alpha: Tenant;
    let beta: Tenant;
    /** Pat, an owner of both, with a session in each. */
    let patIn: { alpha: string; beta: string };

    beforeAll(async () => {
      alpha = await seedTenant(api, 'Alpha');
      beta = await seedTenant(api, 'Beta');
      const pat = await api.addMember(alpha.owner.tenant_id, 'owner');
      const now = api.clock.now();
      await insertMembership(api.database.db, {
        tenant_id: beta.owner.tenant_id,
        user_id: pat.user.id,
        role: 'owner',
        created_at: now,
        updated_at: now,
      });
      const { token = '' } = await api.caller().auth.signin({ email: pat.user.email });
      const second = await api.caller().auth.verify({ token });
      const inBeta = await api
        .caller(second.jwt)
        .auth.switchTenant({ tenant_id: beta.owner.tenant_id });
      patIn = { alpha: pat.jwt, beta: inBeta.jwt };
    });

    it('reads through every tenant procedure there is', () => {
      expect(reads.map(({ trpcPath }) => trpcPath)).toEqual(
        expect.arrayContaining(['tenants.plans', 'members.list', 'invitations.list']),
      );
      expect(byId.map(({ trpcPath }) => trpcPath)).toEqual(
        expect.arrayContaining(['members.remove', 'invitations.revoke', 'serviceClients.revoke']),
      );
    });

    for (const declared of reads) {
      it(`${declared.trpcPath} shows only the session’s tenant`, async () => {
        const input = INPUTS[declared.trpcPath];
        const inAlpha = JSON.stringify(
          await callByPath(api.caller(patIn.alpha), declared.trpcPath, input),
        );
        const inBeta = JSON.stringify(
          await callByPath(api.caller(patIn.beta), declared.trpcPath, input),
        );
        expect(beta.markers.filter((marker) => inAlpha.includes(marker))).toEqual([]);
        expect(alpha.markers.filter((marker) => inBeta.includes(marker))).toEqual([]);
      });
    }

    for (const declared of byId) {
      it(`${declared.trpcPath} answers another tenant’s id as a missing one, changing nothing`, async () => {
        const parameter = idParameterOf(declared.path) ?? '';
        const foreignId = alpha.ids[parameter];
        expect(foreignId, `give tenant-isolation.test.ts an id for {${parameter}}`).toBeDefined();
        const call = (id: string) =>
          outcomeOf(
            callByPath(api.caller(patIn.beta), declared.trpcPath, {
              ...INPUTS[declared.trpcPath],
              [parameter]: id,
            }),
          );
        const before = await snapshotOf(api.database.db, alpha);
        const missing = await call(missingLike(foreignId ?? ''));
        expect(missing).toMatch(/NOT_FOUND$/);
        expect(await call(foreignId ?? '')).toBe(missing);
        expect(await snapshotOf(api.database.db, alpha)).toEqual(before);
      });
    }
  });
}
