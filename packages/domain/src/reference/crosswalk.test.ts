import { describe, expect, it } from 'vitest';
import { foldVietnamese, sameFolded } from '../text/fold';
import { type AdminUnit, allUnits, findUnit, provinces } from './admin-units';
import {
  crosswalkCorrections,
  currentProvinceOf,
  predecessorsOf,
  provincePredecessors,
  provinceSuccessor,
  successorsOf,
} from './crosswalk';

const OLD = '2024-01-01';

function oldProvince(name: string): AdminUnit {
  const found = provinces(OLD).filter((unit) => sameFolded(unit.name, name));
  if (found.length !== 1 || !found[0]) throw new Error(`no single pre-2025 province named ${name}`);
  return found[0];
}

function oldUnit(fullName: string, provinceName: string): AdminUnit {
  const province = oldProvince(provinceName);
  const found = allUnits('pre-2025').filter(
    (unit) => unit.provinceCode === province.code && sameFolded(unit.fullName, fullName),
  );
  if (found.length !== 1 || !found[0]) throw new Error(`no single ${fullName} in ${provinceName}`);
  return found[0];
}

const currentNames = (unit: AdminUnit) => currentProvinceOf(unit).map((province) => province.name);

// Resolution 202/2025/QH15, written out from the resolution rather than read from the data files:
// each 2025 province formed by a merger, with the pre-2025 provinces it absorbed.
const MERGERS: Record<string, string[]> = {
  'Tuyên Quang': ['Tuyên Quang', 'Hà Giang'],
  'Lào Cai': ['Lào Cai', 'Yên Bái'],
  'Thái Nguyên': ['Thái Nguyên', 'Bắc Kạn'],
  'Phú Thọ': ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'],
  'Bắc Ninh': ['Bắc Ninh', 'Bắc Giang'],
  'Hưng Yên': ['Hưng Yên', 'Thái Bình'],
  'Hải Phòng': ['Hải Phòng', 'Hải Dương'],
  'Ninh Bình': ['Ninh Bình', 'Hà Nam', 'Nam Định'],
  'Quảng Trị': ['Quảng Trị', 'Quảng Bình'],
  'Đà Nẵng': ['Đà Nẵng', 'Quảng Nam'],
  'Quảng Ngãi': ['Quảng Ngãi', 'Kon Tum'],
  'Gia Lai': ['Gia Lai', 'Bình Định'],
  'Khánh Hòa': ['Khánh Hòa', 'Ninh Thuận'],
  'Lâm Đồng': ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'],
  'Đắk Lắk': ['Đắk Lắk', 'Phú Yên'],
  'Hồ Chí Minh': ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'],
  'Đồng Nai': ['Đồng Nai', 'Bình Phước'],
  'Tây Ninh': ['Tây Ninh', 'Long An'],
  'Cần Thơ': ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'],
  'Vĩnh Long': ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'],
  'Đồng Tháp': ['Đồng Tháp', 'Tiền Giang'],
  'Cà Mau': ['Cà Mau', 'Bạc Liêu'],
  'An Giang': ['An Giang', 'Kiên Giang'],
};
// The provinces the reform left as they were (reference: viet-nam-law-and-programme.md).
const UNCHANGED = [
  'Cao Bằng',
  'Điện Biên',
  'Hà Tĩnh',
  'Lai Châu',
  'Lạng Sơn',
  'Nghệ An',
  'Quảng Ninh',
  'Thanh Hóa',
  'Sơn La',
  'Hà Nội',
  'Huế',
];

describe('province crosswalk 63 → 34', () => {
  it('the expected table itself accounts for all 63 and all 34', () => {
    const absorbed = Object.values(MERGERS).flat();
    expect(absorbed.length + UNCHANGED.length).toBe(63);
    expect(Object.keys(MERGERS).length + UNCHANGED.length).toBe(34);
  });

  it('maps every old province to exactly one of the 34, reaching all 34', () => {
    const reached = new Set<string>();
    for (const province of provinces(OLD)) {
      const current = currentProvinceOf(province);
      expect(current, province.name).toHaveLength(1);
      expect(current[0]?.era).toBe('2025');
      reached.add(current[0]?.code ?? '');
    }
    expect(reached.size).toBe(34);
  });

  it.each(UNCHANGED)('%s maps to itself and absorbed no other province', (name) => {
    const old = oldProvince(name);
    const [current] = currentProvinceOf(old);
    expect(current?.code).toBe(old.code);
    expect(sameFolded(current?.name ?? '', name)).toBe(true);
    expect(provincePredecessors(old.code).map((unit) => unit.code)).toEqual([old.code]);
  });

  it('has exactly the eleven unchanged provinces as sole predecessors under their own code', () => {
    const selfOnly = provinces().filter((province) => {
      const before = provincePredecessors(province.code);
      return before.length === 1 && before[0]?.code === province.code;
    });
    expect(selfOnly.map((unit) => foldVietnamese(unit.name)).sort()).toEqual(
      UNCHANGED.map(foldVietnamese).sort(),
    );
  });

  describe.each(Object.entries(MERGERS))('%s', (current, formers) => {
    it.each(formers)('absorbed %s', (former) => {
      expect(currentNames(oldProvince(former)).map(foldVietnamese)).toEqual([foldVietnamese(current)]);
    });

    it('absorbed nothing else', () => {
      const target = provinces().find((unit) => sameFolded(unit.name, current));
      const predecessors = provincePredecessors(target?.code ?? '').map((unit) => foldVietnamese(unit.name));
      expect(predecessors.sort()).toEqual(formers.map(foldVietnamese).sort());
    });
  });
});

describe('any old unit maps to today’s province', () => {
  it('maps every old district and commune to one province, the one its old province went to', () => {
    for (const unit of allUnits('pre-2025')) {
      const current = currentProvinceOf(unit);
      expect(current, `${unit.code} ${unit.fullName}`).toHaveLength(1);
      expect(current[0]?.code).toBe(provinceSuccessor(unit.provinceCode)?.code);
    }
  });

  it('counts a 2022 case in the former Hải Dương province under Hải Phòng', () => {
    const commune = oldUnit('Phường Trần Phú', 'Hải Dương');
    expect(currentNames(commune)).toEqual(['Hải Phòng']);
    expect(currentNames(oldProvince('Hải Dương'))).toEqual(['Hải Phòng']);
  });

  it('maps 2025 units to their own province and unknown units to nothing', () => {
    expect(currentProvinceOf({ era: '2025', code: '00004' }).map((unit) => unit.code)).toEqual(['01']);
    expect(currentProvinceOf({ era: '2025', code: '75' }).map((unit) => unit.code)).toEqual(['75']);
    expect(currentProvinceOf({ era: 'pre-2025', code: '99999' })).toEqual([]);
  });
});

describe('commune crosswalk', () => {
  it('links every old commune to at least one new unit and every new unit to at least one old one', () => {
    for (const unit of allUnits('pre-2025').filter((candidate) => candidate.level === 'commune')) {
      expect(successorsOf(unit.code).length, unit.code).toBeGreaterThan(0);
    }
    for (const unit of allUnits('2025').filter((candidate) => candidate.level === 'commune')) {
      expect(predecessorsOf(unit.code).length, unit.code).toBeGreaterThan(0);
    }
  });

  it('keeps all 10,571 links of the official table', () => {
    const total = allUnits('pre-2025').reduce((sum, unit) => sum + successorsOf(unit.code).length, 0);
    expect(total).toBe(10571);
  });

  it('splits 440 old communes between several new ones (see DATA-DICTIONARY for the README’s 441)', () => {
    const split = allUnits('pre-2025').filter((unit) => successorsOf(unit.code).length > 1);
    expect(split).toHaveLength(440);
  });

  it('never splits a commune the table says was merged whole, kept, renamed or retyped', () => {
    for (const unit of allUnits('pre-2025')) {
      const links = successorsOf(unit.code);
      if (links.some((link) => ['whole', 'unchanged', 'renamed', 'retyped'].includes(link.kind))) {
        expect(links, `${unit.code} ${unit.fullName}`).toHaveLength(1);
      }
    }
  });

  it('keeps code and name (or a spelling of it) for every unit marked Giữ nguyên', () => {
    const kept = allUnits('2025').flatMap((unit) =>
      predecessorsOf(unit.code).filter((l) => l.kind === 'unchanged'),
    );
    expect(kept.length).toBeGreaterThan(0);
    for (const link of kept) {
      expect(link.to.code).toBe(link.from.code);
      const now = findUnit(link.to.code, '2025')?.name ?? '';
      const before = findUnit(link.from.code, 'pre-2025');
      const spellings = [before?.name ?? '', ...(before?.aliases ?? [])];
      expect(
        spellings.some((spelling) => sameFolded(spelling, now)),
        `${link.from.code} ${now}`,
      ).toBe(true);
    }
  });

  it('follows a Hà Nội ward into the new Phường Ba Đình with the official note', () => {
    const [link, ...others] = successorsOf(oldUnit('Phường Quán Thánh', 'Hà Nội').code);
    expect(others).toEqual([]);
    expect(findUnit(link?.to.code ?? '', '2025')?.fullName).toBe('Phường Ba Đình');
    expect(link).toMatchObject({ kind: 'whole', note: 'Nhập toàn bộ' });
  });

  it('links the island districts to their special zones', () => {
    const conDao = oldUnit('Huyện Côn Đảo', 'Bà Rịa - Vũng Tàu');
    const [link] = successorsOf(conDao.code);
    expect(link?.kind).toBe('to-special-zone');
    const zone = findUnit(link?.to.code ?? '', '2025');
    expect(zone?.fullName).toBe('Đặc khu Côn Đảo');
    expect(currentNames(conDao)).toEqual(['Hồ Chí Minh']);
  });

  it('keeps the uncoded coastal area of Kim Sơn as an area of its district', () => {
    const kimSon = oldUnit('Huyện Kim Sơn', 'Ninh Bình');
    const areaLinks = successorsOf(kimSon.code);
    expect(areaLinks).toHaveLength(1);
    expect(areaLinks[0]?.area).toMatch(/bãi bồi ven biển/);
    expect(findUnit(areaLinks[0]?.to.code ?? '', '2025')?.fullName).toBe('Xã Kim Đông');
  });

  it('applies the code corrections of the data README and one found while deriving', () => {
    const corrections = crosswalkCorrections();
    expect(corrections.map((c) => `${c.from}→${c.to}`).sort()).toEqual(
      ['00553→00556', '01615→01651', '02485→02482', '06970→06978'].sort(),
    );
    expect(successorsOf('01651')).toHaveLength(1);
    expect(successorsOf('02482')).toHaveLength(1);
    expect(findUnit('06978', '2025')?.name).toBe('Ba Chẽ');
    expect(predecessorsOf('06978').map((link) => findUnit(link.from.code, 'pre-2025')?.fullName)).toContain(
      'Thị trấn Ba Chẽ',
    );
    // Đặng Xá went partly to Phù Đổng and, with all its people, to Thuận An.
    const dangXa = successorsOf('00556').map((link) => [findUnit(link.to.code, '2025')?.name, link.kind]);
    expect(dangXa).toEqual([
      ['Phù Đổng', 'partial'],
      ['Thuận An', 'partial-area-whole-population'],
    ]);
  });
});
