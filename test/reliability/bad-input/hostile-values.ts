// Values that break naive code, shared by the bad-input suites: SQL, huge and odd text, NUL and lone
// surrogates, prototype keys, numbers as text, deep nesting.
import fc from 'fast-check'

export const sqlText = ["'; DROP TABLE documents; --", "x' OR '1'='1", '"); TRUNCATE seq_counter; --', '$1::jsonb']

export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...sqlText),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy', '\u202Eevil', '𝒳👩‍👩‍👧', 'é'.normalize('NFD'), '\r\n', '\t'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
  fc.constantFrom('0', '-1', '1e309', 'NaN', 'Infinity', '00012', '0x1F', '2026-02-30', '25:00', '24:00', '-5', '1,5', '٣'),
  fc.constantFrom('x'.repeat(70_000), '9'.repeat(400)),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
)

/** Nested arrays and objects to a depth that recursive code chokes on. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bodem'
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value }
  return value
}

/** Any JSON-ish value, hostile text and numbers included. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddText,
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, 2 ** 53 + 1, 1e308, -1e308, [], {}, [[]], { __proto__: null }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(deeplyNested(200)),
  fc.jsonValue({ maxDepth: 3 }),
)
