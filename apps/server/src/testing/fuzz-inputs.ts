import fc from 'fast-check';

/** C0 and C1 controls, DEL, NUL: what text inputs must refuse with a 400 naming the field. */
const controlChar = fc
  .oneof(fc.integer({ min: 0, max: 0x1f }), fc.integer({ min: 0x7f, max: 0x9f }))
  .map((code) => String.fromCharCode(code));

/** Half of a surrogate pair on its own: not valid UTF-16, not encodable as UTF-8. */
const loneSurrogate = fc
  .integer({ min: 0xd800, max: 0xdfff })
  .map((code) => String.fromCharCode(code));

const oddChar = fc.constantFrom(
  '\u0000',
  '\u200b', // zero-width space
  '\u202e', // right-to-left override
  '\ufeff', // byte-order mark
  '\uffff',
  '\u{10ffff}',
  '\u{1f600}',
  '\u0301', // combining accent with nothing to combine with
);

/** One code unit or point from anywhere in Unicode, weighted towards the troublesome ones. */
const anyUnicodeChar = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: controlChar },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: oddChar },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
);

const unicodeString = (maxLength: number) => fc.string({ unit: anyUnicodeChar, maxLength });

/** A plausible value with one hostile character put somewhere in it. */
const plausibleWithPoison = fc
  .tuple(
    fc.oneof(fc.emailAddress(), fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), fc.constant('Ann')),
    fc.oneof(controlChar, loneSurrogate, oddChar),
    fc.nat(),
  )
  .map(([text, poison, at]) => {
    const index = at % (text.length + 1);
    return `${text.slice(0, index)}${poison}${text.slice(index)}`;
  });

/** Far past every field's limit; the longest still fits in the server's body limit. */
const veryLongString = fc
  .tuple(fc.constantFrom(65, 255, 1025, 5000, 70_000), anyUnicodeChar)
  .map(([length, char]) => char.repeat(length));

const outOfRangeDate = fc.constantFrom(
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-19T23:59:59Z',
  '9999-12-31T23:59:59Z',
  '2024-02-30T25:61:61Z',
  '1e400',
  'NaN',
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: unicodeString(300) },
  { weight: 2, arbitrary: plausibleWithPoison },
  fc.constantFrom(
    '',
    ' ',
    'me',
    'launch',
    '__proto__',
    'constructor',
    '../../etc/passwd',
    '%00',
    "' or 1=1 --",
    '<script>',
  ),
  fc.emailAddress(),
  fc.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
  outOfRangeDate,
  // An audit-log cursor is base64 of JSON: give it hostile JSON inside.
  fc
    .tuple(outOfRangeDate, unicodeString(20))
    .map(([date, id]) => Buffer.from(JSON.stringify({ at: date, id })).toString('base64url')),
  veryLongString,
);

/** Nested arrays or objects this deep: a recursive walk of them overflows the stack. */
const deeplyNested = fc
  .tuple(fc.constantFrom(100, 1000, 2000), fc.boolean())
  .map(([depth, asObject]) => {
    let value: unknown = 'x';
    for (let level = 0; level < depth; level += 1) value = asObject ? { a: value } : [value];
    return value;
  });

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ stringUnit: anyUnicodeChar }), { maxLength: 5 }),
  fc.object({ maxDepth: 3, withNullPrototype: false, key: hostileString }),
  deeplyNested,
);

/** Anything at all, or an object with the procedure's fields holding hostile values. */
export function inputWithFields(fields: string[]): fc.Arbitrary<unknown> {
  const shaped = fields.length
    ? fc.record(Object.fromEntries(fields.map((field) => [field, hostileValue])), {
        requiredKeys: [],
      })
    : fc.constant({});
  return fc.oneof(
    { weight: 4, arbitrary: shaped },
    fc.anything({ maxDepth: 3, stringUnit: anyUnicodeChar }),
    deeplyNested,
    fc.constant(undefined),
  );
}

const superjsonAnnotation = fc.oneof(
  fc.constantFrom('Date', 'bigint', 'regexp', 'set', 'map', 'undefined', 'number', 'Error', 'URL'),
  fc.tuple(fc.constantFrom('class', 'symbol', 'custom', 'typed-array'), hostileString),
  hostileValue,
);

/** Where a superjson annotation points: real fields, `__proto__`, long dotted paths. */
const superjsonPath = fc.oneof(
  fc.constantFrom('name', 'email', 'cursor', 'from', '__proto__', 'constructor.prototype', ''),
  fc.nat({ max: 3000 }).map((depth) => Array.from({ length: depth }, () => 'a').join('.')),
  hostileString,
);

/** Deeply nested tree annotations: superjson walks them recursively. */
const deepAnnotationTree = fc.constantFrom(100, 500, 1000).map((depth) => {
  let tree: unknown = ['Date'];
  for (let level = 0; level < depth; level += 1) tree = ['map', { a: tree }];
  return tree;
});

/** The `meta` half of a superjson envelope, from plausible to hostile. */
export const hostileSuperjsonMeta: fc.Arbitrary<unknown> = fc.oneof(
  fc.record(
    {
      values: fc.oneof(
        fc.dictionary(superjsonPath, superjsonAnnotation, { maxKeys: 4 }),
        superjsonAnnotation,
        deepAnnotationTree,
      ),
      referentialEqualities: fc.oneof(
        fc.dictionary(superjsonPath, fc.array(superjsonPath, { maxLength: 50 }), { maxKeys: 4 }),
        fc.array(superjsonPath, { maxLength: 2000 }),
      ),
      v: fc.oneof(fc.constant(1), hostileValue),
    },
    { requiredKeys: [] },
  ),
  deepAnnotationTree.map((values) => ({ values })),
  hostileValue,
);

/** Request bodies that are not JSON, or JSON no parser should walk without a limit. */
export const hostileRawBody: fc.Arbitrary<string> = fc.oneof(
  unicodeString(200),
  fc.constantFrom(100, 5000, 50_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc
    .constantFrom(100, 5000)
    .map((depth) => `{"json":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
  fc.constantFrom('{"json":', '{"json":1,}', '\u0000', '{"json":"\\ud800"}', 'null', '[]'),
);

/** A provider name: a real one, or one a browser or an attacker could put in the path. */
export const hostileProviderName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('okta', 'google', 'github', 'OKTA', 'providers'),
  hostileString.filter((name) => name.length > 0),
  fc.nat({ max: 5000 }).map((length) => 'g'.repeat(length + 65)),
);
