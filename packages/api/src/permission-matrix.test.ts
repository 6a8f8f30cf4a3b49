import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { expect, it } from 'vitest';
import { MEMBER_ROLES, roleAllows } from './permissions';
import { declaredProcedures, type DeclaredProcedure } from './procedure-meta';
import { appRouter } from './root';
import { SERVICE_SCOPE_NAMES } from './scopes';
import { callByPath, outcomeOf } from './testing/call-by-path';
import { useTestApi, type TestApi } from './testing/test-api';

/** The refusals of who is calling, before a procedure's own rules or its input are looked at. */
const ACCESS_REFUSALS = new Set([
  'PERMISSION_REQUIRED',
  'MEMBERSHIP_ENDED',
  'SERVICE_NOT_ALLOWED',
  'SCOPE_REQUIRED',
  'UNAUTHENTICATED',
  'SESSION_INVALID',
]);

const withSession = declaredProcedures(appRouter).filter(({ access }) => access === 'session');

/** What a caller should meet: let through (then the procedure's own answer), or one refusal. */
function expectedFor(declared: DeclaredProcedure, caller: string): string {
  const permission = declared.permission;
  if (!permission) throw new Error(`${declared.trpcPath} declares no permission`);
  const [kind, name] = caller.split(':', 2) as [string, string];
  if (kind === 'role') {
    return roleAllows(name as (typeof MEMBER_ROLES)[number], permission)
      ? 'allowed'
      : 'PERMISSION_REQUIRED';
  }
  if (kind === 'removed') return permission === 'account:own' ? 'allowed' : 'MEMBERSHIP_ENDED';
  if (!declared.scope) return 'SERVICE_NOT_ALLOWED';
  return caller === `service:${declared.scope}` ? 'allowed' : 'SCOPE_REQUIRED';
}

/** Every kind of caller, each signed in (or holding a token) for one fresh tenant. */
async function callersOfOneTenant(api: TestApi): Promise<Record<string, string>> {
  const owner = await api.createAccount({ business_name: 'Matrix Shop' });
  const tokens: Record<string, string> = { 'role:owner': owner.jwt };
  for (const role of MEMBER_ROLES.filter((role) => role !== 'owner')) {
    tokens[`role:${role}`] = (await api.addMember(owner.tenant_id, role)).jwt;
  }
  const removed = await api.addMember(owner.tenant_id, 'admin');
  await api.database.db.deleteFrom('memberships').where('user_id', '=', removed.user.id).execute();
  tokens['removed:admin'] = removed.jwt;
  for (const scope of SERVICE_SCOPE_NAMES) {
    tokens[`service:${scope}`] = await api.serviceToken(owner.jwt, [scope]);
  }
  return tokens;
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`who may call what, from the router (${dialect})`, () => {
    let api: TestApi;
    useTestApi(dialect, (created) => (api = created));

    it('covers every procedure with a session, each with a permission', () => {
      expect(withSession.length).toBeGreaterThan(10);
      expect(withSession.filter((declared) => !declared.permission)).toEqual([]);
    });

    for (const declared of withSession) {
      it(`${declared.trpcPath} (${declared.permission}): each role, a removed member and each service scope`, async () => {
        const tokens = await callersOfOneTenant(api);
        const expected: Record<string, string> = {};
        const actual: Record<string, string> = {};
        // The owner goes last: a call such as auth.signoutAll ends only the caller's own sessions.
        for (const [caller, token] of Object.entries(tokens).reverse()) {
          expected[caller] = expectedFor(declared, caller);
          const outcome = await outcomeOf(callByPath(api.caller(token), declared.trpcPath));
          actual[caller] = ACCESS_REFUSALS.has(outcome) ? outcome : 'allowed';
        }
        expect(actual).toEqual(expected);
      });
    }
  });
}
