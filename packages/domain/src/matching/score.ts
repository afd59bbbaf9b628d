import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import { nameReasonsFor, type PreparedQuery, prepareQuery, unchangedSince } from './prepared-query';
import { BITS, type MatchReason, reason, round, total } from './weights';

export { editDistance } from './edits';
export type { PreparedQuery } from './prepared-query';
export { prepareQuery } from './prepared-query';
export type { MatchReason } from './weights';

export type MatchBand = 'probable' | 'possible' | 'unlikely';

/**
 * Evidence the user can ask the person (or look up in the file) to settle a "possible" pair: the phone
 * number, the national ID or passport number, the full date of birth, the home commune.
 */
export type SettlingEvidence = 'phone' | 'nationalId' | 'dateOfBirth' | 'homeCommune';

export interface MatchScore {
  score: number;
  band: MatchBand;
  reasons: MatchReason[];
  /**
   * What would settle a "possible" pair: evidence missing on one record or both whose agreement alone
   * would make the pair "probable", most decisive first. A common name with only a birth year (or one a
   * year off) can never be "probable" by name alone, which is right, but the user should know to ask for
   * the phone or the ID. Empty for "probable" and "unlikely" pairs, and when nothing missing would do.
   */
  settleWith: SettlingEvidence[];
}

/** Thresholds on the score. A wrong merge is worse than a missed match, so "probable" asks for a lot. */
export const PROBABLE = 10;
export const POSSIBLE = 6;

function compareBirth(a: PreparedQuery, b: PersonEvidence): MatchReason[] {
  if (a.evidence.dateOfBirth && b.dateOfBirth) {
    if (a.evidence.dateOfBirth === b.dateOfBirth) return [reason('birth_date_same', BITS.birthDateSame)];
    const [ya, ma, da] = a.dateParts as readonly (string | undefined)[];
    // Most candidates are born in another year: no need to split their date to know it is not transposed.
    if (!sameFirstPart(b.dateOfBirth, ya as string))
      return [reason('birth_date_differs', BITS.birthDateDiffers)];
    const [yb, mb, db] = b.dateOfBirth.split('-');
    if (ya === yb && ma === db && da === mb)
      return [reason('birth_date_transposed', BITS.birthDateTransposed)];
    return [reason('birth_date_differs', BITS.birthDateDiffers)];
  }
  const yearsA = a.years;
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

/** Whether `date.split('-')[0] === part`, for a part without "-" (itself the first part of a split). */
function sameFirstPart(date: string, part: string): boolean {
  return date.startsWith(part) && (date.length === part.length || date[part.length] === '-');
}

function compareContacts(a: PreparedQuery, b: PersonEvidence): MatchReason[] {
  const reasons: MatchReason[] = [];
  // Any phone (document) of one equal to any of the other once normalised, whichever side is looked up.
  const phones = a.phones;
  if (phones && b.phones?.length && b.phones.some((phone) => phones.has(normalisePhone(phone))))
    reasons.push(reason('phone_same', BITS.phoneSame));
  const documents = a.documents;
  if (
    documents &&
    b.documentNumbers?.length &&
    b.documentNumbers.some((number) => documents.has(normaliseDocument(number)))
  )
    reasons.push(reason('document_same', BITS.documentSame));
  return reasons;
}

function comparePlace(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
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

/**
 * The queries {@link scoreMatch} was called with, prepared once: callers score one record against many.
 * Held only while the caller holds that record (a WeakMap), and without the candidates' names.
 */
const preparedFor = new WeakMap<PersonEvidence, PreparedQuery>();

/** How likely two records describe the same person, with the reasons, strongest first. */
export function scoreMatch(a: PersonEvidence, b: PersonEvidence): MatchScore {
  let query = preparedFor.get(a);
  if (!query || !unchangedSince(query, a)) {
    query = prepareQuery(a, { rememberNames: false });
    preparedFor.set(a, query);
  }
  return scoreCandidate(query, b);
}

/** {@link scoreMatch} for a search prepared once ({@link prepareQuery}) and scored against many candidates. */
export function scoreCandidate(query: PreparedQuery, b: PersonEvidence): MatchScore {
  const a = query.evidence;
  const reasons = [
    ...nameReasonsFor(query, b),
    ...compareBirth(query, b),
    ...compareContacts(query, b),
    ...comparePlace(a, b),
  ];
  if (a.sex && b.sex && a.sex !== 'Unknown' && b.sex !== 'Unknown')
    reasons.push(a.sex === b.sex ? reason('sex_same', BITS.sexSame) : reason('sex_differs', BITS.sexDiffers));
  const score = round(total(reasons));
  const band: MatchBand = score >= PROBABLE ? 'probable' : score >= POSSIBLE ? 'possible' : 'unlikely';
  return {
    score,
    band,
    reasons: reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)),
    settleWith: band === 'possible' ? settlingEvidence(query, b, score, reasons) : [],
  };
}

function bothHave(a: PreparedQuery, b: PersonEvidence, field: keyof PreparedQuery['has']): boolean {
  const value = b[field];
  return a.has[field] && (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '');
}

/** For each piece of evidence missing on a side, what its agreement would add; kept if that is enough. */
function settlingEvidence(
  a: PreparedQuery,
  b: PersonEvidence,
  score: number,
  reasons: readonly MatchReason[],
): SettlingEvidence[] {
  const weightOf = (...codes: string[]) =>
    reasons.filter((found) => codes.includes(found.code)).reduce((sum, found) => sum + found.weight, 0);
  const gains: Array<[SettlingEvidence, number]> = [];
  if (!bothHave(a, b, 'phones')) gains.push(['phone', reason('', BITS.phoneSame).weight]);
  if (!bothHave(a, b, 'documentNumbers')) gains.push(['nationalId', reason('', BITS.documentSame).weight]);
  // A full date can only agree where the years do (or one side has none).
  const birth = reasons.find((found) => found.code.startsWith('birth_') || found.code.startsWith('age_'));
  if (!bothHave(a, b, 'dateOfBirth') && (!birth || birth.weight >= 0))
    gains.push(['dateOfBirth', reason('', BITS.birthDateSame).weight - (birth?.weight ?? 0)]);
  if (!bothHave(a, b, 'homeCommuneCode') && !reasons.some((found) => found.code === 'home_province_differs'))
    gains.push(['homeCommune', reason('', BITS.communeSame).weight - weightOf('home_province_same')]);
  return gains
    .filter(([, gain]) => score + gain >= PROBABLE)
    .sort((x, y) => y[1] - x[1])
    .map(([evidence]) => evidence);
}
