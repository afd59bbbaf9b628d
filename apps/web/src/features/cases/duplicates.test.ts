import { describe, expect, it } from 'vitest';
import {
  birthText,
  type DuplicateSide,
  dayInVietNam,
  decisionsFor,
  knownBirth,
  ownFirst,
  splitReasons,
} from './duplicates';

const side = (personId: string, ownAgency: boolean): DuplicateSide => ({
  personId,
  caseId: null,
  caseCode: null,
  provinceCode: null,
  ownAgency,
  fullName: null,
  dateOfBirth: null,
});

describe('duplicate pairs', () => {
  it('puts the own agency’s record first', () => {
    expect(ownFirst({ a: side('x', false), b: side('y', true) }).map((s) => s.personId)).toEqual(['y', 'x']);
    expect(ownFirst({ a: side('x', true), b: side('y', false) }).map((s) => s.personId)).toEqual(['x', 'y']);
    expect(ownFirst({ a: side('x', true), b: side('y', true) }).map((s) => s.personId)).toEqual(['x', 'y']);
  });

  it('splits the reasons into alike and different, strongest first', () => {
    const { alike, different } = splitReasons([
      { code: 'family_name_same', weight: 10 },
      { code: 'birth_date_same', weight: 40 },
      { code: 'sex_differs', weight: -20 },
      { code: 'neutral', weight: 0 },
    ]);
    expect(alike.map((r) => r.code)).toEqual(['birth_date_same', 'family_name_same']);
    expect(different.map((r) => r.code)).toEqual(['sex_differs']);
  });

  it('offers the decisions the status allows', () => {
    expect(decisionsFor('open')).toEqual(['merge', 'dismiss']);
    expect(decisionsFor('merged')).toEqual(['reopen']);
    expect(decisionsFor('dismissed')).toEqual(['reopen']);
  });

  it('writes dates the Vietnamese way, days in Viet Nam', () => {
    expect(birthText('1998-03-12')).toBe('12/03/1998');
    expect(birthText('1998')).toBe('1998');
    expect(dayInVietNam('2026-03-14T18:30:00.000Z')).toBe('15/03/2026');
    expect(dayInVietNam('nonsense')).toBe('');
  });
});

describe('what is known of the birth', () => {
  it('shows the year, or the approximate age, when no full date was recorded', () => {
    const none = { dateOfBirth: null, birthYear: null, approximateAge: null };
    expect(knownBirth({ ...none, dateOfBirth: '1998-03-12' })).toEqual({ kind: 'date', text: '12/03/1998' });
    expect(knownBirth({ ...none, birthYear: 1998 })).toEqual({ kind: 'year', year: 1998 });
    expect(knownBirth({ ...none, approximateAge: { years: 27, on: '2026-11-20' } })).toEqual({
      kind: 'age',
      years: 27,
      on: '20/11/2026',
    });
    expect(knownBirth(none)).toBeNull();
  });
});
