import { describe, expect, it } from 'vitest';
import { findIllFormedJson, isIllFormedText, MAX_JSON_DEPTH } from './well-formed-input';

describe('isIllFormedText', () => {
  it.each([
    ['a NUL', 'a\u0000b', true],
    ['a lone high surrogate', 'x\ud800', true],
    ['a lone low surrogate', '\udc00x', true],
    ['two high surrogates', '\ud800\ud800\udc00', true],
    ['a surrogate pair (emoji)', 'Gọi 🙂', false],
    ['Vietnamese and Arabic', 'Nguyễn Thị Đào — قناة', false],
    ['other control characters', 'tab\tline\nbell\u0007', false],
  ])('%s: %s', (_name, text, expected) => {
    expect(isIllFormedText(text)).toBe(expected);
  });
});

describe('findIllFormedJson', () => {
  it('names each bad string by its dotted path, in arrays and objects', () => {
    const findings = findIllFormedJson({
      person: { identity: { fullName: 'Lan\u0000', phones: ['0912', '\ud83d'] } },
      ok: 'fine',
    });
    expect(findings).toEqual(
      expect.arrayContaining([
        { field: 'person.identity.fullName', code: 'invalid_characters' },
        { field: 'person.identity.phones.1', code: 'invalid_characters' },
      ]),
    );
    expect(findings).toHaveLength(2);
  });

  it('checks keys too, and names prototype keys at any depth', () => {
    const parsed = JSON.parse('{"labels":{"v\\u0000i":"x"},"a":{"__proto__":{"x":1},"constructor":1}}');
    expect(findIllFormedJson(parsed)).toEqual(
      expect.arrayContaining([
        { field: 'labels', code: 'invalid_characters' },
        { field: 'a.__proto__', code: 'unrecognized' },
        { field: 'a.constructor', code: 'unrecognized' },
      ]),
    );
  });

  it('a bad string as the whole body is the body', () => {
    expect(findIllFormedJson('\u0000')).toEqual([{ field: 'body', code: 'invalid_characters' }]);
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const nest = (depth: number) => JSON.parse(`${'['.repeat(depth)}"x"${']'.repeat(depth)}`);
    expect(findIllFormedJson(nest(MAX_JSON_DEPTH))).toEqual([]);
    expect(findIllFormedJson(nest(MAX_JSON_DEPTH + 1))).toEqual([
      { field: Array(MAX_JSON_DEPTH).fill(0).join('.'), code: 'too_deep' },
    ]);
  });

  it('walks half a million levels without a stack overflow (what fits in 1 MiB)', () => {
    const deep = JSON.parse(`${'['.repeat(500_000)}${']'.repeat(500_000)}`);
    expect(findIllFormedJson(deep).map((f) => f.code)).toEqual(['too_deep']);
  });

  it('stops after a bounded number of findings', () => {
    expect(findIllFormedJson(Array(10_000).fill('\u0000')).length).toBeLessThanOrEqual(20);
  });
});
