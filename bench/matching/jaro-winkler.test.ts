import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler';

describe('Jaro and Jaro-Winkler similarity', () => {
  it.each([
    // Textbook pairs (Winkler 1990; the usual worked examples).
    ['MARTHA', 'MARHTA', 0.944, 0.961],
    ['DWAYNE', 'DUANE', 0.822, 0.84],
    ['DIXON', 'DICKSONX', 0.767, 0.813],
  ])('%s / %s: Jaro %f, Jaro-Winkler %f', (a, b, expectedJaro, expectedWinkler) => {
    expect(jaro(a, b)).toBeCloseTo(expectedJaro, 3);
    expect(jaroWinkler(a, b)).toBeCloseTo(expectedWinkler, 3);
  });

  it('is 1 for equal strings, 0 with nothing in common or an empty side, and symmetric', () => {
    expect(jaroWinkler('lan', 'lan')).toBe(1);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('abc', '')).toBe(0);
    expect(jaroWinkler('nguyen thi lan', 'nguyen lan')).toBeCloseTo(
      jaroWinkler('nguyen lan', 'nguyen thi lan'),
      12,
    );
  });

  it('counts at most four prefix characters, and boosts only above a Jaro of 0.7', () => {
    const five = jaroWinkler('abcdefgh', 'abcdexyz');
    const four = jaroWinkler('abcdefgh', 'abcdexyz', { maxPrefix: 4 });
    expect(five).toBe(four);
    expect(jaroWinkler('CRATE', 'TRACE')).toBeCloseTo(jaro('CRATE', 'TRACE'), 12); // no shared prefix
    const low = jaro('abxyz', 'abpqr');
    expect(low).toBeLessThanOrEqual(0.7);
    expect(jaroWinkler('abxyz', 'abpqr')).toBe(low);
  });

  it('compares exactly as written: accents and case are differences', () => {
    expect(jaroWinkler('nguyễn', 'nguyen')).toBeLessThan(1);
    expect(jaroWinkler('Lan', 'lan')).toBeLessThan(1);
  });
});
