/** The malformed values of the fuzz corpus (see fuzz-corpus.ts). */

const MB_STRING = 'x'.repeat(1_000_000);
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Replacement values as raw JSON text; JSON.stringify writes a lone surrogate as its \u escape. */
export const BODY_VALUES: Record<string, string> = {
  nul: JSON.stringify('a\u0000b'),
  nulOnly: JSON.stringify('\u0000'),
  loneHighSurrogate: JSON.stringify('x\ud800y'),
  loneLowSurrogate: JSON.stringify('\udfff'),
  megabyte: JSON.stringify(MB_STRING),
  empty: '""',
  blank: '"   "',
  impossibleDate: '"2026-02-30"',
  impossibleDateTime: '"2026-02-30T25:61:00Z"',
  negative: '-1',
  negativeHuge: '-1e308',
  huge: '1e308',
  unsafeInteger: '9007199254740993',
  fraction: '0.5',
  number: '42',
  boolean: 'true',
  null: 'null',
  array: '[]',
  arrayOfNul: JSON.stringify(['\u0000']),
  object: '{}',
  protoObject: '{"__proto__":{"isAdmin":true}}',
  constructorObject: '{"constructor":{"prototype":{"isAdmin":true}}}',
  deepArray: deepArray(5_000),
  deepObject: deepObject(200),
  sqlish: JSON.stringify("' or 1=1; --"),
  vietnamese: JSON.stringify('Nguyễn Thị Đào'),
};

/** Whole bodies: not an object, nothing, or polluted at the top. */
export const WHOLE_BODIES: Record<string, string> = {
  emptyText: '',
  truncated: '{"a": ',
  null: 'null',
  array: '[]',
  string: '"body"',
  number: '-1',
  emptyObject: '{}',
  proto: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}',
  nulKey: JSON.stringify({ 'a\u0000': 1 }),
  surrogateKey: '{"\\ud800":1}',
  deepArray: deepArray(100_000),
  deepObject: deepObject(1_000),
};

/** Replacement values for query and path parameters, already percent-encoded. */
export const PARAMETER_VALUES: Record<string, string> = {
  nul: '%00',
  nulInside: 'a%00b',
  surrogateBytes: '%ED%A0%80',
  brokenEscape: '%E0%A4%A',
  long: 'x'.repeat(100_000),
  empty: '',
  negative: '-1',
  huge: '1e309',
  fraction: '0.5',
  impossibleDate: '2026-02-30',
  notAnId: 'not-an-id',
  proto: '__proto__',
  traversal: '..%2F..%2Fetc%2Fpasswd',
  vietnamese: encodeURIComponent('Nguyễn'),
};
