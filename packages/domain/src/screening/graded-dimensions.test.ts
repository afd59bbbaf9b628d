import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDimensionPositive, satisfiedClause } from './graded-dimensions';
import type { ThresholdClause } from './instrument-schema';

// The ILO–EC rule (secondary source), held as data in the instruments.
const ilo: ThresholdClause[] = [
  { strong: 2 },
  { strong: 1, medium: 1 },
  { strong: 1, weak: 1 },
  { medium: 3 },
  { medium: 2, weak: 1 },
];

describe('dimension threshold', () => {
  it.each([
    // (a) two strong
    [{ strong: 2 }, true],
    [{ strong: 3 }, true],
    // (b) one strong and one medium or weak
    [{ strong: 1, medium: 1 }, true],
    [{ strong: 1, weak: 1 }, true],
    // (c) three medium
    [{ medium: 3 }, true],
    // (d) two medium and one weak
    [{ medium: 2, weak: 1 }, true],
    // below every clause
    [{ strong: 1 }, false],
    [{ medium: 2 }, false],
    [{ medium: 1, weak: 5 }, false],
    [{ weak: 9 }, false],
    [{}, false],
  ])('counts %o → positive: %s', (counts, expected) => {
    expect(isDimensionPositive(counts, ilo)).toBe(expected);
  });

  it('names the clause that made a dimension positive', () => {
    expect(satisfiedClause({ medium: 2, weak: 1 }, ilo)).toEqual({ medium: 2, weak: 1 });
    expect(satisfiedClause({ strong: 1, weak: 1 }, ilo)).toEqual({ strong: 1, weak: 1 });
  });

  it('a threshold held as data changes the rule without code', () => {
    expect(isDimensionPositive({ strong: 1 }, [{ strong: 1 }])).toBe(true);
    expect(isDimensionPositive({ strong: 1 }, ilo)).toBe(false);
  });

  const counts = fc.record({ strong: fc.nat(5), medium: fc.nat(5), weak: fc.nat(5) });
  const clauses = fc.array(
    fc.record({ strong: fc.nat(3), medium: fc.nat(3), weak: fc.nat(3) }, { requiredKeys: [] }),
    { minLength: 1, maxLength: 5 },
  );

  it('adding a present indicator never turns a positive dimension negative (any threshold)', () => {
    fc.assert(
      fc.property(
        counts,
        clauses,
        fc.constantFrom('strong', 'medium', 'weak' as const),
        (before, rule, grade) => {
          const after = { ...before, [grade]: before[grade] + 1 };
          if (isDimensionPositive(before, rule)) expect(isDimensionPositive(after, rule)).toBe(true);
        },
      ),
    );
  });
});
