import { describeFor, DIALECTS, type TestDatabase } from '@dyocense/db/testing';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  FUZZ_RUNS,
  percentEncode,
  PROCEDURES,
  type FuzzedProcedure,
} from '../testing/fuzz-harness';
import { inputWithFields } from '../testing/fuzz-inputs';
import { insertVerificationToken, type TestServer } from '../testing/test-server';
import { restPost, send, startServerPair, type Answer, type Probe } from './differential-probes';

const ADMIN_API_KEY = 'property-admin-key-of-at-least-24-characters';
const JSON_TYPE = { 'content-type': 'application/json' };
type Shape = 'single' | 'batch' | 'rest';
type Caller = 'nobody' | 'garbage' | 'session' | 'operator';

const query = (value: unknown) => percentEncode(JSON.stringify(value) ?? '');

/** The call as the typed client sends it (`batch`), as a single tRPC call, or through REST. */
function probeFor(
  procedure: FuzzedProcedure,
  shape: Shape,
  input: unknown,
  headers: Record<string, string>,
): Probe | undefined {
  const envelope = { json: input };
  const name = `${procedure.path} ${shape}`;
  const trpc = `/trpc/${procedure.path}${shape === 'batch' ? '?batch=1' : ''}`;
  const carried = shape === 'batch' ? { 0: envelope } : envelope;
  if (shape !== 'rest') {
    if (procedure.kind === 'mutation') {
      const body = JSON.stringify(carried);
      return { name, method: 'POST', path: trpc, headers: { ...headers, ...JSON_TYPE }, body };
    }
    const joiner = shape === 'batch' ? '&' : '?';
    return { name, method: 'GET', path: `${trpc}${joiner}input=${query(carried)}`, headers };
  }
  const { rest } = procedure;
  if (!rest) return undefined;
  const fields = typeof input === 'object' && input !== null ? input : {};
  const param = rest.pathParam && (fields as Record<string, unknown>)[rest.pathParam];
  const path = rest.pathParam
    ? rest.path.replace(`{${rest.pathParam}}`, percentEncode(String(param ?? '')))
    : rest.path;
  if (rest.method === 'POST') return { ...restPost(name, path, input, headers), name };
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${query(value)}`);
  const search = pairs.length > 0 ? `?${pairs.join('&')}` : '';
  return { name, method: 'GET', path: `${path}${search}`, headers };
}

interface Account {
  headers: Record<string, string>;
  /** Values that are this account's own: blanked before two servers' answers are compared. */
  own: string[];
}

/** Replaces what differs by design between two answers: ids, keys, tokens, challenges and times. */
function normalized(answer: Answer, account: Account | undefined): Answer {
  let body = answer.body;
  for (const value of account?.own ?? []) body = body.split(value).join('<own>');
  body = body
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
    .replace(
      /"(id|jwt|token|refresh_token|session_id|workspace_id|challenge)":"[^"]*"/g,
      '"$1":"<$1>"',
    );
  return { ...answer, body };
}

for (const dialect of DIALECTS) {
  describeFor(dialect)(`the fast path equals the stock adapters (${dialect})`, () => {
    let database: TestDatabase;
    let fast: TestServer;
    let stock: TestServer;
    let stop: () => Promise<void>;

    /** A new account, signed in on its own: calls that end sessions touch no other run. */
    async function freshAccount(): Promise<Account> {
      const token = `property-${randomBytes(12).toString('hex')}`;
      const email = `${token}@example.com`;
      await insertVerificationToken(database.db, token, new Date(Date.now() + 3_600_000), email);
      const answer = await send(stock.url, restPost('sign in', '/v1/auth/verify', { token }));
      const session = JSON.parse(answer.body) as {
        jwt: string;
        tenant_id: string;
        refresh_token: string;
        user: { id: string };
      };
      return {
        headers: { authorization: `Bearer ${session.jwt}` },
        own: [session.jwt, session.refresh_token, session.tenant_id, session.user.id, email],
      };
    }

    async function accountFor(caller: Caller): Promise<Account | undefined> {
      if (caller === 'session') return freshAccount();
      if (caller === 'garbage') return { headers: { authorization: 'Bearer not.a.jwt' }, own: [] };
      if (caller === 'operator')
        return { headers: { authorization: `Bearer ${ADMIN_API_KEY}` }, own: [] };
      return undefined;
    }

    beforeAll(async () => {
      ({ database, fast, stock, stop } = await startServerPair(dialect, { ADMIN_API_KEY }));
    });
    afterAll(() => stop());

    it('answers every procedure alike for random inputs: status, headers and body', async () => {
      const run = fc
        .constantFrom(...PROCEDURES)
        .chain((procedure) =>
          fc.tuple(
            fc.constant(procedure),
            fc.constantFrom<Shape>('batch', 'single', 'rest'),
            inputWithFields(procedure.fields),
            fc.constantFrom<Caller>('nobody', 'garbage', 'session', 'operator'),
          ),
        );
      await fc.assert(
        fc.asyncProperty(run, async ([procedure, shape, input, caller]) => {
          // Each server gets an account of its own, so a sign-out on one cannot decide the other.
          const [fastAccount, stockAccount] = [await accountFor(caller), await accountFor(caller)];
          const fastProbe = probeFor(procedure, shape, input, fastAccount?.headers ?? {});
          const stockProbe = probeFor(procedure, shape, input, stockAccount?.headers ?? {});
          if (!fastProbe || !stockProbe) return;
          const fastAnswer = normalized(await send(fast.url, fastProbe), fastAccount);
          const stockAnswer = normalized(await send(stock.url, stockProbe), stockAccount);
          expect({ probe: fastProbe.name, ...fastAnswer }).toEqual({
            probe: stockProbe.name,
            ...stockAnswer,
          });
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
}
