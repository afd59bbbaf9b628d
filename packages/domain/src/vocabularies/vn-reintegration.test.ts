import { describe, expect, it } from 'vitest';
import { vocabularies } from './registry';
import { incomeBandFor, incomeBands, reintegrationSupportDomain } from './vn-reintegration';

describe('reintegration vocabularies', () => {
  it.each([
    [0, 'vn.NoIncome'],
    [1, 'vn.Below2M'],
    [1_999_999, 'vn.Below2M'],
    [2_000_000, 'vn.From2MTo5M'],
    [4_999_999, 'vn.From2MTo5M'],
    [5_000_000, 'vn.From5MTo10M'],
    [10_000_000, 'vn.From10M'],
    [80_000_000, 'vn.From10M'],
  ])('a monthly income of %i ₫ falls in %s', (amount, band) => {
    expect(incomeBandFor(amount)).toBe(band);
  });

  it('labels every income band and gives every support type a domain', () => {
    expect(vocabularies['vn-income-band'].codes.map((entry) => entry.code)).toEqual(
      incomeBands.map((band) => band.code),
    );
    expect(Object.keys(reintegrationSupportDomain).sort()).toEqual(
      vocabularies['vn-reintegration-support'].codes.map((entry) => entry.code).sort(),
    );
  });
});
