import { generatePrivateKeyPem } from '@dyocense/api';
import { describeFor, DIALECTS, type TestDatabase } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jwtFor } from '../testing/test-fixtures';
import { insertVerificationToken, type TestServer } from '../testing/test-server';
import {
  raw,
  restGet,
  restPost,
  send,
  startServerPair,
  trpcBatchGet,
  trpcBatchPost,
  trpcGet,
  trpcPost,
  SESSION_VALUES,
  withoutSessionValues,
  type Probe,
} from './differential-probes';

const HOUR = 3_600_000;
const OWNER_EMAIL = 'owner@example.com';
const signup = {
  email: 'New.Owner@Example.com',
  name: 'Ada',
  business_name: 'Shop',
  intent: 'grow',
};
const JSON_TYPE = { 'content-type': 'application/json' };

/** Each invalid input class of the sign-up, shaped once and sent through both surfaces. */
const signupCases: [string, unknown][] = [
  ['valid', signup],
  ['valid with use case', { ...signup, use_case: 'Selling tea' }],
  ['missing field', { email: 'a@example.com', business_name: 'Shop' }],
  ['wrong type', { ...signup, email: 123 }],
  ['too long', { ...signup, name: 'x'.repeat(201) }],
  ['unknown intent', { ...signup, intent: 'nope' }],
  ['not an object', ['a@example.com']],
];

function bodyProbes(path: string, restPath: string, cases: [string, unknown][]): Probe[] {
  return [
    ...cases.map(([name, input]) => trpcPost(name, path, input)),
    ...cases.map(([name, input]) => trpcBatchPost(name, path, input)),
    ...cases.map(([name, input]) => restPost(name, restPath, input)),
    raw('malformed JSON', 'POST', `/trpc/${path}`, JSON_TYPE, '{"json":{"email":'),
    raw('malformed JSON', 'POST', restPath, JSON_TYPE, '{"token":'),
    raw('wrong content type', 'POST', `/trpc/${path}`, { 'content-type': 'text/plain' }, '{}'),
    raw('wrong content type', 'POST', restPath, { 'content-type': 'text/plain' }, '{}'),
    raw('no transformer envelope', 'POST', `/trpc/${path}`, JSON_TYPE, '{"token":"x"}'),
    raw(
      'charset parameter',
      'POST',
      `/trpc/${path}`,
      { 'content-type': 'application/json; charset=utf-8' },
      '{"json":{}}',
    ),
    raw('query string', 'POST', `${restPath}?x=1`, JSON_TYPE, '{}'),
  ];
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`fast path against the stock adapters (${dialect})`, () => {
    let database: TestDatabase;
    let fast: TestServer;
    let stock: TestServer;
    let stop: () => Promise<void>;
    let session: { jwt: string; tenant_id: string };
    const future = () => new Date(Date.now() + HOUR);

    async function expectSameAnswers(probes: Probe[], normalize = (body: string) => body) {
      for (const probe of probes) {
        const [fastAnswer, stockAnswer] = [
          await send(fast.url, probe),
          await send(stock.url, probe),
        ];
        expect({ probe: probe.name, ...fastAnswer, body: normalize(fastAnswer.body) }).toEqual({
          probe: probe.name,
          ...stockAnswer,
          body: normalize(stockAnswer.body),
        });
      }
    }

    beforeAll(async () => {
      ({ database, fast, stock, stop } = await startServerPair(dialect));
      await insertVerificationToken(database.db, 'session-token', future(), OWNER_EMAIL);
      await insertVerificationToken(database.db, 'used-token', future(), OWNER_EMAIL);
      await insertVerificationToken(database.db, 'expired-token', new Date(Date.now() - 1000));
      const verify = (token: string) =>
        send(stock.url, restPost('setup', '/v1/auth/verify', { token }));
      session = JSON.parse((await verify('session-token')).body);
      await verify('used-token');
    });
    afterAll(() => stop());

    it('answers every sign-up input class alike', async () => {
      await expectSameAnswers(bodyProbes('auth.signup', '/v1/auth/signup', signupCases));
    });

    it('answers every refused verification alike', async () => {
      const cases: [string, unknown][] = [
        ['unknown token', { token: 'no-such-token' }],
        ['used token', { token: 'used-token' }],
        ['expired token', { token: 'expired-token' }],
        ['missing field', {}],
        ['wrong type', { token: 42 }],
        ['too long', { token: 'x'.repeat(513) }],
        ['empty', { token: '  ' }],
      ];
      await expectSameAnswers(bodyProbes('auth.verify', '/v1/auth/verify', cases));
    });

    it('signs in and provisions alike, but for the fresh JWT and ids', async () => {
      const branches: [string, string | undefined][] = [
        ['sign-in', OWNER_EMAIL],
        ['new account', undefined],
      ];
      for (const [label, email] of branches) {
        for (const surface of ['trpc', 'batch', 'rest']) {
          const tokens = [`${label}-${surface}-fast`, `${label}-${surface}-stock`];
          for (const token of tokens)
            await insertVerificationToken(database.db, token, future(), email);
          const probe = (token: string) =>
            surface === 'trpc'
              ? trpcPost(label, 'auth.verify', { token })
              : surface === 'batch'
                ? trpcBatchPost(label, 'auth.verify', { token })
                : restPost(label, '/v1/auth/verify', { token });
          const [fastAnswer, stockAnswer] = [
            await send(fast.url, probe(tokens[0] ?? '')),
            await send(stock.url, probe(tokens[1] ?? '')),
          ];
          const randomByDesign =
            label === 'sign-in'
              ? undefined
              : [...SESSION_VALUES, 'tenant_id', 'workspace_id', 'id', 'email'];
          expect(fastAnswer.status).toBe(200);
          expect({
            ...fastAnswer,
            body: withoutSessionValues(fastAnswer.body, randomByDesign),
          }).toEqual({
            ...stockAnswer,
            body: withoutSessionValues(stockAnswer.body, randomByDesign),
          });
        }
      }
    });

    it('answers every plans read alike: valid, invalid input, and each refusal', async () => {
      const bearer = (jwt: string) => ({ authorization: `Bearer ${jwt}` });
      const own = bearer(session.jwt);
      const expired = bearer(
        await jwtFor({ sub: 'u', tenant_id: session.tenant_id, email: 'e' }, { expiresAt: 1 }),
      );
      const foreignKey = bearer(
        await jwtFor(
          { sub: 'u', tenant_id: session.tenant_id, email: 'e' },
          { privateKeyPem: generatePrivateKeyPem('EdDSA') },
        ),
      );
      const sessions: [string, Record<string, string>][] = [
        ['own session', own],
        ['no session', {}],
        ['garbage session', bearer('not.a.jwt')],
        ['expired session', expired],
        ['session signed by another key', foreignKey],
        ['lower-case scheme', { authorization: `bearer ${session.jwt}` }],
      ];
      const probes: Probe[] = [];
      for (const [name, headers] of sessions) {
        probes.push(trpcGet(name, 'tenants.plans', { tenant_id: session.tenant_id }, headers));
        probes.push(trpcBatchGet(name, 'tenants.plans', { tenant_id: session.tenant_id }, headers));
        probes.push(restGet(name, `/v1/tenants/${session.tenant_id}/plans`, headers));
      }
      probes.push(
        trpcGet('me', 'tenants.plans', { tenant_id: 'me' }, own),
        trpcBatchGet('me', 'tenants.plans', { tenant_id: 'me' }, own),
        trpcBatchGet('forbidden tenant', 'tenants.plans', { tenant_id: 'someone-else' }, own),
        raw(
          'batch of two inputs',
          'POST',
          '/trpc/auth.signup?batch=1',
          JSON_TYPE,
          '{"0":{"json":{}},"1":{"json":{}}}',
        ),
        raw(
          'batch with extra parameter',
          'GET',
          `/trpc/tenants.plans?batch=1&x=1&input=${encodeURIComponent('{"0":{"json":{"tenant_id":"me"}}}')}`,
          own,
        ),
        raw(
          'batch as an array',
          'POST',
          '/trpc/auth.verify?batch=1',
          JSON_TYPE,
          '[{"json":{"token":"x"}}]',
        ),
        restGet('me', '/v1/tenants/me/plans', own),
        trpcGet('forbidden tenant', 'tenants.plans', { tenant_id: 'someone-else' }, own),
        restGet('forbidden tenant', '/v1/tenants/someone-else/plans', own),
        trpcGet('too long', 'tenants.plans', { tenant_id: 'x'.repeat(201) }, own),
        restGet('too long', `/v1/tenants/${'x'.repeat(201)}/plans`, own),
        trpcGet('wrong type', 'tenants.plans', { tenant_id: 5 }, own),
        trpcGet('missing field', 'tenants.plans', {}, own),
        raw('no input', 'GET', '/trpc/tenants.plans', own),
        raw('malformed input', 'GET', '/trpc/tenants.plans?input=%7B%22json', own),
        raw('encoded tenant id', 'GET', '/v1/tenants/a%20b/plans', own),
        raw('escaped letter in the tenant id', 'GET', '/v1/tenants/%6De/plans', own),
        raw('query string', 'GET', `/v1/tenants/me/plans?x=1`, own),
        raw('HEAD', 'HEAD', '/trpc/tenants.plans', own),
        raw('HEAD', 'HEAD', '/v1/tenants/me/plans', own),
      );
      await expectSameAnswers(probes);
    });

    it('answers the other procedures, batches and HEAD alike', async () => {
      const own = { authorization: `Bearer ${session.jwt}` };
      const input = encodeURIComponent(JSON.stringify({ 0: { json: { tenant_id: 'me' } } }));
      await expectSameAnswers([
        raw('me', 'GET', '/trpc/auth.me', own),
        raw('projects', 'GET', '/trpc/tenants.projects', own),
        restGet('me', '/v1/auth/me', own),
        restGet('projects', '/v1/tenants/me/projects', own),
        raw('batch', 'GET', `/trpc/tenants.plans,auth.me?batch=1&input=${input}`, own),
        raw('mutation by GET', 'GET', '/trpc/auth.signup', {}),
        raw('query by POST', 'POST', '/trpc/tenants.plans', JSON_TYPE, '{"json":{}}'),
      ]);
    });
  });
}
