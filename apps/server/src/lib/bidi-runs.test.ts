import { describe, expect, it } from 'vitest';
import { breakLines, paragraphDirection, rightToLeftLines, scriptRuns } from './bidi-runs';

/** One character, one unit: widths are easy to reason about. */
const byLength = (line: string) => line.length;
/** The pieces of each line as drawn left to right, Arabic pieces marked with "ar:". */
const drawn = (text: string, width = 1000) =>
  rightToLeftLines(text, width, byLength).map((runs) =>
    runs.map((run) => (run.arabic ? `ar:${run.text}` : run.text)),
  );

describe('right-to-left lines', () => {
  it.each([
    // Arabic words follow each other from the right; a number between them stays one left-to-right run.
    ['استقبل 1,234.5 شخصًا', [['ar:شخصًا', ' 1,234.5 ', 'ar:استقبل']]],
    // A number at the end of the sentence is drawn leftmost, its digits in order.
    ['عدد الأشخاص 2026', [['2026 ', 'ar:الأشخاص', ' ', 'ar:عدد']]],
    // A percentage: the sign is read after the number, so it is drawn to its left.
    ['النسبة 97 %', [['% 97 ', 'ar:النسبة']]],
    // Parentheses are mirrored so that they still open on the right.
    ['الوحدة (أيام)', [['(', 'ar:أيام', ') ', 'ar:الوحدة']]],
    // A Latin name inside an Arabic sentence keeps its own order, parentheses included.
    ['المؤشر Persons received (ILO) هنا', [['ar:هنا', ' Persons received (ILO) ', 'ar:المؤشر']]],
    // Two years compared: each stays whole, the first read (rightmost) is the first written.
    ['2023 / 2025', [['2025 / 2023']]],
    // "Less than 11" in an Arabic line: the sign is mirrored and read first, from the right.
    ['<11', [['11>']]],
  ])('draws %s as %j', (text, expected) => {
    expect(drawn(text)).toEqual(expected);
  });

  it('keeps a Latin name left to right when it is the whole paragraph, brackets where they were', () => {
    expect(drawn('Verified within 3 days (%)')).toEqual([['Verified within 3 days (%)']]);
  });

  it('breaks lines in reading order before reordering each: the first words are on the first line', () => {
    expect(drawn('مخفية لأنها تضم أقل من 11 أشخاص', 12)).toEqual([
      ['ar:لأنها', ' ', 'ar:مخفية'],
      ['ar:من', ' ', 'ar:أقل', ' ', 'ar:تضم'],
      ['ar:أشخاص', ' 11'],
    ]);
  });
});

describe('line breaking', () => {
  it('breaks at spaces when the next word would overflow, the breaking space on no line', () => {
    expect(breakLines('aa bb cc', 5, byLength)).toEqual([
      [0, 4],
      [6, 7],
    ]);
  });

  it('keeps a word longer than the line whole, on a line of its own', () => {
    expect(breakLines('a bbbbbbbb c', 3, byLength)).toEqual([
      [0, 0],
      [2, 9],
      [11, 11],
    ]);
  });
});

describe('script runs and direction', () => {
  it('cuts text where Arabic letters meet anything else, so each is measured in its own font', () => {
    expect(scriptRuns('هدف 2025')).toEqual([
      { text: 'هدف', arabic: true },
      { text: ' 2025', arabic: false },
    ]);
  });

  it.each([
    ['مراجعة 2025', 'rtl'],
    ['Persons received', 'ltr'],
    ['90 %', 'rtl'],
  ] as const)('gives %s the direction %s', (text, direction) => {
    expect(paragraphDirection(text)).toBe(direction);
  });
});
