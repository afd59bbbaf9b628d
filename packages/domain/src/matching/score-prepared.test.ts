import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, namesOf, type Readings } from './compare-names';
import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import {
  type MatchBand,
  type MatchScore,
  POSSIBLE,
  PROBABLE,
  prepareQuery,
  type SettlingEvidence,
  scoreCandidate,
  scoreMatch,
} from './score';
import { duplicateRecord, namesakeRecord, randomSource, syntheticPerson } from './synthetic-people';
import { BITS, type MatchReason, reason, round, total } from './weights';

/**
 * The prepared path (prepareQuery once, scoreCandidate per candidate, names remembered per search) must give
 * exactly what scoring each pair afresh gave. The oracle below is the scorer as it was before the query was
 * prepared, copied verbatim but for reading both records' names afresh on every call.
 */
function originalBestNameReasons(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  const agree = (reasons: readonly MatchReason[], code: string) =>
    reasons.some((found) => found.code === code);
  let best: MatchReason[] | undefined;
  let bestTotal = Number.NEGATIVE_INFINITY;
  const consider = (reasons: MatchReason[]) => {
    const sum = total(reasons);
    if (sum > bestTotal) [best, bestTotal] = [reasons, sum];
  };
  const namesB: Readings[] = namesOf(b);
  for (const nameA of namesOf(a))
    for (const nameB of namesB) {
      const preferred = compareNames(nameA.preferred, nameB.preferred);
      consider(preferred);
      if (agree(preferred, 'given_name_same') && agree(preferred, 'family_name_same')) continue;
      const pairs = [
        ...nameA.others().map((other) => [other, nameB.preferred] as const),
        ...nameB.others().map((other) => [nameA.preferred, other] as const),
      ];
      for (const [readingA, readingB] of pairs) {
        const reasons = compareNames(readingA, readingB);
        if (agree(reasons, 'given_name_similar')) continue;
        consider([...reasons, reason('name_read_other_order', BITS.nameOtherReading)]);
      }
    }
  return best ?? [];
}

function originalBirth(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  if (a.dateOfBirth && b.dateOfBirth) {
    if (a.dateOfBirth === b.dateOfBirth) return [reason('birth_date_same', BITS.birthDateSame)];
    const [ya, ma, da] = a.dateOfBirth.split('-');
    const [yb, mb, db] = b.dateOfBirth.split('-');
    if (ya === yb && ma === db && da === mb)
      return [reason('birth_date_transposed', BITS.birthDateTransposed)];
    return [reason('birth_date_differs', BITS.birthDateDiffers)];
  }
  const yearsA = birthYears(a);
  const yearsB = birthYears(b);
  if (!yearsA || !yearsB) return [];
  if (yearsA.precise && yearsB.precise) {
    const gap = Math.abs(yearsA.from - yearsB.from);
    if (gap === 0) return [reason('birth_year_same', BITS.birthYearSame)];
    if (gap === 1) return [reason('birth_year_close', BITS.birthYearClose)];
    return [reason('birth_year_differs', BITS.birthYearDiffers)];
  }
  const overlap = yearsA.from <= yearsB.to && yearsB.from <= yearsA.to;
  return [
    overlap ? reason('age_consistent', BITS.ageConsistent) : reason('age_inconsistent', BITS.ageInconsistent),
  ];
}

function originalContacts(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (a.phones?.length && b.phones?.length) {
    const phonesB = new Set(b.phones.map(normalisePhone));
    if (a.phones.some((phone) => phonesB.has(normalisePhone(phone))))
      reasons.push(reason('phone_same', BITS.phoneSame));
  }
  if (a.documentNumbers?.length && b.documentNumbers?.length) {
    const documentsB = new Set(b.documentNumbers.map(normaliseDocument));
    if (a.documentNumbers.some((number) => documentsB.has(normaliseDocument(number))))
      reasons.push(reason('document_same', BITS.documentSame));
  }
  return reasons;
}

function originalPlace(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  if (a.homeCommuneCode && b.homeCommuneCode && a.homeCommuneCode === b.homeCommuneCode)
    return [reason('home_commune_same', BITS.communeSame)];
  if (a.homeProvinceCode && b.homeProvinceCode) {
    if (a.homeProvinceCode !== b.homeProvinceCode)
      return [reason('home_province_differs', BITS.provinceDiffers)];
    if (a.homeCommuneCode && b.homeCommuneCode) return [reason('home_commune_differs', BITS.communeDiffers)];
    return [reason('home_province_same', BITS.provinceSame)];
  }
  return [];
}

function originalScoreMatch(a: PersonEvidence, b: PersonEvidence): MatchScore {
  const reasons = [
    ...originalBestNameReasons(a, b),
    ...originalBirth(a, b),
    ...originalContacts(a, b),
    ...originalPlace(a, b),
  ];
  if (a.sex && b.sex && a.sex !== 'Unknown' && b.sex !== 'Unknown')
    reasons.push(a.sex === b.sex ? reason('sex_same', BITS.sexSame) : reason('sex_differs', BITS.sexDiffers));
  const score = round(total(reasons));
  const band: MatchBand = score >= PROBABLE ? 'probable' : score >= POSSIBLE ? 'possible' : 'unlikely';
  return {
    score,
    band,
    reasons: reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)),
    settleWith: band === 'possible' ? originalSettling(a, b, score, reasons) : [],
  };
}

function originalSettling(
  a: PersonEvidence,
  b: PersonEvidence,
  score: number,
  reasons: readonly MatchReason[],
): SettlingEvidence[] {
  const present = (value: PersonEvidence[keyof PersonEvidence]) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
  const bothHave = (field: keyof PersonEvidence) => present(a[field]) && present(b[field]);
  const weightOf = (...codes: string[]) =>
    reasons.filter((found) => codes.includes(found.code)).reduce((sum, found) => sum + found.weight, 0);
  const gains: Array<[SettlingEvidence, number]> = [];
  if (!bothHave('phones')) gains.push(['phone', reason('', BITS.phoneSame).weight]);
  if (!bothHave('documentNumbers')) gains.push(['nationalId', reason('', BITS.documentSame).weight]);
  const birth = reasons.find((found) => found.code.startsWith('birth_') || found.code.startsWith('age_'));
  if (!bothHave('dateOfBirth') && (!birth || birth.weight >= 0))
    gains.push(['dateOfBirth', reason('', BITS.birthDateSame).weight - (birth?.weight ?? 0)]);
  if (!bothHave('homeCommuneCode') && !reasons.some((found) => found.code === 'home_province_differs'))
    gains.push(['homeCommune', reason('', BITS.communeSame).weight - weightOf('home_province_same')]);
  return gains
    .filter(([, gain]) => score + gain >= PROBABLE)
    .sort((x, y) => y[1] - x[1])
    .map(([evidence]) => evidence);
}

/** A search and its candidates drawn from the synthetic generator: the same person, namesakes, others. */
const syntheticSearch = fc.integer().map((seed) => {
  const random = randomSource(seed);
  const person = syntheticPerson(random, 0);
  const query = random() < 0.5 ? duplicateRecord(person, random) : person;
  const candidates = Array.from({ length: 12 }, (_, index) => {
    const roll = random();
    if (roll < 0.3) return duplicateRecord(person, random);
    if (roll < 0.5) return namesakeRecord(person, random, index + 1);
    const other = syntheticPerson(random, index + 1);
    // Another person with the same given name, as the blind index brings up.
    const named = {
      ...other,
      fullName: `${other.fullName.split(' ').slice(0, -1).join(' ')} ${person.fullName.split(' ').at(-1)}`,
    };
    return roll < 0.75 ? named : duplicateRecord(named, random);
  });
  return { query, candidates };
});

const word = fc.constantFrom(
  'Nguyễn',
  'nguyen',
  'Ruan',
  'Thị',
  'Văn',
  'A',
  'Lan',
  'Lâm',
  'Mai',
  'Phạm',
  'Phamm',
  'Hà',
  'H',
  'Ngọc',
  'Trần',
  'Chen',
  'Giàng',
  'Sử',
  'Qang',
  'Quang',
  'Lý',
  'Li',
  'Vân',
);
const name = fc.oneof(
  fc.array(word, { minLength: 0, maxLength: 5 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const date = fc.oneof(
  fc.constantFrom('1995-03-12', '1995-12-03', '1995-03-13', '1996-03-12', '', '1995', '1995-03', '-'),
  fc.string({ maxLength: 10 }),
);
const phone = fc.oneof(
  fc.constantFrom('0912345678', '+84 912 345 678', '84912345678', '091-234-5678', ''),
  fc.string({ maxLength: 8 }),
);
const documentNumber = fc.oneof(
  fc.constantFrom('C1234567', 'c 1234-567', '001095001234'),
  fc.string({ maxLength: 8 }),
);
const arbitraryEvidence: fc.Arbitrary<PersonEvidence> = fc.record(
  {
    fullName: name,
    otherNames: fc.array(name, { maxLength: 2 }),
    dateOfBirth: date,
    birthYear: fc.integer({ min: 1990, max: 1999 }),
    approximateAge: fc.record({
      years: fc.integer({ min: 20, max: 35 }),
      on: fc.constantFrom('2026-06-01', '2020-01-01', 'x'),
    }),
    sex: fc.constantFrom('Feminine', 'Masculine', 'Unknown', ''),
    homeProvinceCode: fc.constantFrom('01', '10', ''),
    homeCommuneCode: fc.constantFrom('00001', '00004', ''),
    phones: fc.array(phone, { maxLength: 2 }),
    documentNumbers: fc.array(documentNumber, { maxLength: 2 }),
  },
  { requiredKeys: ['fullName'] },
);
const arbitrarySearch = fc.record({
  query: arbitraryEvidence,
  candidates: fc.array(
    fc.oneof(
      arbitraryEvidence,
      arbitraryEvidence.map((b) => ({ ...b })),
    ),
    { maxLength: 8 },
  ),
});

function samePath({ query, candidates }: { query: PersonEvidence; candidates: PersonEvidence[] }) {
  const prepared = prepareQuery(query);
  // Every candidate twice, so the second time is answered from the names remembered in the search.
  for (const candidate of [...candidates, ...candidates]) {
    const expected = originalScoreMatch(query, candidate);
    expect(scoreCandidate(prepared, candidate)).toStrictEqual(expected);
    expect(scoreMatch(query, candidate)).toStrictEqual(expected);
    expect(scoreMatch(candidate, query)).toStrictEqual(originalScoreMatch(candidate, query));
  }
}

describe('the prepared query scores exactly as each pair scored afresh', () => {
  it('on synthetic searches (second registrations, namesakes, people sharing the given name)', () => {
    fc.assert(fc.property(syntheticSearch, samePath), { numRuns: 150 });
  }, 60_000);

  it('on arbitrary names, dates, phones and documents', () => {
    fc.assert(fc.property(arbitrarySearch, samePath), { numRuns: 500 });
  }, 60_000);

  it('after the query is corrected in place (scoreMatch notices, as it did)', () => {
    fc.assert(
      fc.property(arbitraryEvidence, arbitraryEvidence, arbitraryEvidence, (query, correction, candidate) => {
        const search = { ...query, phones: [...(query.phones ?? [])] };
        scoreMatch(search, candidate);
        Object.assign(search, correction);
        search.phones.push('0912345678');
        expect(scoreMatch(search, candidate)).toStrictEqual(originalScoreMatch(search, candidate));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
