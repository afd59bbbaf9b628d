import { describe, expect, it } from 'vitest';
import type { PersonEvidence } from './evidence';
import { queryMatchKeys, storedMatchKeys } from './keys';
import { parseName } from './names';
import { scoreMatch } from './score';

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
    expect(result.reasons[0]).toEqual({ code: 'birth_date_differs', weight: -8 });
  });

  it('…unless other evidence says otherwise: the same phone number brings it back to "possible"', () => {
    const namesake = { ...lan, dateOfBirth: '1998-09-30', phones: ['+84 912 345 678'] };
    expect(scoreMatch({ ...lan, phones: ['0912345678'] }, namesake).band).toBe('possible');
  });

  it('a different sex rules a pair out', () => {
    expect(scoreMatch(lan, { ...lan, sex: 'Male' }).band).toBe('unlikely');
  });

  it('only a birth year on one side makes a common name "possible", not "probable"', () => {
    const { dateOfBirth: _, ...withoutDate } = lan;
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
