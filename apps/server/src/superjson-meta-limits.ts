import { isPlainObject } from './fast-path/request-shape';

/** Bounds on what superjson's `meta` may ask of `deserialize`, whose walk costs paths × values. */
export interface MetaLimits {
  /** The most segments any `meta` path may have: no longer than the JSON may nest. */
  maxPathSegments: number;
  /** The most annotations, whatever the size of `json`. */
  maxAnnotations: number;
  /** Annotations allowed beyond the values of `json` (an `undefined` property leaves none). */
  absentValues: number;
}

// superjson refuses paths through these; so does the check, with a message of its own.
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/** Thrown while walking `meta`; caught in `metaProblem`, never leaves this file. */
class MetaRefusal extends Error {}

/**
 * The segments of a superjson path, as superjson's `parsePath` reads them; refuses a malformed
 * one, a forbidden segment or more than `room` segments (stopping there, so the cost is bounded).
 */
function pathSegments(path: string, legacy: boolean, room: number): string[] {
  const segments: string[] = [];
  let segment = '';
  const push = () => {
    if (FORBIDDEN_SEGMENTS.has(segment)) throw new MetaRefusal(`names "${segment}"`);
    segments.push(segment);
    if (segments.length > room) throw new MetaRefusal('holds a path deeper than the input');
    segment = '';
  };
  for (let index = 0; index < path.length; index++) {
    const char = path.charAt(index);
    const next = path.charAt(index + 1);
    if (char === '\\' && (next === '.' || (!legacy && next === '\\'))) {
      segment += next;
      index++;
    } else if (char === '\\' && !legacy) {
      throw new MetaRefusal('holds a malformed path');
    } else if (char === '.') {
      push();
    } else {
      segment += char;
    }
  }
  push();
  return segments;
}

/** Counts the values of a parsed JSON value (stops counting past `limit`). */
function countValues(value: unknown, limit: number): number {
  let count = 0;
  const stack = [value];
  while (stack.length > 0 && count <= limit) {
    const current = stack.pop();
    count++;
    if (typeof current !== 'object' || current === null) continue;
    for (const child of Object.values(current)) stack.push(child);
  }
  return count;
}

interface Walk {
  legacy: boolean;
  limits: MetaLimits;
  annotations: number;
  allowed: number;
}

function countAnnotation(walk: Walk, depth: number): void {
  walk.annotations++;
  if (walk.annotations > walk.allowed)
    throw new MetaRefusal('describes more values than its "json" holds');
  if (depth > walk.limits.maxPathSegments)
    throw new MetaRefusal('holds a path deeper than the input');
}

/** Walks `meta.values` as superjson's `traverse` does, iteratively, refusing what it would choke on. */
function checkValues(walk: Walk, tree: unknown): void {
  const stack: [unknown, number][] = [[tree, 0]];
  const pushChildren = (node: unknown, depth: number) => {
    if (typeof node === 'string') throw new MetaRefusal('holds a string where a tree belongs');
    if (typeof node !== 'object' || node === null) return;
    const room = walk.limits.maxPathSegments - depth;
    for (const [key, child] of Object.entries(node)) {
      stack.push([child, depth + pathSegments(key, walk.legacy, room).length]);
    }
  };
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (!node) continue;
    if (!Array.isArray(node)) {
      pushChildren(node, depth);
      continue;
    }
    if (node[1]) pushChildren(node[1], depth);
    countAnnotation(walk, depth);
  }
}

function checkPaths(walk: Walk, paths: unknown): void {
  if (!Array.isArray(paths)) throw new MetaRefusal('holds a malformed referential equality');
  for (const path of paths) checkPath(walk, path);
}

function checkPath(walk: Walk, path: unknown): void {
  if (typeof path !== 'string') throw new MetaRefusal('holds a malformed referential equality');
  countAnnotation(walk, pathSegments(path, walk.legacy, walk.limits.maxPathSegments).length);
}

/** Checks `meta.referentialEqualities` in both of superjson's forms. */
function checkEqualities(walk: Walk, equalities: unknown): void {
  if (!equalities) return;
  let record: unknown = equalities;
  if (Array.isArray(equalities)) {
    checkPaths(walk, equalities[0]);
    record = equalities[1];
    if (!record) return;
  }
  if (!isPlainObject(record)) throw new MetaRefusal('holds a malformed referential equality');
  for (const [path, identical] of Object.entries(record)) {
    checkPath(walk, path);
    checkPaths(walk, identical);
  }
}

/**
 * Why superjson should not apply this input's `meta`, or undefined when it may: a `meta` is
 * refused when it names more values than `json` holds, paths longer than `json` can nest, or
 * shapes superjson recurses on without end. Linear in the size of the input.
 */
export function metaProblem(
  envelope: Record<string, unknown>,
  limits: MetaLimits,
): string | undefined {
  const meta = envelope.meta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const { values, referentialEqualities, v } = meta as Record<string, unknown>;
  const walk: Walk = {
    // superjson reads paths the old way (no `\\` escape) unless `v` is 1 or more.
    legacy: Number(v ?? 0) < 1,
    limits,
    annotations: 0,
    allowed: Math.min(
      limits.maxAnnotations,
      countValues(envelope.json, limits.maxAnnotations) + limits.absentValues,
    ),
  };
  try {
    checkValues(walk, values);
    checkEqualities(walk, referentialEqualities);
    return undefined;
  } catch (error) {
    if (error instanceof MetaRefusal) return error.message;
    throw error;
  }
}
