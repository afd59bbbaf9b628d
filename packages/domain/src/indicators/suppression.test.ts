import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoverableByAlgebra } from './recoverable-by-algebra.test-support';
import { type EntryStatus, findRecoverable, suppressCounts, suppressRatios, withTotals } from './suppression';

const letter = { shown: '.', primary: 'P', secondary: 'S' } as const;
const picture = (pattern: { entries: EntryStatus[][] }) =>
  pattern.entries.map((line) => line.map((status) => letter[status]).join('')).join('/');

describe('suppressCounts: worked examples (k = 11)', () => {
  it('publishes a table with no small cell as it is', () => {
    expect(
      picture(
        suppressCounts({
          columns: 2,
          cells: [
            [20, 30],
            [0, 15],
          ],
        }),
      ),
    ).toBe('.../.../...');
  });

  it('shows a zero: it describes nobody', () => {
    const pattern = suppressCounts({
      columns: 2,
      cells: [
        [0, 40],
        [25, 12],
      ],
    });
    expect(pattern.entries[0]?.[0]).toBe('shown');
  });

  it('hides a small cell and, with it, a second cell in its row and column and the fourth corner', () => {
    // 3 in a row of 3 + 40: alone it would be the row total minus 40. The cheapest cycle through the small cell
    // takes the smallest cells: 12 (same column), 20 (same row) and 30 (the fourth corner).
    const pattern = suppressCounts({
      columns: 3,
      cells: [
        [3, 20, 40],
        [12, 30, 50],
        [60, 70, 80],
      ],
    });
    expect(picture(pattern)).toBe('PS../SS../..../....');
    expect(findRecoverable(pattern)).toEqual([]);
  });

  it('suppresses totals when the cells alone cannot hide a small one', () => {
    // One column: every cell equals its row total, so hiding 5 takes another row with its total (one total
    // costs less than the two of the totals row, so the grand total of 45 stays published).
    const pattern = suppressCounts({ columns: 1, cells: [[5], [40]] });
    expect(picture(pattern)).toBe('PP/SS/..');
    expect(findRecoverable(pattern)).toEqual([]);
  });

  it('suppresses a small total as a primary entry', () => {
    const pattern = suppressCounts({
      columns: 2,
      cells: [
        [4, 3],
        [30, 40],
      ],
    });
    expect(pattern.entries[0]?.[2]).toBe('primary');
    expect(findRecoverable(pattern)).toEqual([]);
  });

  it('hides everything of a table with fewer than k persons', () => {
    expect(
      picture(
        suppressCounts({
          columns: 2,
          cells: [
            [2, 0],
            [0, 3],
          ],
        }),
      ),
    ).toBe('P.P/.PP/PPP');
  });

  it('takes the threshold it is given', () => {
    expect(
      picture(
        suppressCounts(
          {
            columns: 2,
            cells: [
              [5, 6],
              [7, 8],
            ],
          },
          5,
        ),
      ),
    ).toBe('.../.../...');
  });

  it('refuses a table that is not one', () => {
    expect(() => suppressCounts({ columns: 2, cells: [[1]] })).toThrow(RangeError);
    expect(() => suppressCounts({ columns: 1, cells: [[-1]] })).toThrow(RangeError);
    expect(() => suppressCounts({ columns: 1, cells: [[1.5]] })).toThrow(RangeError);
  });
});

describe('suppressRatios', () => {
  it('hides a percentage whose numerator is small', () => {
    const pattern = suppressRatios(
      {
        columns: 2,
        cells: [
          [3, 20],
          [30, 40],
        ],
      },
      {
        columns: 2,
        cells: [
          [30, 40],
          [50, 60],
        ],
      },
    );
    expect(pattern.entries[0]?.[0]).toBe('primary');
    expect(findRecoverable(pattern)).toEqual([]);
  });

  it('hides a percentage whose rest is small (12 of 14 leaves 2 persons)', () => {
    const pattern = suppressRatios(
      {
        columns: 2,
        cells: [
          [12, 20],
          [30, 40],
        ],
      },
      {
        columns: 2,
        cells: [
          [14, 40],
          [50, 60],
        ],
      },
    );
    expect(pattern.entries[0]?.[0]).toBe('primary');
  });

  it('refuses a numerator above its denominator', () => {
    expect(() => suppressRatios({ columns: 1, cells: [[5]] }, { columns: 1, cells: [[4]] })).toThrow(
      RangeError,
    );
  });
});

const count = fc.oneof(
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 4, arbitrary: fc.integer({ min: 11, max: 80 }) },
);
const table = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, columns }) =>
    fc.record({
      columns: fc.constant(columns),
      cells: fc.array(fc.array(count, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      }),
    }),
  );
const threshold = fc.constantFrom(3, 5, 11);

describe('suppression properties (random tables)', () => {
  it('no published table lets a suppressed entry be recomputed from the totals and the other entries', () => {
    fc.assert(
      fc.property(table, threshold, (input, k) => {
        expect(recoverableByAlgebra(suppressCounts(input, k))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('every entry of 1 … k−1 persons is hidden, zeros are shown, and only hidden entries are hidden', () => {
    fc.assert(
      fc.property(table, threshold, (input, k) => {
        const values = withTotals(input).entries;
        const pattern = suppressCounts(input, k);
        for (const [row, line] of values.entries()) {
          for (const [column, value] of line.entries()) {
            const status = pattern.entries[row]?.[column];
            if (value > 0 && value < k) expect(status).toBe('primary');
            if (value === 0) expect(status).toBe('shown');
            if (value >= k) expect(status).not.toBe('primary');
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the graph test and the algebra agree on what is recoverable for any pattern', () => {
    const status = fc.constantFrom<EntryStatus>('shown', 'shown', 'primary');
    const patterns = fc
      .record({ rows: fc.integer({ min: 2, max: 5 }), columns: fc.integer({ min: 2, max: 5 }) })
      .chain(({ rows, columns }) =>
        fc.record({
          rows: fc.constant(rows),
          columns: fc.constant(columns),
          entries: fc.array(fc.array(status, { minLength: columns, maxLength: columns }), {
            minLength: rows,
            maxLength: rows,
          }),
        }),
      );
    fc.assert(
      fc.property(patterns, (pattern) => {
        expect(findRecoverable(pattern)).toEqual(recoverableByAlgebra(pattern));
      }),
      { numRuns: 400 },
    );
  });

  it('ratio tables: no suppressed entry is recoverable, and small numerators and rests are hidden', () => {
    const pairs = table.chain((denominators) =>
      fc.record({
        denominators: fc.constant(denominators),
        numerators: fc.record({
          columns: fc.constant(denominators.columns),
          cells: fc.tuple(
            ...denominators.cells.map((line) =>
              fc.tuple(...line.map((value) => fc.integer({ min: 0, max: value }))),
            ),
          ),
        }),
      }),
    );
    fc.assert(
      fc.property(pairs, threshold, ({ numerators, denominators }, k) => {
        const pattern = suppressRatios(numerators, denominators, k);
        expect(recoverableByAlgebra(pattern)).toEqual([]);
        const top = withTotals(numerators).entries;
        for (const [row, line] of withTotals(denominators).entries.entries()) {
          for (const [column, denominator] of line.entries()) {
            const numerator = top[row]?.[column] ?? 0;
            const small = (value: number) => value > 0 && value < k;
            if (small(numerator) || small(denominator - numerator))
              expect(pattern.entries[row]?.[column]).toBe('primary');
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
