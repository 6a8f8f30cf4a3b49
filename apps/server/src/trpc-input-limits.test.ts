import { describeFor, DIALECTS } from '@dyocense/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServerWithDatabase } from './testing/test-server';

const JSON_TYPE = { 'content-type': 'application/json' };
const SIGNUP = { email: 'ada@example.com', name: 'Ada', business_name: 'Shop', intent: 'grow' };
// Generous: a refused probe costs well under a millisecond; before the limits it cost 0.3–1 s.
const MAX_PROBE_CPU_MS = 50;

/**
 * A superjson input whose `meta` makes `deserialize` walk a path of `segments` segments for
 * each of `leaves` annotations, then fail (a malformed path), so the walk ran twice: once in
 * the fast path, once more in tRPC's handler.
 */
function quadraticMeta(segments: number, leaves: number) {
  const children = Object.fromEntries(
    Array.from({ length: leaves }, (_, index) => [index.toString(36), [1]]),
  );
  return {
    json: SIGNUP,
    meta: {
      values: { ['.'.repeat(segments)]: children },
      referentialEqualities: { 'a\\b': [] },
      v: 1,
    },
  };
}

/** Nests `value` `levels` objects deep. */
function nested(levels: number, value: unknown = 1): unknown {
  let result = value;
  for (let level = 0; level < levels; level++) result = { a: result };
  return result;
}

type Answer = { status: number; body: unknown; cpuMs: number };

/** One request, with the CPU time it cost this process (client and in-process server alike). */
async function timed(url: string, init: RequestInit = {}): Promise<Answer> {
  const before = process.cpuUsage();
  const response = await fetch(url, init);
  const body: unknown = await response.json();
  const used = process.cpuUsage(before);
  return { status: response.status, body, cpuMs: (used.user + used.system) / 1000 };
}

/** The tRPC error of a single call (superjson puts it under `json`). */
function trpcError(answer: Answer) {
  return (answer.body as { error: { json: TrpcErrorShape } }).error.json;
}

interface TrpcErrorShape {
  message: string;
  data: { code: string; httpStatus: number; path: string };
}

const refusal = (status: number, code: string, message: string, path: string) =>
  expect.objectContaining({
    message,
    data: expect.objectContaining({ code, httpStatus: status, path }),
  });

const TOO_DEEP = 'The tRPC input nests more than 32 levels deep';
const META_TOO_DEEP =
  'The tRPC input has a superjson "meta" that holds a path deeper than the input';

for (const dialect of DIALECTS) {
  describeFor(dialect)(`tRPC input limits (${dialect})`, () => {
    let base: string;
    let destroy: () => Promise<void>;

    beforeAll(async () => {
      const started = await startServerWithDatabase(dialect, { RATE_LIMITS_ENABLED: 'false' });
      base = started.server.url;
      destroy = started.destroy;
    });
    afterAll(async () => destroy());

    const post = (path: string, body: string) =>
      timed(`${base}/trpc/${path}`, { method: 'POST', headers: JSON_TYPE, body });
    const get = (path: string, input: unknown, query = '') =>
      timed(`${base}/trpc/${path}?${query}input=${encodeURIComponent(JSON.stringify(input))}`);

    it('refuses a quadratic superjson meta quickly, before superjson walks it', async () => {
      const probe = JSON.stringify(quadraticMeta(7000, 850));
      expect(probe.length).toBeGreaterThan(14_000);
      await post('auth.signup', JSON.stringify({ json: SIGNUP })); // warm up: first-call costs
      const answer = await post('auth.signup', probe);
      expect(answer.status).toBe(400);
      expect(trpcError(answer)).toEqual(refusal(400, 'BAD_REQUEST', META_TOO_DEEP, 'auth.signup'));
      expect(answer.cpuMs).toBeLessThan(MAX_PROBE_CPU_MS);
    });

    it('refuses it in ?input= of a GET, and in batches by GET and POST', async () => {
      const plans = quadraticMeta(3000, 300);
      const single = await get('tenants.plans', plans);
      expect(single.status).toBe(400);
      expect(trpcError(single)).toEqual(
        refusal(400, 'BAD_REQUEST', META_TOO_DEEP, 'tenants.plans'),
      );
      const batches = [
        await get('tenants.plans,auth.me', { 0: { json: {} }, 1: plans }, 'batch=1&'),
        await timed(`${base}/trpc/auth.signup,auth.verify?batch=1`, {
          method: 'POST',
          headers: JSON_TYPE,
          body: JSON.stringify({ 0: quadraticMeta(3000, 300), 1: { json: { token: 'x' } } }),
        }),
      ];
      for (const batch of batches) {
        expect(batch.status).toBe(400);
        const errors = batch.body as { error: { json: TrpcErrorShape } }[];
        expect(errors).toHaveLength(2);
        for (const error of errors) expect(error.error.json.message).toBe(META_TOO_DEEP);
      }
    });

    it('refuses a meta describing more values than its json holds', async () => {
      const values = Object.fromEntries(
        Array.from({ length: 300 }, (_, index) => [`k${index}`, ['undefined']]),
      );
      const answer = await post('auth.signup', JSON.stringify({ json: SIGNUP, meta: { values } }));
      expect(trpcError(answer)).toEqual(
        refusal(
          400,
          'BAD_REQUEST',
          'The tRPC input has a superjson "meta" that describes more values than its "json" holds',
          'auth.signup',
        ),
      );
    });

    it('refuses oversized, too deep and malformed inputs in tRPC shape, in its own words', async () => {
      const large = await post(
        'auth.signup',
        JSON.stringify({ json: { ...SIGNUP, name: 'x'.repeat(30_000) } }),
      );
      expect(large.status).toBe(413);
      expect(trpcError(large).data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 });
      expect(trpcError(large).message).toBe(
        'The tRPC input is larger than 16384 bytes; send less in one request',
      );
      expect(large.cpuMs).toBeLessThan(MAX_PROBE_CPU_MS);
      // Past the server's BODY_LIMIT too: the body parser stops reading, tRPC's shape still holds.
      const huge = await post('auth.signup', JSON.stringify({ json: 'x'.repeat(70_000) }));
      expect(huge.status).toBe(413);
      expect(trpcError(huge)).toEqual(
        refusal(413, 'PAYLOAD_TOO_LARGE', trpcError(large).message, 'auth.signup'),
      );
      const hugeStock = await post('auth.me', JSON.stringify({ json: 'x'.repeat(20_000) }));
      expect(trpcError(hugeStock)).toEqual(
        refusal(413, 'PAYLOAD_TOO_LARGE', trpcError(large).message, 'auth.me'),
      );

      const deep = await post('auth.signup', JSON.stringify({ json: nested(40) }));
      expect(trpcError(deep)).toEqual(refusal(400, 'BAD_REQUEST', TOO_DEEP, 'auth.signup'));
      const deepQuery = await get('tenants.plans', { json: nested(40) });
      expect(trpcError(deepQuery)).toEqual(refusal(400, 'BAD_REQUEST', TOO_DEEP, 'tenants.plans'));

      const malformed = await post('auth.signup', '{"json":{"email":');
      expect(trpcError(malformed)).toEqual(
        refusal(400, 'BAD_REQUEST', 'The tRPC input is not valid JSON', 'auth.signup'),
      );
      const selfReferencing = await post('auth.signup', '{"json":{},"meta":{"values":"a"}}');
      expect(trpcError(selfReferencing).message).toBe(
        'The tRPC input has a superjson "meta" that holds a string where a tree belongs',
      );
    });

    it('still takes the meta superjson itself sends', async () => {
      // superjson.serialize({...SIGNUP, use_case: undefined}), byte for byte.
      const body = JSON.stringify({
        json: SIGNUP,
        meta: { values: { use_case: ['undefined'] }, v: 1 },
      });
      const answer = await post('auth.signup', body);
      expect(answer.status).toBe(200);
    });

    it('keeps /healthz answering while twenty quadratic probes are in flight', async () => {
      const probe = JSON.stringify(quadraticMeta(7000, 850));
      const before = process.cpuUsage();
      let settled = 0;
      const probes = Array.from({ length: 20 }, () =>
        post('auth.signup', probe).finally(() => settled++),
      );
      const health: number[] = [];
      do {
        const response = await fetch(`${base}/healthz`);
        health.push(response.status);
      } while (settled < probes.length);
      const answers = await Promise.all(probes);
      const used = process.cpuUsage(before);

      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(400));
      expect(health.length).toBeGreaterThan(0);
      expect(health.every((status) => status === 200)).toBe(true);
      // Twenty refusals (and the health checks) together cost less than one probe may.
      expect((used.user + used.system) / 1000).toBeLessThan(20 * MAX_PROBE_CPU_MS);
    });
  });
}
