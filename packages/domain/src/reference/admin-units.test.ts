import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../text/fold';
import {
  allUnits,
  communesOf,
  districtsOf,
  eraAt,
  eraValidity,
  findUnit,
  isInForce,
  parentOf,
  provinceOf,
  provinces,
  unitTypesAt,
} from './admin-units';
import { toVietNamDate } from './dates';

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('unit counts match the source files (data README)', () => {
  it('2025: 34 provinces and 3,321 communes, wards and special zones', () => {
    expect(provinces()).toHaveLength(34);
    const communes = provinces().flatMap((province) => communesOf(province.code));
    expect(communes).toHaveLength(3321);
    expect(countBy(communes, (unit) => unit.type)).toEqual({ commune: 2611, ward: 697, 'special-zone': 13 });
    expect(allUnits('2025')).toHaveLength(34 + 3321);
  });

  it('pre-2025: 63 provinces, 696 districts, 10,035 communes', () => {
    const old = provinces('2024-12-31');
    expect(old).toHaveLength(63);
    const districts = old.flatMap((province) => districtsOf(province.code, '2024-12-31'));
    expect(districts).toHaveLength(696);
    const communes = old.flatMap((province) => communesOf(province.code, '2024-12-31'));
    expect(communes).toHaveLength(10035);
    expect(countBy(communes, (unit) => unit.type)).toEqual({ commune: 7692, ward: 1726, township: 617 });
  });

  it('the five island districts have no communes', () => {
    const empty = allUnits('pre-2025').filter(
      (unit) => unit.level === 'district' && communesOf(unit.code, '2020-01-01').length === 0,
    );
    expect(empty.map((unit) => unit.fullName).sort()).toEqual(
      ['Huyện Bạch Long Vĩ', 'Huyện Côn Đảo', 'Huyện Cồn Cỏ', 'Huyện Hoàng Sa', 'Huyện Lý Sơn'].sort(),
    );
  });

  it('the 13 special zones are the island ones created in 2025', () => {
    const zones = allUnits('2025').filter((unit) => unit.type === 'special-zone');
    expect(zones.map((unit) => foldVietnamese(unit.name)).sort()).toEqual(
      [
        'Vân Đồn',
        'Cô Tô',
        'Bạch Long Vĩ',
        'Cát Hải',
        'Cồn Cỏ',
        'Hoàng Sa',
        'Lý Sơn',
        'Trường Sa',
        'Phú Quý',
        'Côn Đảo',
        'Phú Quốc',
        'Kiên Hải',
        'Thổ Châu',
      ]
        .map(foldVietnamese)
        .sort(),
    );
  });
});

describe('eras and dates', () => {
  it.each([
    ['2021-03-15', 'pre-2025'],
    ['2025-06-30', 'pre-2025'],
    ['2025-07-01', '2025'],
    ['2030-01-01', '2025'],
  ] as const)('%s is in the %s set', (date, era) => {
    expect(eraAt(date)).toBe(era);
  });

  it('reads an instant in Viet Nam time', () => {
    expect(eraAt(new Date('2025-06-30T16:59:59Z'))).toBe('pre-2025');
    expect(eraAt(new Date('2025-06-30T17:00:00Z'))).toBe('2025');
    expect(toVietNamDate('2025-06-30T20:00:00Z')).toBe('2025-07-01');
  });

  it('rejects impossible dates', () => {
    expect(() => toVietNamDate('2025-02-30')).toThrow(RangeError);
    expect(() => toVietNamDate('not a date')).toThrow(RangeError);
  });

  it('gives each set its validity', () => {
    expect(eraValidity('pre-2025')).toEqual({ validFrom: null, validTo: '2025-06-30' });
    expect(eraValidity('2025')).toEqual({ validFrom: '2025-07-01', validTo: null });
    const hanoi2025 = findUnit('01', '2025');
    const hanoiOld = findUnit('01', 'pre-2025');
    expect(hanoi2025 && isInForce(hanoi2025, '2025-06-30')).toBe(false);
    expect(hanoiOld && isInForce(hanoiOld, '2025-06-30')).toBe(true);
    expect(hanoiOld && isInForce(hanoiOld, '2025-07-01')).toBe(false);
  });
});

describe('codes are qualified by their set', () => {
  // Resolution 202/2025/QH15 gave several merged provinces the code of another former province.
  it.each([
    ['15', 'Yên Bái', 'Lào Cai'],
    ['24', 'Bắc Giang', 'Bắc Ninh'],
    ['44', 'Quảng Bình', 'Quảng Trị'],
    ['52', 'Bình Định', 'Gia Lai'],
    ['80', 'Long An', 'Tây Ninh'],
    ['82', 'Tiền Giang', 'Đồng Tháp'],
    ['91', 'Kiên Giang', 'An Giang'],
  ])('province %s was %s and is now %s', (code, before, after) => {
    expect(findUnit(code, 'pre-2025')?.name).toBe(before);
    expect(findUnit(code, '2025')?.name).toBe(after);
  });

  it('has no district codes in the 2025 set', () => {
    expect(allUnits('2025').some((unit) => unit.level === 'district')).toBe(false);
    expect(districtsOf('01')).toEqual([]);
  });
});

describe('hierarchy', () => {
  it('links every unit to a parent one level up in its own set', () => {
    for (const era of ['pre-2025', '2025'] as const) {
      for (const unit of allUnits(era)) {
        const parent = parentOf(unit);
        if (unit.level === 'province') {
          expect(parent).toBeUndefined();
          continue;
        }
        const expectedLevel = era === '2025' || unit.level === 'district' ? 'province' : 'district';
        expect(parent?.level, `${era} ${unit.code}`).toBe(expectedLevel);
        expect(provinceOf(unit).level).toBe('province');
      }
    }
  });

  it('lists the communes of a pre-2025 province as those of its districts', () => {
    const at = '2022-06-01';
    const viaDistricts = districtsOf('30', at).flatMap((district) => communesOf(district.code, at));
    expect(communesOf('30', at)).toEqual(viaDistricts);
    expect(viaDistricts.every((unit) => unit.provinceCode === '30')).toBe(true);
    expect(communesOf('99999', at)).toEqual([]);
  });
});

describe('names', () => {
  it('builds full names from the type, in Vietnamese and English', () => {
    expect(findUnit('42', '2025')).toMatchObject({
      fullName: 'Tỉnh Hà Tĩnh',
      fullNameEn: 'Ha Tinh Province',
    });
    expect(findUnit('01', '2025')).toMatchObject({ nameEn: 'Hanoi', fullNameEn: 'Hanoi City' });
    expect(findUnit('00004', '2025')).toMatchObject({
      fullName: 'Phường Ba Đình',
      fullNameEn: 'Ba Dinh Ward',
    });
    expect(findUnit('001', 'pre-2025')).toMatchObject({ fullName: 'Quận Ba Đình', type: 'urban-district' });
  });

  it('repairs the lower-case type word of one source record', () => {
    expect(findUnit('06325', '2025')?.fullName).toBe('Xã Bắc Sơn');
  });
});

describe('type changes within the 2025 set', () => {
  it('were 28 provinces and 6 centrally-run cities on 1 July 2025, and 27 and 7 in the source snapshot', () => {
    const typesOn = (date: string) => countBy(provinces(date), (unit) => unitTypesAt(unit, date).join('|'));
    expect(typesOn('2025-07-01')).toEqual({ province: 28, municipality: 6 });
    expect(typesOn('2026-08-02')).toEqual({ province: 27, municipality: 7 });
  });

  it('gives Đồng Nai both types where the sources do not date the change', () => {
    const dongNai = findUnit('75', '2025');
    if (!dongNai) throw new Error('Đồng Nai is missing');
    expect(dongNai.typeChange?.basis).toBe('Nghị quyết 30/2026/QH16');
    expect(unitTypesAt(dongNai, '2025-12-31')).toEqual(['province']);
    expect(unitTypesAt(dongNai, '2026-03-01')).toEqual(['province', 'municipality']);
    expect(unitTypesAt(dongNai, '2026-08-02')).toEqual(['municipality']);
    expect(unitTypesAt(dongNai, '2025-06-30')).toEqual([]);
  });

  it('records the communes of Đồng Nai that the conversion table names as xã and the source as phường', () => {
    const changed = allUnits('2025').filter((unit) => unit.level === 'commune' && unit.typeChange);
    expect(changed.length).toBeGreaterThan(0);
    for (const unit of changed) {
      expect(unit.provinceCode).toBe('75');
      expect(unit.typeChange?.previousType).toBe('commune');
      expect(unit.type).toBe('ward');
      expect(unitTypesAt(unit, '2025-07-01')).toEqual(['commune']);
    }
    expect(changed.map((unit) => unit.name)).toContain('Long Thành');
  });
});
