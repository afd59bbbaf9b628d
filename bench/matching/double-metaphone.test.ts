import { describe, expect, it } from 'vitest';
import { doubleMetaphone } from './double-metaphone';

const codes = (word: string, maxLength?: number) => {
  const { primary, alternate } = doubleMetaphone(word, maxLength);
  return [primary, alternate];
};

describe('Double Metaphone (Philips 2000), four-character codes', () => {
  it.each([
    ['Smith', 'SM0', 'XMT'],
    ['Schmidt', 'XMT', 'SMT'],
    ['Jose', 'HS', 'HS'],
    ['Xavier', 'SF', 'SFR'],
    ['Gallegos', 'KLKS', 'KKS'],
    ['Dumb', 'TM', 'TM'],
    ['Thumb', '0M', 'TM'],
    ['Caesar', 'SSR', 'SSR'],
    ['Chianti', 'KNT', 'KNT'],
    ['Michael', 'MKL', 'MXL'],
    ['Jankelowicz', 'JNKL', 'ANKL'],
    ['Campbell', 'KMPL', 'KMPL'],
    ['Arnow', 'ARN', 'ARNF'],
    ['Nguyen', 'NKN', 'NKN'],
  ])('%s → %s / %s', (word, primary, alternate) => {
    expect(codes(word)).toEqual([primary, alternate]);
  });

  it('keeps the P and B of "-mps", "-mbs": only a final UMB or UMBER loses its B', () => {
    // Lists that give Thompson "TMSN" or Thumbs "0MS" quote another algorithm; Philips' rules have no
    // silent P before S, and drop the B of "umb" only at the end of the word or before "er".
    expect(codes('Thompson')).toEqual(['TMPS', 'TMPS']);
    expect(codes('Thumbs')).toEqual(['0MPS', 'TMPS']);
    expect(codes('dumber')[0]).toBe('TMR');
  });

  it('drops the final R of a French "-ier" in the primary code only (Rogier)', () => {
    const { primary, alternate } = doubleMetaphone('Rogier');
    expect(primary).toBe('RJ');
    expect(alternate).toMatch(/^R.R$/);
  });

  it('gives the whole code when asked for it', () => {
    expect(codes('Jankelowicz', Number.POSITIVE_INFINITY)).toEqual(['JNKLTS', 'ANKLFX']);
    expect(codes('Mazurkiewicz', Number.POSITIVE_INFINITY)).toEqual(['MSRKTS', 'MTSRKFX']);
    expect(codes('Tsjaikowski', Number.POSITIVE_INFINITY)).toEqual(['TSKSK', 'TSKFSK']);
    expect(codes('Filipowicz', Number.POSITIVE_INFINITY)).toEqual(['FLPTS', 'FLPFX']);
  });

  it.each([
    ['tagliaro', 'TKLR', 'TLR'],
    ['cabrillo', 'KPRL', 'KPR'],
    ['villa', 'FL', 'F'],
    ['allegretto', 'ALKR', 'AKRT'],
    ['schenker', 'XNKR', 'SKNK'],
    ['schooner', 'SKNR', 'SKNR'],
    ['schlepp', 'XLP', 'SLP'],
    ['sugar', 'XKR', 'SKR'],
    ['svaraj', 'SFRJ', 'SFR'],
    ['ois', 'A', 'AS'],
    ['wa', 'A', 'F'],
    ['zhao', 'J', 'J'],
    ['laugh', 'LF', 'LF'],
    ['weight', 'AT', 'FT'],
    ['broughton', 'PRTN', 'PRTN'],
    ['cagney', 'KKN', 'KKN'],
    ['breaux', 'PR', 'PR'],
    ['matrix', 'MTRK', 'MTRK'],
  ])('follows the reference rules: %s → %s / %s', (word, primary, alternate) => {
    expect(codes(word)).toEqual([primary, alternate]);
  });

  it('treats case alike, reads vowels only at the start, and keeps the initial-letter rules', () => {
    expect(codes('HICCUPS')).toEqual(codes('hiccups'));
    for (const vowel of 'aeiouy') expect(codes(vowel)[0]).toBe('A');
    expect(codes('ba')[0]).toBe('P');
    for (const word of ['gnarl', 'knack', 'pneumatic']) expect(codes(word)[0]?.[0]).toBe('N');
    expect(codes('wrack')[0]?.[0]).toBe('R');
    expect(codes('psycho')[0]?.[0]).toBe('S');
    expect(codes('Ç')[0]).toBe('S');
    expect(codes('Ñ')[0]).toBe('N');
  });

  it('skips characters it has no rule for, Vietnamese letters included', () => {
    // Đ, ặ, ư and ơ are outside the algorithm's alphabet: only the letters it knows are coded.
    expect(codes('Đặng')).toEqual(['NK', 'NK']);
    expect(codes('Dang')).toEqual(['TNK', 'TNK']);
    expect(codes('Dương')).toEqual(['TNK', 'TNK']);
    expect(codes('Đỗ')).toEqual(['', '']);
    expect(codes('O’Neil-2')).toEqual(codes('ONeil'));
  });
});
