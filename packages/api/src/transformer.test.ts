import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { serialize } from './transformer';

/** The JSON text a serializer sends for `value`, or the message it refuses it with. */
function wire(serializer: (value: unknown) => unknown, value: unknown): string {
  try {
    return JSON.stringify(serializer(value));
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

const superjsonWire = (value: unknown) => wire((v) => superjson.serialize(v), value);

describe('transformer', () => {
  it('sends what superjson sends, for any value', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: true,
          withTypedArray: true,
          withObjectString: true,
        }),
        (value) => {
          expect(wire(serialize, value)).toBe(superjsonWire(value));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('sends what superjson sends for the values it treats specially', () => {
    const shared = { id: 'task-1' };
    const cases: unknown[] = [
      { plans: [{ id: 'plan-1', tasks: [shared, shared] }] },
      { at: new Date('2026-11-25T00:00:00Z') },
      { missing: undefined, zero: -0, big: 10n },
      -0,
      { score: -0 },
      [1, Number.NaN, Number.POSITIVE_INFINITY],
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { constructor: 'x' },
      { deep: JSON.parse(`${'['.repeat(80)}1${']'.repeat(80)}`) },
      { ok: true, items: [{ id: 'plan-1', title: 'Launch', done: false, position: 0 }] },
    ];
    for (const value of cases) expect(wire(serialize, value)).toBe(superjsonWire(value));
  });

  it('leaves plain JSON as it is, without metadata', () => {
    const value = { items: [{ id: 'plan-1', count: 2 }], next: null };
    expect(serialize(value)).toEqual({ json: value });
  });
});
