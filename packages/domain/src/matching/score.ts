import { birthYears, normaliseDocument, normalisePhone, type PersonEvidence } from './evidence';
import {
  familyCandidates,
  generationMarkers,
  type ParsedName,
  parseName,
  soundKey,
  spellingShare,
} from './names';

/**
 * Why two records may be the same person, as codes the UI translates (`case.matchReason.<code>`), each
 * with the weight it added. Weights are log-likelihood ratios (see {@link BITS}): agreement on rare
 * evidence counts more than on common evidence (a shared "Nguyễn" says little, a shared passport number
 * a lot), and one strong disagreement — a different full date of birth, a different sex — outweighs a
 * shared common name.
 */
export interface MatchReason {
  code: string;
  weight: number;
}

export type MatchBand = 'probable' | 'possible' | 'unlikely';

export interface MatchScore {
  score: number;
  band: MatchBand;
  reasons: MatchReason[];
}

/** Thresholds on the score. A wrong merge is worse than a missed match, so "probable" asks for a lot. */
export const PROBABLE = 10;
export const POSSIBLE = 6;

/**
 * The evidence weights, in bits: log2(m / u), where m is how often a second record of the same person
 * shows the outcome and u how often a record of someone else in the caseload does (Fellegi–Sunter).
 * Independent pieces of evidence add up. In a caseload of tens of thousands of people about 15 bits are
 * needed before a pair is even odds, so "probable" (10 points) asks for about 17 bits and "possible"
 * (6 points) for 10: worth a look, not worth a merge.
 */
const BITS = {
  // The commonest given names (Linh, Trang, Hương, Anh…) are each borne by 2–5 % of people.
  givenSame: 4.3,
  // One slip of the finger in a copied record is common (m ≈ 0.1), but distinct given names are often one
  // letter apart too (Thu/Thủy, Hà/Hải, Mai/Hải; u ≈ 0.025).
  givenSimilar: 2,
  // Written in another order, which word is the given name is a guess; the words themselves agree.
  givenOtherOrder: 3.5,
  // Vietnamese are called by their given name. A different one with the rest alike is a sibling: siblings
  // share the family name and the home, twins the date of birth too, so this must outweigh all of that.
  givenDiffers: -14,
  // A family name agreeing is worth log2(1 / its share), capped: a spelling we do not know may be a word
  // misread as the family name rather than a rare one.
  familyCap: 8,
  // The same family in a foreign spelling ("Ruan" for Nguyễn on Chinese papers) is the same evidence,
  // discounted a little because a transliteration can stand for more than one family ("Li": Lê or Lý).
  familyVariantFactor: 0.8,
  // A one-letter slip in a family name nobody spells that way ("Nguyn").
  familyTypoFactor: 0.7,
  // Two real family names a letter apart (Phạm/Phan, Lương/Dương, Lâm/La) are two families far more
  // often than a typo of one.
  familyNearOther: -2,
  // Women keep their own family name at marriage, so a different family name is another person.
  familyDiffers: -10,
  // A middle name other than Thị/Văn (Ngọc, Thu, Minh, Quốc…) is borne by a few percent of people.
  middleSame: 3.7,
  // Distinctive middle names do not change between registrations; different ones mean another person.
  middleDiffers: -4,
  // Thị on one record and a distinctive middle name on the other: some women carry both ("Nguyễn Thị Ngọc
  // Lan") and either can be left out, but more often they are two people.
  middleMarkerVersusName: -1.5,
  // Full dates of birth agree: ~9,000 dates over a 25-year span, less a little for dates entered as 01/01.
  birthDateSame: 12,
  // Day and month swapped (12/03 written as 03/12) is a common entry error, not a different person.
  birthDateTransposed: 5,
  // Two full dates that disagree are two people: namesakes born in the same year are common in Viet Nam,
  // far more so than a mistyped date. Only a shared phone or document can bring such a pair back.
  birthDateDiffers: -16,
  // Only a year on one side: victims' birth years spread over some thirty years.
  birthYearSame: 5,
  // A year off by one: a year worked out from a stated age slips by one (the traditional reckoning counts a
  // year more), but neighbouring years are as common between two people, so it is only slightly against.
  birthYearClose: -1,
  // Years further apart: another person (an uncertain age is given as an approximate age, not a year).
  birthYearDiffers: -12,
  // An approximate age covers about five years.
  ageConsistent: 2.5,
  // An age that cannot fit the other record's birth year, even allowing for a few years' misjudgement.
  ageInconsistent: -8,
  // Phones are personal but shared with relatives and, in trafficking, with brokers, and change often.
  phoneSame: 13,
  // A national ID or passport number belongs to one person.
  documentSame: 20,
  // The same home commune: ~3,300 communes, discounted because victims come from a few hundred sending
  // communes and families of one lineage live in the same village.
  communeSame: 9,
  // The same province when a commune is missing on one side: most victims come from a few provinces.
  provinceSame: 4,
  // The same province but another commune: people move within a province, and records disagree.
  communeDiffers: -1,
  // Another home province is rare for one person (a current address written instead of the home one).
  provinceDiffers: -4,
  // With women the majority of victims, a shared sex says little.
  sexSame: 0.7,
  // Given names and Thị/Văn are gendered: another sex is another person (a twin brother, a cousin).
  sexDiffers: -20,
} as const;

/**
 * Points per bit, the scale of {@link PROBABLE} and {@link POSSIBLE}: "probable" needs about 17 bits, odds
 * of about 4 to 1 at the threshold in a caseload of 25,000 records, and far better for most of the band.
 */
const POINTS_PER_BIT = 0.6;

const reason = (code: string, bits: number): MatchReason => ({ code, weight: round(bits * POINTS_PER_BIT) });

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const above = d[i - 1] as number[];
      row[j] = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[rows - 1] as number[])[cols - 1] as number;
}

/** {@link editDistance} ≤ 1, without building the table: the only question the scorer asks. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (i === short.length) return true;
  if (short.length < long.length) return short.slice(i) === long.slice(i + 1);
  if (short.slice(i + 1) === long.slice(i + 1)) return true;
  return short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2);
}

/** A folded name word, with its sound key once asked for (most comparisons settle on the spelling). */
interface Word {
  text: string;
  key: string | undefined;
}

const word = (text: string): Word => ({ text, key: undefined });

function keyOf(word: Word): string {
  word.key ??= soundKey(word.text);
  return word.key;
}

function similarToken(a: Word, b: Word): boolean {
  if (keyOf(a) === keyOf(b)) return true;
  // One slip of the finger in a name of three letters or more ("Nhi" typed "Ni"); shorter names are too
  // close to each other for that to mean anything.
  return Math.max(a.text.length, b.text.length) >= 3 && withinOneEdit(a.text, b.text);
}

function similarGiven(a: Word, b: Word): boolean {
  // A single letter is never a given name but an initial or an entry cut short ("Nguyễn Thị H").
  if (a.text.length === 1 || b.text.length === 1) return a.text[0] === b.text[0];
  return similarToken(a, b);
}

/** A parsed name with what every comparison needs from it, worked out once per record. */
interface NameView extends ParsedName {
  /** Its words other than Thị/Văn, sorted: the name regardless of order. */
  words: string;
  /** Its words other than the family name and Thị/Văn, sorted. */
  personal: string;
  givenWord: Word | undefined;
  familyWord: Word | undefined;
  /** Its middle names other than Thị/Văn. */
  middles: Word[];
}

function view(fullName: string): NameView {
  const name = parseName(fullName);
  const words = name.tokens.filter((token) => !generationMarkers.has(token)).sort();
  return {
    tokens: name.tokens,
    family: name.family,
    middle: name.middle,
    given: name.given,
    familyFirst: name.familyFirst,
    words: words.join(' '),
    personal: words.filter((token) => token !== name.family).join(' '),
    givenWord: name.given === undefined ? undefined : word(name.given),
    familyWord: name.family === undefined ? undefined : word(name.family),
    middles: name.middle.filter((token) => !generationMarkers.has(token)).map(word),
  };
}

/** log2(1 / share) of a family spelling, by its commonest reading ("Ruan" counts as Nguyễn). */
function familyBits(spelling: string): number {
  return Math.min(BITS.familyCap, Math.log2(1 / spellingShare(spelling)));
}

function compareFamily(a: Word, b: Word): MatchReason {
  if (a.text === b.text) return reason('family_name_same', familyBits(a.text));
  const readingsA = familyCandidates(a.text);
  const readingsB = familyCandidates(b.text);
  const vaguer = Math.min(familyBits(a.text), familyBits(b.text));
  // Agreement is on what both spellings can stand for, so it is worth as much as the vaguer spelling.
  if ([...readingsA].some((name) => readingsB.has(name)))
    return reason('family_name_variant', BITS.familyVariantFactor * vaguer);
  if (similarToken(a, b)) {
    if (readingsA.size > 0 && readingsB.size > 0) return reason('family_name_differs', BITS.familyNearOther);
    return reason('family_name_variant', BITS.familyTypoFactor * vaguer);
  }
  return reason('family_name_differs', BITS.familyDiffers);
}

function compareNames(a: NameView, b: NameView): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (a.words === b.words && (a.given !== b.given || a.family !== b.family)) {
    // The same words in another order ("Ha Pham Thanh" / "Phạm Thanh Hà"): which one is the family name is a
    // guess on one side, so count the whole name once, with the family name of its commoner reading.
    const readings = [a.family, b.family].filter((family): family is string => family !== undefined);
    const family = readings.length > 0 ? Math.min(...readings.map(familyBits)) : 0;
    return [reason('name_same_other_order', BITS.givenSame + family)];
  }
  if (a.givenWord && b.givenWord) {
    if (a.given === b.given) reasons.push(reason('given_name_same', BITS.givenSame));
    else if (similarGiven(a.givenWord, b.givenWord))
      reasons.push(reason('given_name_similar', BITS.givenSimilar));
    else if (a.familyFirst !== b.familyFirst && a.personal === b.personal)
      reasons.push(reason('given_name_same_other_order', BITS.givenOtherOrder));
    else reasons.push(reason('given_name_differs', BITS.givenDiffers));
  }
  if (a.familyWord && b.familyWord) reasons.push(compareFamily(a.familyWord, b.familyWord));
  const middleA = a.middles;
  const middleB = b.middles;
  if (middleA.length > 0 && middleB.length > 0) {
    const same = middleA.some((token) => middleB.some((other) => similarToken(token, other)));
    reasons.push(
      same ? reason('middle_name_same', BITS.middleSame) : reason('middle_name_differs', BITS.middleDiffers),
    );
  } else if (
    // Thị or Văn on one record, a distinctive middle name on the other.
    (middleA.length > 0 && middleB.length === 0 && b.middle.length > 0) ||
    (middleB.length > 0 && middleA.length === 0 && a.middle.length > 0)
  )
    reasons.push(reason('middle_name_differs', BITS.middleMarkerVersusName));
  return reasons;
}

const total = (reasons: readonly MatchReason[]) => reasons.reduce((sum, reason) => sum + reason.weight, 0);
const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The first record's names, worked out once: a search (or a scan) scores one record, passed first, against
 * many. Held only while the caller holds that record (a WeakMap), so no name outlives the request that
 * decrypted it; the second record's names are worked out on each call.
 */
const namesSeen = new WeakMap<PersonEvidence, { from: PersonEvidence; views: NameView[] }>();

function namesOf(person: PersonEvidence, remember: boolean): NameView[] {
  const seen = remember ? namesSeen.get(person) : undefined;
  // A record changed since (a name corrected in place) is worked out again.
  if (seen && seen.from.fullName === person.fullName && seen.from.otherNames === person.otherNames)
    return seen.views;
  const views = [view(person.fullName)];
  for (const name of person.otherNames ?? []) views.push(view(name));
  if (remember)
    namesSeen.set(person, { from: { fullName: person.fullName, otherNames: person.otherNames }, views });
  return views;
}

/** The best agreement between any name of one record and any name of the other (aliases count). */
function bestNameReasons(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
  let best: MatchReason[] | undefined;
  let bestTotal = Number.NEGATIVE_INFINITY;
  const namesB = namesOf(b, false);
  for (const nameA of namesOf(a, true))
    for (const nameB of namesB) {
      const reasons = compareNames(nameA, nameB);
      const sum = total(reasons);
      if (sum > bestTotal) {
        best = reasons;
        bestTotal = sum;
      }
    }
  return best ?? [];
}

function compareBirth(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
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

function compareContacts(a: PersonEvidence, b: PersonEvidence): MatchReason[] {
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

/** How likely two records describe the same person, with the reasons, strongest first. */
export function scoreMatch(a: PersonEvidence, b: PersonEvidence): MatchScore {
  const reasons = [
    ...bestNameReasons(a, b),
    ...compareBirth(a, b),
    ...compareContacts(a, b),
    ...comparePlace(a, b),
  ];
  if (a.sex && b.sex && a.sex !== 'Unknown' && b.sex !== 'Unknown')
    reasons.push(a.sex === b.sex ? reason('sex_same', BITS.sexSame) : reason('sex_differs', BITS.sexDiffers));
  const score = round(total(reasons));
  const band: MatchBand = score >= PROBABLE ? 'probable' : score >= POSSIBLE ? 'possible' : 'unlikely';
  return { score, band, reasons: reasons.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight)) };
}
