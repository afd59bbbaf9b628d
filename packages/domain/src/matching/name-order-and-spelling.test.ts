import { describe, expect, it } from 'vitest';
import type { PersonEvidence } from './evidence';
import { queryMatchKeys, storedMatchKeys } from './keys';
import { nameReadings, parseName } from './names';
import { type MatchBand, scoreMatch } from './score';

/**
 * How names are written at a second registration: given name first, a letter wrong in the family name,
 * minority names of the northern mountains, spellings by sound. Each case says the band a caseworker
 * sees and the reasons shown; namesakes must stay apart.
 */

const dung: PersonEvidence = {
  fullName: 'Phạm Quốc Dũng',
  dateOfBirth: '1995-04-02',
  sex: 'Masculine',
  homeProvinceCode: '42',
  documentNumbers: ['042095001234'],
};
const mai: PersonEvidence = {
  fullName: 'Phạm Thị Mai',
  birthYear: 1999,
  sex: 'Feminine',
  homeProvinceCode: '38',
  phones: ['0912345678'],
};
const maiByPhone = (fullName: string): PersonEvidence => ({
  fullName,
  approximateAge: { years: 26, on: '2026-01-01' },
  sex: 'Feminine',
  phones: ['+84 912 345 678'],
});
const su: PersonEvidence = {
  fullName: 'Giàng A Sử',
  dateOfBirth: '2003-02-11',
  sex: 'Masculine',
  homeProvinceCode: '15',
};

interface Case {
  name: string;
  a: PersonEvidence;
  b: PersonEvidence;
  band: MatchBand;
  reasons: string[];
}

describe('the same person, however the name was written', () => {
  it.each<Case>([
    {
      name: 'given name first, with diacritics, the same ID and a year one off',
      a: dung,
      b: {
        fullName: 'Dũng Quốc Phạm',
        birthYear: 1996,
        sex: 'Masculine',
        documentNumbers: ['042 095 001 234'],
      },
      band: 'probable',
      reasons: ['document_same', 'given_name_same', 'family_name_same', 'middle_name_same'],
    },
    {
      name: 'given name first, without diacritics, the same ID and another province',
      a: dung,
      b: {
        fullName: 'Dung Quoc Pham',
        sex: 'Masculine',
        homeProvinceCode: '01',
        documentNumbers: ['042095001234'],
      },
      band: 'probable',
      reasons: ['document_same', 'given_name_same', 'family_name_same'],
    },
    {
      name: 'a doubled letter in the family name and the same phone',
      a: mai,
      b: maiByPhone('Phamm Thi Mai'),
      band: 'probable',
      reasons: ['phone_same', 'given_name_same', 'family_name_variant'],
    },
    {
      name: 'given name first, a family name that is also a given name (Mai), and the same phone',
      a: mai,
      b: maiByPhone('Mai Thi Pham'),
      band: 'probable',
      reasons: ['phone_same', 'given_name_same', 'family_name_same'],
    },
    {
      name: 'given name first and a typo in the family name',
      a: mai,
      b: maiByPhone('Mai Thi Phamm'),
      band: 'probable',
      reasons: ['phone_same', 'given_name_same', 'family_name_variant'],
    },
    {
      name: '"Tan" for Trần',
      a: { fullName: 'Trần Thị Hoa', dateOfBirth: '2001-05-20', sex: 'Feminine', homeProvinceCode: '40' },
      b: { fullName: 'Tan Thi Hoa', dateOfBirth: '2001-05-20', sex: 'Feminine', homeProvinceCode: '40' },
      band: 'probable',
      reasons: ['family_name_variant', 'given_name_same', 'birth_date_same'],
    },
    {
      name: '"Lâm Minh Đỗ": given name first, where the given name is also a family name',
      a: { fullName: 'Đỗ Minh Lâm', birthYear: 2001, sex: 'Masculine', phones: ['0900000001'] },
      b: { fullName: 'Lam Minh Do', sex: 'Masculine', phones: ['0900000001'] },
      band: 'probable',
      reasons: ['phone_same', 'family_name_same', 'given_name_same', 'middle_name_same'],
    },
    {
      name: 'a Hmong name given name first ("A Sử Giàng")',
      a: su,
      b: { ...su, fullName: 'A Su Giang' },
      band: 'probable',
      reasons: ['family_name_same', 'given_name_same', 'birth_date_same'],
    },
  ])('$name', ({ a, b, band, reasons }) => {
    const result = scoreMatch(a, b);
    expect(result.band).toBe(band);
    const shown = result.reasons.map((reason) => reason.code);
    for (const code of reasons) expect(shown, code).toContain(code);
    for (const reason of result.reasons.filter((found) => reasons.includes(found.code)))
      expect(reason.weight, reason.code).toBeGreaterThan(0);
    expect(scoreMatch(b, a).score).toBe(result.score);
  });

  it('says so, at a small cost, when it read a name against its words', () => {
    // Giang and Lý are both family and given names: "Giang Thi Lyy" reads best as Giang Thị Lyy, but it
    // is Lý Thị Giang written given name first, with a slip in Lý.
    const person: PersonEvidence = { fullName: 'Lý Thị Giang', dateOfBirth: '2000-06-15', sex: 'Feminine' };
    const result = scoreMatch(person, { ...person, fullName: 'Giang Thi Lyy' });
    expect(result.band).toBe('probable');
    const codes = result.reasons.map((reason) => reason.code);
    expect(codes).toEqual(
      expect.arrayContaining(['given_name_same', 'family_name_variant', 'name_read_other_order']),
    );
    expect(result.reasons.find((reason) => reason.code === 'name_read_other_order')?.weight).toBeLessThan(0);
  });
});

describe('namesakes stay apart', () => {
  it.each<[string, PersonEvidence, PersonEvidence]>([
    [
      'a Hmong namesake: same name, sex, birth year and province, another date of birth',
      su,
      { ...su, dateOfBirth: '2003-07-30' },
    ],
    [
      'a Kinh namesake written without diacritics',
      { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1998-03-12', sex: 'Feminine', homeProvinceCode: '42' },
      { fullName: 'Nguyen Thi Lan', dateOfBirth: '1998-10-02', sex: 'Feminine', homeProvinceCode: '42' },
    ],
    [
      'a namesake whose name was written given name first',
      dung,
      { ...dung, fullName: 'Dung Quoc Pham', dateOfBirth: '1995-11-23', documentNumbers: [] },
    ],
  ])('%s', (_, a, b) => {
    const result = scoreMatch(a, b);
    expect(result.band).toBe('unlikely');
    expect(result.reasons[0]?.code).toBe('birth_date_differs');
  });

  it('Hoàng and Hằng are not one name read in another order', () => {
    const result = scoreMatch(
      { fullName: 'Hoàng Thị Mai', dateOfBirth: '1990-01-01', sex: 'Feminine' },
      { fullName: 'Mai Thị Hằng', dateOfBirth: '1990-01-01', sex: 'Feminine' },
    );
    expect(result.band).not.toBe('probable');
  });
});

describe('reading names of the northern mountains and names written given name first', () => {
  it.each([
    ['Giàng A Sử', 'giang', 'su', ['a']],
    ['A Sử Giàng', 'giang', 'su', ['a']],
    ['Sùng Thị Dí', 'sung', 'di', ['thi']],
    ['Dí Thị Sùng', 'sung', 'di', ['thi']],
    ['Vàng Seo Páo', 'vang', 'pao', ['seo']],
    ['Lò Văn Quang', 'lo', 'quang', ['van']],
    ['Dũng Quốc Phạm', 'pham', 'dung', ['quoc']],
    ['Thảo Nguyễn', 'nguyen', 'thao', []],
    ['Phamm Thi Mai', 'phamm', 'mai', ['thi']],
    ['Mai Thi Pham', 'pham', 'mai', ['thi']],
    ['Ngyen Thi Van', 'ngyen', 'van', ['thi']],
  ])('%s → family %s, given %s', (written, family, given, middle) => {
    expect(parseName(written)).toMatchObject({ family, given, middle });
  });

  it('keeps the other plausible readings for the scorer', () => {
    const readings = nameReadings('Dung Quoc Pham').map((name) => `${name.family}/${name.given}`);
    expect(readings).toEqual(expect.arrayContaining(['pham/dung', 'pham/quoc', 'dung/pham']));
  });
});

describe('candidates the blind index brings up', () => {
  it.each<[string, PersonEvidence, PersonEvidence]>([
    [
      'a spelling by sound ("Qang")',
      { fullName: 'Nguyễn Văn Quang', birthYear: 1990 },
      { fullName: 'Nguyen Van Qang', birthYear: 1990 },
    ],
    ['…and without any age', { fullName: 'Nguyễn Văn Quang' }, { fullName: 'Nguyen Van Qang' }],
    [
      'given name first, the given name a family name too',
      { fullName: 'Phạm Thị Mai' },
      { fullName: 'Mai Thi Pham' },
    ],
    ['…and the other way round', { fullName: 'Mai Thi Pham' }, { fullName: 'Phạm Thị Mai' }],
    [
      'a two-word Hmong name given name first, with only an age',
      { fullName: 'Giàng A Sử', dateOfBirth: '2003-02-11' },
      { fullName: 'A Su Giang', approximateAge: { years: 22, on: '2026-01-01' } },
    ],
    [
      'typos in both names, with only an age',
      { fullName: 'Phạm Thị Mai', dateOfBirth: '1999-02-11' },
      { fullName: 'Phamm Thi Maii', approximateAge: { years: 26, on: '2026-01-01' } },
    ],
    ['a typo in the family name and no age', { fullName: 'Trần Thị Hoa' }, { fullName: 'Tan Thi Hoa' }],
  ])('%s', (_, stored, search) => {
    const keys = new Set(storedMatchKeys(stored));
    expect(queryMatchKeys(search).some((key) => keys.has(key))).toBe(true);
  });

  it('stores a handful of keys per person', () => {
    const keys = storedMatchKeys({ ...dung, phones: ['0912345678'] });
    expect(keys.length).toBeLessThanOrEqual(6);
  });
});

describe('what would settle a "possible" pair', () => {
  const lan: PersonEvidence = {
    fullName: 'Nguyễn Thị Lan',
    dateOfBirth: '1998-03-12',
    sex: 'Feminine',
    homeProvinceCode: '42',
    homeCommuneCode: '18073',
  };

  it('a common name with only a birth year: ask for the ID or the phone', () => {
    const result = scoreMatch(lan, {
      fullName: 'Nguyen Thi Lan',
      birthYear: 1998,
      sex: 'Feminine',
      homeProvinceCode: '42',
    });
    expect(result.band).toBe('possible');
    expect(result.settleWith.slice(0, 2)).toEqual(['nationalId', 'phone']);
  });

  it('phones on both records that differ are not asked for again', () => {
    const result = scoreMatch(
      { ...lan, phones: ['0911111111'] },
      {
        fullName: 'Nguyen Thi Lan',
        birthYear: 1998,
        sex: 'Feminine',
        homeProvinceCode: '42',
        phones: ['0922222222'],
      },
    );
    expect(result.band).toBe('possible');
    expect(result.settleWith).not.toContain('phone');
    expect(result.settleWith).toContain('nationalId');
  });

  it('nothing to settle for a probable or an unlikely pair', () => {
    expect(scoreMatch(lan, lan).settleWith).toEqual([]);
    expect(scoreMatch(lan, { ...lan, dateOfBirth: '1998-10-02' }).settleWith).toEqual([]);
  });
});
