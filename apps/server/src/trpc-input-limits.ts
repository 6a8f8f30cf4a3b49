import { TRPCError } from '@trpc/server';
import type { FastifyRequest } from 'fastify';
import { isPlainObject, mediaType, queryString } from './fast-path/request-shape';
import { nestsDeeperThan } from './http-hardening';
import { metaProblem, type MetaLimits } from './superjson-meta-limits';

/** How deep a tRPC input may nest, its `{json, meta}` envelope (and a batch's record) included. */
export const TRPC_MAX_DEPTH = 32;

const META_LIMITS: MetaLimits = {
  maxPathSegments: TRPC_MAX_DEPTH,
  maxAnnotations: 256,
  absentValues: 32,
};

/**
 * A tRPC input read and checked once: `value` is undefined when the request carries none;
 * `params` is the query string, parsed once for whoever reads it next.
 */
export type CheckedInput =
  { ok: true; value: unknown; params: URLSearchParams } | { ok: false; error: TRPCError };

function refused(message: string): CheckedInput {
  return { ok: false, error: new TRPCError({ code: 'BAD_REQUEST', message }) };
}

/** The 413 for an input over `maxBytes`, whether tRPC's body parser or the check saw it. */
export function inputTooLarge(maxBytes: number): TRPCError {
  return new TRPCError({
    code: 'PAYLOAD_TOO_LARGE',
    message: `The tRPC input is larger than ${maxBytes} bytes; send less in one request`,
  });
}

/** The input's text where tRPC's JSON handler reads it: `?input=` of a GET, a JSON POST's body. */
function inputText(request: FastifyRequest, params: URLSearchParams): string | undefined {
  if (request.method === 'GET') {
    // tRPC treats an empty `?input=` as none.
    return params.get('input') || undefined;
  }
  if (request.method !== 'POST' || mediaType(request) !== 'application/json') return undefined;
  return typeof request.body === 'string' ? request.body : undefined;
}

/** The inputs superjson will deserialize: the whole value, or each call's of a batch. */
function callInputs(params: URLSearchParams, path: string, value: unknown): unknown[] {
  if (params.get('batch') !== '1') return [value];
  if (!isPlainObject(value)) return [];
  return path.split(',').map((_, index) => value[index]);
}

function envelopeProblem(input: unknown): string | undefined {
  if (input === null) return 'is null; send an object such as {"json": …}';
  if (!isPlainObject(input)) return undefined;
  const problem = metaProblem(input, META_LIMITS);
  return problem && `has a superjson "meta" that ${problem}`;
}

/**
 * Reads a tRPC call's input (single or batched, body or `?input=`) and bounds it before any
 * transformer walks it: at most `maxBytes` bytes (413), valid JSON nesting at most
 * `TRPC_MAX_DEPTH` levels, and a superjson `meta` no larger than its `json` warrants (400).
 * The parsed value is handed on, so the fast path does not parse it again.
 */
export function checkTrpcInput(
  request: FastifyRequest,
  path: string,
  maxBytes: number,
): CheckedInput {
  const params = new URLSearchParams(queryString(request));
  const text = inputText(request, params);
  if (text === undefined) return { ok: true, value: undefined, params };
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, error: inputTooLarge(maxBytes) };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refused('The tRPC input is not valid JSON');
  }
  if (nestsDeeperThan(value, TRPC_MAX_DEPTH)) {
    return refused(`The tRPC input nests more than ${TRPC_MAX_DEPTH} levels deep`);
  }
  for (const input of callInputs(params, path, value)) {
    const problem = envelopeProblem(input);
    if (problem) return refused(`The tRPC input ${problem}`);
  }
  return { ok: true, value, params };
}
