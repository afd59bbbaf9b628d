import { describe, expect, it } from 'vitest';
import { vocabularies } from '../vocabularies/registry';
import { type EntitlementSchedule, entitledRegimes, scheduleOn } from './entitlements';

// Law 53/2024/QH15, Art. 37 (../shared/reference/viet-nam-law-and-programme.md): the points each category may
// receive, written out independently of the table in vn-law.ts.
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
type Point = keyof typeof POINT;
const ENTITLED: Record<string, string> = {
  'vn.Victim': 'a b c d đ e g h i k',
  'vn.VictimAccompanyingChild': 'a b c d đ e g h',
  'vn.InIdentificationAbroad': 'a b c d',
  'vn.InIdentificationAbroadAccompanyingChild': 'a b c d',
  'vn.InIdentificationInVietNam': 'a b c d đ e g',
  'vn.InIdentificationInVietNamAccompanyingChild': 'a b c d đ e g',
  'vn.ForeignVictim': 'a b c d đ g',
  'vn.ForeignInIdentification': 'a b c d đ g',
};
const categories = vocabularies['vn-subject-category'].codes.map((entry) => entry.code);
// Every cell of the table: category × regime → entitled or not.
const cells = categories.flatMap((category) =>
  (Object.keys(POINT) as Point[]).map((point) => {
    const entitled = (ENTITLED[category] ?? '').split(' ').includes(point);
    return [category, point, POINT[point], entitled] as const;
  }),
);

describe('entitlements under Law 53/2024 (in force 1 July 2025)', () => {
  const day = '2026-12-06';

  it('covers every subject category of the vocabulary', () => {
    expect(Object.keys(ENTITLED).sort()).toEqual([...categories].sort());
  });

  it.each(cells)('%s, point %s (%s): entitled %s', (category, _point, regime, entitled) => {
    const regimes = entitledRegimes(category, day).map((entitlement) => entitlement.regime);
    expect(regimes.includes(regime)).toBe(entitled);
  });

  it('grants foreign victims and foreigners in identification only "depending on the case"', () => {
    for (const category of categories) {
      const conditional = entitledRegimes(category, day).map((entitlement) => entitlement.conditional);
      expect(new Set(conditional)).toEqual(new Set([category.startsWith('vn.Foreign')]));
    }
  });

  it('computes nothing without a category or before the Law was in force', () => {
    expect(entitledRegimes(null, day)).toEqual([]);
    expect(entitledRegimes('vn.Unknown', day)).toEqual([]);
    expect(entitledRegimes('vn.Victim', '2025-06-30')).toEqual([]);
    expect(entitledRegimes('vn.Victim', '2025-07-01')).toHaveLength(10);
  });

  it('reads a later schedule from its first day, and the earlier one until then', () => {
    const first = scheduleOn(day) as EntitlementSchedule;
    const later: EntitlementSchedule = {
      source: 'a later decree',
      sourceLabels: { vi: 'nghị định sau', en: 'a later decree', ar: 'مرسوم لاحق' },
      effectiveFrom: '2027-01-01',
      effectiveUntil: null,
      table: { 'vn.Victim': [{ regime: 'vn.Medical', conditional: false }] },
    };
    const schedules = [{ ...first, effectiveUntil: '2027-01-01' }, later];
    expect(entitledRegimes('vn.Victim', '2026-12-31', schedules)).toHaveLength(10);
    expect(entitledRegimes('vn.Victim', '2027-01-01', schedules)).toEqual([
      { regime: 'vn.Medical', conditional: false },
    ]);
  });
});
