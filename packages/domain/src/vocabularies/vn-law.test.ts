import { describe, expect, it } from 'vitest';
import { vocabularies } from './registry';
import { entitlements, regimesFor } from './vn-law';

// Law 53/2024/QH15, Art. 37: the points of the article each category may receive.
const POINT = {
  a: 'vn.EssentialNeeds',
  b: 'vn.Medical',
  c: 'vn.Interpretation',
  d: 'vn.LegalInformation',
  đ: 'vn.LegalAid',
  e: 'vn.TravelCosts',
  g: 'vn.Psychological',
  h: 'vn.GeneralEducation',
  i: 'vn.VocationalTrainingAndEmployment',
  k: 'vn.InitialHardshipAllowanceAndLoans',
} as const;
const TABLE: Record<string, string> = {
  'vn.Victim': 'a b c d đ e g h i k',
  'vn.VictimAccompanyingChild': 'a b c d đ e g h',
  'vn.InIdentificationAbroad': 'a b c d',
  'vn.InIdentificationAbroadAccompanyingChild': 'a b c d',
  'vn.InIdentificationInVietNam': 'a b c d đ e g',
  'vn.InIdentificationInVietNamAccompanyingChild': 'a b c d đ e g',
  'vn.ForeignVictim': 'a b c d đ g',
  'vn.ForeignInIdentification': 'a b c d đ g',
};

describe('support regimes of the 2024 Law', () => {
  it('has the ten regimes of Art. 37 in the order of its points', () => {
    expect(vocabularies['vn-support-regime'].codes.map((entry) => entry.code)).toEqual(Object.values(POINT));
  });

  it('defines entitlements for exactly the subject categories', () => {
    expect(Object.keys(entitlements).sort()).toEqual(
      vocabularies['vn-subject-category'].codes.map((entry) => entry.code).sort(),
    );
  });

  it.each(Object.entries(TABLE))('%s receives points %s', (category, points) => {
    const expected = points.split(' ').map((point) => POINT[point as keyof typeof POINT]);
    expect(regimesFor(category).map((entitlement) => entitlement.regime)).toEqual(expected);
  });

  it('grants foreign victims their regimes only depending on the case', () => {
    for (const [category, list] of Object.entries(entitlements)) {
      expect(list.every((entitlement) => entitlement.conditional === category.startsWith('vn.Foreign'))).toBe(
        true,
      );
    }
    expect(regimesFor('vn.Unknown')).toEqual([]);
  });
});
