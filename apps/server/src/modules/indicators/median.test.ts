import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from './pass-tables';

/** percentile_cont(0.5) over the values themselves, as PostgreSQL computes it. */
function medianOfValues(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) / 2;
  const low = sorted[Math.floor(position)] as number;
  const high = sorted[Math.ceil(position)] as number;
  return low + (high - low) * (position - Math.floor(position));
}

describe('a median read off counted days', () => {
  it('is the median of the values the counts stand for', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -30, max: 400 }), { maxLength: 200 }), (values) => {
        const days = new Map<number, number>();
        for (const value of values) days.set(value, (days.get(value) ?? 0) + 1);
        expect(median(days, values.length)).toBe(medianOfValues(values));
      }),
    );
  });

  it('takes the middle value of an odd count and halfway between the two middle ones of an even count', () => {
    expect(median(new Map([[3, 1]]), 1)).toBe(3);
    expect(
      median(
        new Map([
          [1, 1],
          [4, 1],
        ]),
        2,
      ),
    ).toBe(2.5);
    expect(
      median(
        new Map([
          [2, 3],
          [10, 1],
        ]),
        4,
      ),
    ).toBe(2);
    expect(
      median(
        new Map([
          [2, 2],
          [10, 2],
        ]),
        4,
      ),
    ).toBe(6);
    expect(median(new Map(), 0)).toBeNull();
  });
});
