import { describe, expect, it } from 'vitest';
import { findUnit, provinces } from './admin-units';
import { provinceFullNameAr } from './province-names-ar';

describe('Arabic province names', () => {
  it('names every province of the 2025 set in Arabic script, each differently', () => {
    const names = provinces('2026-01-01').map((unit) => provinceFullNameAr(unit));
    expect(names).toHaveLength(34);
    for (const name of names) expect(name).toMatch(/^(مقاطعة|مدينة) [\u0600-\u06FF ]+$/);
    expect(new Set(names).size).toBe(34);
  });

  it('calls a centrally-run city a city and a province a province', () => {
    expect(provinceFullNameAr(findUnit('01', '2025') as never)).toBe('مدينة هانوي');
    expect(provinceFullNameAr(findUnit('15', '2025') as never)).toBe('مقاطعة لاو كاي');
  });

  it('leaves communes and the pre-2025 set to their Vietnamese names', () => {
    const commune = { era: '2025', level: 'commune', code: '00004', type: 'ward' } as const;
    expect(provinceFullNameAr(commune)).toBeUndefined();
    expect(
      provinceFullNameAr({ era: 'pre-2025', level: 'province', code: '01', type: 'municipality' }),
    ).toBeUndefined();
  });
});
