import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { soundKey } from './names';

/** The sound key as it was first written, a chain of regular expressions: the oracle of the one written out. */
function soundKeyByExpressions(token: string): string {
  return token
    .replace(/(.)\1+/g, '$1')
    .replace(/^ngh/, 'ng')
    .replace(/^gh/, 'g')
    .replace(/^gi/, 'z')
    .replace(/^[dr]/, 'z')
    .replace(/^tr/, 'ch')
    .replace(/^ph/, 'f')
    .replace(/^x/, 's')
    .replace(/^qu/, 'q')
    .replace(/^q/, 'k')
    .replace(/^c(?!h)/, 'k')
    .replace(/y/g, 'i')
    .replace(/nh$/, 'n')
    .replace(/(ch|c|k)$/, 't');
}

const letters = fc.constantFrom(
  ...'aceghiknpqrtuxyd\n\r\u2028 '.split(''),
  'ngh',
  'gh',
  'gi',
  'qu',
  'ph',
  'tr',
  'ch',
  'nh',
);

describe('soundKey', () => {
  it.each([
    ['nguyen', 'nguien'],
    ['nghia', 'ngia'],
    ['ghi', 'z'],
    ['quang', 'kang'],
    ['phuong', 'fuong'],
    ['trang', 'chang'],
    ['linh', 'lin'],
    ['bach', 'bat'],
    ['vuu', 'vu'],
  ])('%s → %s', (token, key) => {
    expect(soundKey(token)).toBe(key);
  });

  it('gives what the chain of regular expressions gives, for any text', () => {
    const text = fc.oneof(
      fc.array(letters, { maxLength: 8 }).map((parts) => parts.join('')),
      fc.string({ maxLength: 10 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    fc.assert(
      fc.property(text, (token) => {
        expect(soundKey(token)).toBe(soundKeyByExpressions(token));
      }),
      { numRuns: 5_000 },
    );
  });
});
