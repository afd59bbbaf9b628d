import { type PersonEvidence, randomSource, scoreMatch, syntheticPerson } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { OSCAR_THRESHOLD, oscarMatch, oscarProfile, oscarScore } from './oscar-baseline';
import { primeroMatch, primeroProfile, sharedNameTokens, westernTransliterate } from './primero-baseline';

const primero = (a: PersonEvidence, b: PersonEvidence) => primeroMatch(primeroProfile(a), primeroProfile(b));
const oscar = (query: PersonEvidence, stored: PersonEvidence) =>
  oscarMatch(oscarProfile(query), oscarProfile(stored));
const lanternBand = (a: PersonEvidence, b: PersonEvidence) => scoreMatch(a, b).band;

const duc: PersonEvidence = {
  fullName: 'Đặng Văn Đức',
  dateOfBirth: '1990-04-12',
  sex: 'Male',
  homeProvinceCode: '40',
};

describe('both baselines', () => {
  it('find a duplicate that is an exact copy', () => {
    const random = randomSource(7);
    for (let i = 0; i < 50; i++) {
      const person = syntheticPerson(random, i);
      const copy = { ...person };
      expect(primero(copy, person)).toBe(true);
      expect(oscar(copy, person)).toBe(true);
      expect(oscarScore(oscarProfile(copy), oscarProfile(person)).product).toBe(1);
      expect(lanternBand(copy, person)).toBe('probable');
    }
  });
});

describe('Primero-style baseline', () => {
  it('transliterates Western European accents but not Vietnamese letters, which its table lacks', () => {
    expect(westernTransliterate('Hélène Müller-Ñúñez Çã')).toBe('helene muller-nunez ca');
    expect(westernTransliterate('Lê Hà Tú')).toBe('le ha tu');
    expect(westernTransliterate('Đặng Hữu Dương')).toBe('đặng hữu dương');
  });

  it('misses a diacritic-free spelling of a name with đ, ư or dotted vowels, which Lantern catches', () => {
    const plain = { ...duc, fullName: 'Dang Van Duc' };
    // Đặng codes NK and Đức K, against TNK and TK: only Văn / Van agree, one token of three.
    expect(sharedNameTokens(primeroProfile(plain), primeroProfile(duc))).toEqual({ shared: 1, required: 2 });
    expect(primero(plain, duc)).toBe(false);
    expect(lanternBand(plain, duc)).toBe('probable');

    const hang: PersonEvidence = { fullName: 'Đặng Thị Hằng', dateOfBirth: '1996-02-03', sex: 'Female' };
    const hangPlain = { ...hang, fullName: 'Dang Thi Hang' };
    // Hằng loses its H too: Double Metaphone keeps an initial H only before a vowel it knows, and ằ is not one.
    expect(sharedNameTokens(primeroProfile(hangPlain), primeroProfile(hang))).toEqual({
      shared: 1,
      required: 2,
    });
    expect(primero(hangPlain, hang)).toBe(false);
    expect(lanternBand(hangPlain, hang)).toBe('probable');

    // Not every such name is lost: "Do" codes T, the alternate code of "Thị", so two tokens still agree.
    const huong: PersonEvidence = { fullName: 'Đỗ Thị Hương', dateOfBirth: '1996-02-03', sex: 'Female' };
    expect(primero({ ...huong, fullName: 'Do Thi Huong' }, huong)).toBe(true);
  });

  it('matches the same spelling in another order, upper case, or with Western accents stripped', () => {
    expect(primero({ ...duc, fullName: 'ĐỨC VĂN ĐẶNG' }, duc)).toBe(true);
    expect(primero({ ...duc, fullName: 'Văn Đức Đặng' }, duc)).toBe(true);
    expect(primero({ ...duc, fullName: 'José Müller' }, { ...duc, fullName: 'Jose Muller' })).toBe(true);
  });

  it('needs max(2, n − 1) tokens of the shorter name to agree, so a shared family and middle name is enough', () => {
    const lan: PersonEvidence = { fullName: 'Nguyễn Thị Lan', sex: 'Female', birthYear: 1990 };
    expect(primero({ ...lan, fullName: 'Nguyễn Thị Hoa' }, lan)).toBe(true); // 2 of 3: the rule's weakness
    expect(primero({ ...lan, fullName: 'Trần Văn Hoa' }, lan)).toBe(false);
    expect(primero({ ...lan, fullName: 'Lan' }, lan)).toBe(false); // one word never agrees
    const four = { ...lan, fullName: 'Nguyễn Thị Mai Lan' };
    expect(
      sharedNameTokens(primeroProfile({ ...lan, fullName: 'Nguyễn Thị Mai Hoa' }), primeroProfile(four)),
    ).toEqual({
      shared: 3,
      required: 3,
    });
  });

  it('requires the same sex and birth years within one year when both records state them', () => {
    const lan: PersonEvidence = { fullName: 'Nguyen Thi Lan', sex: 'Female', birthYear: 1990 };
    expect(primero({ ...lan, sex: 'Male' }, lan)).toBe(false);
    expect(primero({ ...lan, sex: 'Unknown' }, lan)).toBe(true);
    expect(primero({ ...lan, birthYear: 1991 }, lan)).toBe(true);
    expect(primero({ ...lan, birthYear: 1992 }, lan)).toBe(false);
    const { birthYear: _, ...noAge } = lan;
    expect(primero(noAge, lan)).toBe(true);
  });
});

describe('OSCaR-style baseline', () => {
  const lan: PersonEvidence = {
    fullName: 'Nguyễn Thị Lan',
    dateOfBirth: '1995-03-10',
    sex: 'Female',
    homeProvinceCode: '40',
    homeCommuneCode: '16933',
  };
  const score = (query: PersonEvidence, stored: PersonEvidence) =>
    oscarScore(oscarProfile(query), oscarProfile(stored));

  it('multiplies field scores and matches from a product of 0.75', () => {
    const moved = { ...lan, homeProvinceCode: '42', homeCommuneCode: '18000' };
    expect(score(moved, lan).product).toBeCloseTo(0.91 * 0.91, 12);
    expect(oscar(moved, lan)).toBe(true);
    // 20 days apart scores 0.9, and 0.9 × 0.91 × 0.91 = 0.745 falls under the threshold.
    const movedAndLater = { ...moved, dateOfBirth: '1995-03-30' };
    expect(score(movedAndLater, lan).fields.dateOfBirth).toBeCloseTo(0.9, 12);
    expect(score(movedAndLater, lan).product).toBeLessThan(OSCAR_THRESHOLD);
    expect(oscar(movedAndLater, lan)).toBe(false);
  });

  it('compares names lowercased but otherwise as written', () => {
    expect(score({ ...lan, fullName: 'NGUYỄN THỊ LAN' }, lan).fields.name).toBe(1);
    expect(score({ ...lan, fullName: 'Nguyen Thi Lan' }, lan).fields.name).toBeLessThan(1);
    expect(oscar({ ...lan, fullName: 'Lan Nguyen Thi' }, lan)).toBe(false);
  });

  it('leaves out what the query lacks, and a date of birth more than 200 days off, as OSCaR does', () => {
    const { dateOfBirth: _, homeProvinceCode: __, ...bare } = lan;
    expect(score(bare, lan).fields).toEqual({ name: 1, commune: 1, gender: 1 });
    const stored = { ...lan, homeCommuneCode: undefined };
    expect(score(lan, stored).fields.commune).toBe(0.91);
    const yearLater = { ...lan, dateOfBirth: '1996-03-10' };
    expect(score(yearLater, lan).fields.dateOfBirth).toBeUndefined();
    expect(oscar(yearLater, lan)).toBe(true);
  });

  it('scores gender 1 or 0 when both records state it', () => {
    expect(score({ ...lan, sex: 'Male' }, lan).product).toBe(0);
    expect(score({ ...lan, sex: 'Unknown' }, lan).fields.gender).toBeUndefined();
  });
});
