import { describe, expect, it } from 'vitest';
import { ageBandOf, ageOn } from './age-band';

describe('age bands (CTDC ageBroad)', () => {
  it.each([
    [0, '0-8'],
    [8, '0-8'],
    [9, '9-17'],
    [17, '9-17'],
    [18, '18-20'],
    [29, '27-29'],
    [30, '30-38'],
    [47, '39-47'],
    [48, '48+'],
    [90, '48+'],
  ] as const)('%i → %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it('counts a birthday not yet reached this year', () => {
    expect(ageOn({ dateOfBirth: '2008-12-01' }, '2026-11-28')).toBe(17);
    expect(ageOn({ dateOfBirth: '2008-11-28' }, '2026-11-28')).toBe(18);
    expect(ageOn({ birthYear: 2000 }, '2026-11-28')).toBe(26);
    expect(ageOn({ approximateAge: { years: 30, on: '2024-05-01' } }, '2026-11-28')).toBe(32);
    expect(ageOn({}, '2026-11-28')).toBeUndefined();
  });
});
