import { describe, expect, it } from 'vitest';
import { CODE_LENGTH, codeAlphabet, codeFromBytes, formatCode, normaliseCode } from './one-time-code';

describe('one-time codes', () => {
  it('makes twelve characters from the alphabet without look-alikes', () => {
    const code = codeFromBytes(new Uint8Array(Array.from({ length: 32 }, (_, i) => i * 7)));
    expect(code).toHaveLength(CODE_LENGTH);
    expect([...code].every((ch) => codeAlphabet.includes(ch))).toBe(true);
    expect(code).not.toMatch(/[01OILU]/);
  });

  it('skips bytes that would bias the alphabet', () => {
    const bytes = new Uint8Array([...Array(5).fill(250), ...Array(12).fill(0)]);
    expect(codeFromBytes(bytes)).toBe('A'.repeat(12));
  });

  it.each([
    ['abcd-efgh-jkmn', 'ABCDEFGHJKMN'],
    [' ABCD EFGH JKMN ', 'ABCDEFGHJKMN'],
    ['ABCD-EFGH-JKM', undefined],
    ['ABCD-EFGH-JKM0', undefined],
    ['', undefined],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });

  it('shows the code in groups of four', () => {
    expect(formatCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
  });
});
