import { describe, expect, it } from 'vitest';
import type { PersonEvidence } from './evidence';
import { queryMatchKeys, storedMatchKeys } from './keys';
import { parseName } from './names';
import { type MatchBand, scoreMatch } from './score';

const lan: PersonEvidence = {
  fullName: 'Nguyễn Thị Lan',
  dateOfBirth: '1998-03-12',
  sex: 'Female',
  homeProvinceCode: '42',
  homeCommuneCode: '18073',
};

describe('reading a Vietnamese name', () => {
  it.each([
    ['Nguyễn Thị Lan', 'nguyen', 'lan', true],
    ['nguyen thi lan', 'nguyen', 'lan', true],
    ['Lan Nguyen', 'nguyen', 'lan', false],
    ['Thi Lan Nguyen', 'nguyen', 'lan', false],
    ['Lan Thi Nguyen', 'nguyen', 'lan', false],
    ['Lan Nguyen Thi', 'nguyen', 'lan', false],
    ['Đặng Văn Đức', 'dang', 'duc', true],
    ['Ruan Thi Lan', 'ruan', 'lan', true],
    ['Lan', undefined, 'lan', true],
  ])('%s → family %s, given %s', (written, family, given, familyFirst) => {
    expect(parseName(written)).toMatchObject({ family, given, familyFirst });
  });
});

describe('scoring a pair', () => {
  it.each<[string, PersonEvidence]>([
    ['typed without diacritics', { ...lan, fullName: 'nguyen thi lan' }],
    ['family name last', { ...lan, fullName: 'Lan Nguyen Thi' }],
    ['middle name left out', { ...lan, fullName: 'Nguyễn Lan' }],
    ['Chinese spelling of the family name', { ...lan, fullName: 'Ruan Thi Lan' }],
    ['đ written as d', { ...lan, fullName: 'Nguyen Thi Lan', homeCommuneCode: '18073' }],
  ])('the same person %s is probable', (_, other) => {
    expect(scoreMatch(lan, other).band).toBe('probable');
  });

  it('a namesake with the same name and birth year but another date of birth is not a match', () => {
    const namesake = { ...lan, dateOfBirth: '1998-09-30' };
    const result = scoreMatch(lan, namesake);
    expect(result.band).toBe('unlikely');
    expect(result.reasons[0]?.code).toBe('birth_date_differs');
  });

  it('…unless other evidence says otherwise: the same phone number brings it back to "possible"', () => {
    const namesake = { ...lan, dateOfBirth: '1998-09-30', phones: ['+84 912 345 678'] };
    expect(scoreMatch({ ...lan, phones: ['0912345678'] }, namesake).band).toBe('possible');
  });

  it('a different sex rules a pair out', () => {
    expect(scoreMatch(lan, { ...lan, sex: 'Male' }).band).toBe('unlikely');
  });

  it('only a birth year on one side and only the province in common make a common name "possible"', () => {
    const { dateOfBirth: _, homeCommuneCode: __, ...withoutDate } = lan;
    expect(scoreMatch(lan, { ...withoutDate, birthYear: 1998 }).band).toBe('possible');
  });

  it('explains itself with reason codes, strongest first', () => {
    const { reasons } = scoreMatch(lan, { ...lan, fullName: 'Lan Nguyen', homeCommuneCode: '18076' });
    expect(reasons.map((reason) => reason.code)).toEqual([
      'birth_date_same',
      'given_name_same',
      'family_name_same',
      'home_commune_differs',
      'sex_same',
    ]);
  });

  it('reads a record again when its name was corrected in place', () => {
    const query: PersonEvidence = { ...lan };
    expect(scoreMatch(query, lan).band).toBe('probable');
    query.fullName = 'Trần Văn Bình';
    expect(scoreMatch(query, lan).reasons.map((reason) => reason.code)).toContain('given_name_differs');
  });

  it('is symmetric', () => {
    const other: PersonEvidence = {
      fullName: 'Lan Nguyen',
      birthYear: 1998,
      sex: 'Female',
      homeProvinceCode: '42',
    };
    expect(scoreMatch(lan, other).score).toBe(scoreMatch(other, lan).score);
  });
});

/** Lan's record as a second agency might hold it: only what is given, on top of her name and sex. */
function lanWith(changes: Partial<PersonEvidence>, drop: Array<keyof PersonEvidence> = []): PersonEvidence {
  const record: PersonEvidence = { ...lan, ...changes };
  for (const key of drop) delete record[key];
  return record;
}
const yearOnly = (changes: Partial<PersonEvidence> = {}, drop: Array<keyof PersonEvidence> = []) =>
  lanWith({ birthYear: 1998, ...changes }, ['dateOfBirth', ...drop]);

interface Rule {
  rule: string;
  a: PersonEvidence;
  b: PersonEvidence;
  band?: MatchBand;
  notBand?: MatchBand;
  /** Reason codes expected, with the sign of their weight. */
  reasons?: Array<[string, '+' | '-']>;
}

describe('the scoring rules, one row each', () => {
  it.each<Rule>([
    {
      rule: 'name, full date of birth and home commune agree: probable',
      a: lan,
      b: lanWith({ fullName: 'nguyen thi lan' }),
      band: 'probable',
      reasons: [
        ['birth_date_same', '+'],
        ['home_commune_same', '+'],
      ],
    },
    {
      rule: 'a birth year instead of the date, with the same home commune, is still probable',
      a: lan,
      b: yearOnly(),
      band: 'probable',
      reasons: [['birth_year_same', '+']],
    },
    {
      rule: 'a birth year and only the province in common: a Nguyễn is only possible…',
      a: lan,
      b: yearOnly({}, ['homeCommuneCode']),
      band: 'possible',
      reasons: [['home_province_same', '+']],
    },
    {
      rule: '…a rare family name (Lò, one person in 300) makes the same evidence probable',
      a: lanWith({ fullName: 'Lò Thị Lan' }),
      b: yearOnly({ fullName: 'Lo Thi Lan' }, ['homeCommuneCode']),
      band: 'probable',
    },
    {
      rule: 'an approximate age and only the province in common: possible',
      a: lan,
      b: lanWith({ approximateAge: { years: 28, on: '2026-06-01' } }, ['dateOfBirth', 'homeCommuneCode']),
      band: 'possible',
      reasons: [['age_consistent', '+']],
    },
    {
      rule: 'an age that cannot fit the date of birth is against',
      a: lan,
      b: lanWith({ approximateAge: { years: 45, on: '2026-06-01' } }, ['dateOfBirth']),
      band: 'unlikely',
      reasons: [['age_inconsistent', '-']],
    },
    {
      rule: 'birth years one apart are slightly against',
      a: yearOnly(),
      b: yearOnly({ birthYear: 1999 }),
      reasons: [['birth_year_close', '-']],
    },
    {
      rule: 'birth years further apart rule a pair out',
      a: yearOnly(),
      b: yearOnly({ birthYear: 2001 }),
      band: 'unlikely',
      reasons: [['birth_year_differs', '-']],
    },
    {
      rule: 'day and month swapped is an entry error, not another person',
      a: lan,
      b: lanWith({ dateOfBirth: '1998-12-03' }),
      band: 'probable',
      reasons: [['birth_date_transposed', '+']],
    },
    {
      rule: 'namesake rule: a rare name, a distinctive middle name and the same commune do not overturn another date',
      a: lanWith({ fullName: 'Lò Ngọc Lan' }),
      b: lanWith({ fullName: 'Lò Ngọc Lan', dateOfBirth: '1998-09-30' }),
      notBand: 'probable',
      reasons: [['birth_date_differs', '-']],
    },
    {
      rule: 'namesake rule: the same national ID number does',
      a: lanWith({ documentNumbers: ['042198001234'] }),
      b: lanWith({ dateOfBirth: '1998-09-30', documentNumbers: ['042 198 001 234'] }),
      band: 'probable',
      reasons: [['document_same', '+']],
    },
    {
      rule: 'the same phone and the same name, nothing else known: probable',
      a: { fullName: 'Nguyễn Thị Lan', phones: ['0912345678'] },
      b: { fullName: 'Nguyen Thi Lan', phones: ['+84 912 345 678'] },
      band: 'probable',
      reasons: [['phone_same', '+']],
    },
    {
      rule: 'sisters sharing a family phone are not one person',
      a: lanWith({ phones: ['0912345678'] }),
      b: lanWith({ fullName: 'Nguyễn Thị Hoa', dateOfBirth: '2001-05-20', phones: ['0912345678'] }),
      band: 'unlikely',
      reasons: [['given_name_differs', '-']],
    },
    {
      rule: 'twins (same family, date of birth and home, another given name) are not one person',
      a: lan,
      b: lanWith({ fullName: 'Nguyễn Thị Hoa' }),
      band: 'unlikely',
      reasons: [['given_name_differs', '-']],
    },
    {
      rule: 'another home province with a common name and the same date: possible, not probable',
      a: lan,
      b: lanWith({ homeProvinceCode: '38', homeCommuneCode: '15000' }),
      band: 'possible',
      reasons: [['home_province_differs', '-']],
    },
    {
      rule: 'another commune in the same province is slightly against; a full date still carries it',
      a: lan,
      b: lanWith({ homeCommuneCode: '18076' }),
      band: 'probable',
      reasons: [['home_commune_differs', '-']],
    },
    {
      rule: 'the Chinese spelling of the family name counts as the family name',
      a: lan,
      b: lanWith({ fullName: 'Ruan Thi Lan' }),
      band: 'probable',
      reasons: [['family_name_variant', '+']],
    },
    {
      rule: 'Phạm and Phan are two families, not a typo: with only a year and a province, not probable',
      a: yearOnly({ fullName: 'Phạm Thị Lan' }, ['homeCommuneCode']),
      b: yearOnly({ fullName: 'Phan Thị Lan' }, ['homeCommuneCode']),
      notBand: 'probable',
      reasons: [['family_name_differs', '-']],
    },
    {
      rule: 'a different family name is against (women keep theirs at marriage)',
      a: lan,
      b: lanWith({ fullName: 'Trần Thị Lan' }),
      notBand: 'probable',
      reasons: [['family_name_differs', '-']],
    },
    {
      rule: 'one letter wrong in the given name is a typing error',
      a: lan,
      b: lanWith({ fullName: 'Nguyễn Thị Lann' }),
      band: 'probable',
      reasons: [['given_name_similar', '+']],
    },
    {
      rule: 'a given name cut to its initial is similar',
      a: lan,
      b: lanWith({ fullName: 'Nguyễn Thị L' }),
      reasons: [['given_name_similar', '+']],
    },
    {
      rule: 'the same distinctive middle name counts',
      a: lanWith({ fullName: 'Nguyễn Ngọc Lan' }),
      b: yearOnly({ fullName: 'Nguyen Ngoc Lan' }, ['homeCommuneCode']),
      reasons: [['middle_name_same', '+']],
    },
    {
      rule: 'two different distinctive middle names are against',
      a: lanWith({ fullName: 'Nguyễn Ngọc Lan' }),
      b: lanWith({ fullName: 'Nguyễn Thu Lan' }),
      reasons: [['middle_name_differs', '-']],
    },
    {
      // "Ha Pham Thanh" is read given name first (Hà is a family name too, but a far rarer one than Phạm),
      // so every part of the name counts, the middle name included.
      rule: 'the same words in another order count as the name',
      a: lanWith({ fullName: 'Phạm Thanh Hà' }),
      b: lanWith({ fullName: 'Ha Pham Thanh' }),
      band: 'probable',
      reasons: [
        ['given_name_same', '+'],
        ['family_name_same', '+'],
        ['middle_name_same', '+'],
      ],
    },
  ])('$rule', ({ a, b, band, notBand, reasons }) => {
    const result = scoreMatch(a, b);
    if (band) expect(result.band).toBe(band);
    if (notBand) expect(result.band).not.toBe(notBand);
    for (const [code, sign] of reasons ?? []) {
      const found = result.reasons.find((reason) => reason.code === code);
      expect(found, code).toBeDefined();
      expect(Math.sign(found?.weight ?? 0), code).toBe(sign === '+' ? 1 : -1);
    }
    expect(scoreMatch(b, a).score).toBe(result.score);
  });

  const weightOf = (a: PersonEvidence, b: PersonEvidence, code: string) =>
    scoreMatch(a, b).reasons.find((reason) => reason.code === code)?.weight ?? 0;

  it('a full date of birth weighs more than a birth year, which weighs more than an approximate age', () => {
    const date = weightOf(lan, lan, 'birth_date_same');
    const year = weightOf(lan, yearOnly(), 'birth_year_same');
    const age = weightOf(
      lan,
      lanWith({ approximateAge: { years: 28, on: '2026-06-01' } }, ['dateOfBirth']),
      'age_consistent',
    );
    expect(date).toBeGreaterThan(year);
    expect(year).toBeGreaterThan(age);
    expect(age).toBeGreaterThan(0);
  });

  it('the same home commune weighs more than only the same province', () => {
    expect(weightOf(lan, lan, 'home_commune_same')).toBeGreaterThan(
      weightOf(lan, lanWith({}, ['homeCommuneCode']), 'home_province_same'),
    );
  });

  it('a rarer family name weighs more, and a foreign spelling by its commonest reading', () => {
    const name = (fullName: string) => lanWith({ fullName });
    const nguyen = weightOf(lan, lan, 'family_name_same');
    const tran = weightOf(name('Trần Thị Lan'), name('Trần Thị Lan'), 'family_name_same');
    const lo = weightOf(name('Lò Thị Lan'), name('Lò Thị Lan'), 'family_name_same');
    expect(nguyen).toBeLessThan(tran);
    expect(tran).toBeLessThan(lo);
    // "Ruan" on both records is Nguyễn, not an unknown (rare) name.
    expect(weightOf(name('Ruan Thi Lan'), name('Ruan Thi Lan'), 'family_name_same')).toBe(nguyen);
    // "Li" may be Lê or Lý: agreeing with Lý through it says less than Lý on both records.
    const ly = weightOf(name('Lý Thị Lan'), name('Lý Thị Lan'), 'family_name_same');
    expect(weightOf(name('Lý Thị Lan'), name('Li Thi Lan'), 'family_name_variant')).toBeLessThan(ly);
  });

  it('Thị on one record and a distinctive middle name on the other is only slightly against', () => {
    const marker = weightOf(lan, lanWith({ fullName: 'Nguyễn Ngọc Lan' }), 'middle_name_differs');
    const names = weightOf(
      lanWith({ fullName: 'Nguyễn Thu Lan' }),
      lanWith({ fullName: 'Nguyễn Ngọc Lan' }),
      'middle_name_differs',
    );
    expect(marker).toBeLessThan(0);
    expect(names).toBeLessThan(marker);
  });
});

describe('blind-index keys', () => {
  it('a search shares a key with the stored record for each kind of variant', () => {
    const stored = new Set(storedMatchKeys(lan));
    for (const fullName of ['nguyen thi lan', 'Lan Nguyen', 'Ruan Thi Lan', 'Nguyễn Thị Lann']) {
      expect(
        queryMatchKeys({ fullName, birthYear: 1998 }).some((key) => stored.has(key)),
        fullName,
      ).toBe(true);
    }
    expect(queryMatchKeys({ fullName: 'Lan Nguyen' }).some((key) => stored.has(key))).toBe(true);
  });

  it('keys are folded sound keys, not names as written (the server stores only their HMAC)', () => {
    expect(storedMatchKeys(lan).join(' ')).not.toMatch(/Nguyễn|Lan/);
  });
});
