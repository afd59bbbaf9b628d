import { withinOneEdit } from './edits';
import type { PersonEvidence } from './evidence';
import {
  familyCandidates,
  generationMarkers,
  nameReadings,
  type ParsedName,
  soundKey,
  spellingShare,
} from './names';
import { BITS, type MatchReason, reason, total } from './weights';

/**
 * Comparing two records' names: every name of one (aliases included) against every name of the other,
 * each read every plausible way (which word is the family name is a guess when a name was written given
 * name first), keeping the best agreement and saying when it took another reading than the usual one.
 */

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
export interface NameView extends ParsedName {
  /** Its words other than Thị/Văn, sorted: the name regardless of order. */
  words: string;
  /** Its words other than the family name and Thị/Văn, sorted. */
  personal: string;
  givenWord: Word | undefined;
  familyWord: Word | undefined;
  /** Its middle names other than Thị/Văn. */
  middles: Word[];
}

function view(name: ParsedName): NameView {
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

export function compareNames(a: NameView, b: NameView): MatchReason[] {
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

/** A name's preferred reading, and the others worked out only when it does not settle the comparison. */
export interface Readings {
  preferred: NameView;
  others(): NameView[];
}

export function readingsOf(fullName: string): Readings {
  const [preferred, ...rest] = nameReadings(fullName);
  let others: NameView[] | undefined;
  return {
    preferred: view(preferred as ParsedName),
    others: () => {
      others ??= rest.map(view);
      return others;
    },
  };
}

/** Every name a record is known by (aliases included), each with its readings. */
export function namesOf(person: PersonEvidence): Readings[] {
  return [person.fullName, ...(person.otherNames ?? [])].map(readingsOf);
}

const agree = (reasons: readonly MatchReason[], code: string) => reasons.some((found) => found.code === code);

/**
 * The best agreement between any name of one record and any name of the other (aliases count), each
 * read every plausible way. A reading other than the preferred one, on one side only, costs a little (the
 * more readings tried, the likelier one fits by chance) and is shown as a reason of its own.
 */
export function bestNameReasons(namesA: readonly Readings[], namesB: readonly Readings[]): MatchReason[] {
  let best: MatchReason[] | undefined;
  let bestTotal = Number.NEGATIVE_INFINITY;
  const consider = (reasons: MatchReason[]) => {
    const sum = total(reasons);
    if (sum > bestTotal) [best, bestTotal] = [reasons, sum];
  };
  for (const nameA of namesA)
    for (const nameB of namesB) {
      const preferred = compareNames(nameA.preferred, nameB.preferred);
      consider(preferred);
      // Given and family names agreeing as read: no other reading can do better.
      if (agree(preferred, 'given_name_same') && agree(preferred, 'family_name_same')) continue;
      // One name read against its words, the other as written: both read against theirs ("Nguyen Thi
      // Mai" twice as Mai, given name Nguyễn) would agree on a rarer family name than either has.
      const pairs = [
        ...nameA.others().map((other) => [other, nameB.preferred] as const),
        ...nameB.others().map((other) => [nameA.preferred, other] as const),
      ];
      for (const [readingA, readingB] of pairs) {
        const reasons = compareNames(readingA, readingB);
        // Another reading and a given name only similar are two guesses: not enough to agree on.
        if (agree(reasons, 'given_name_similar')) continue;
        consider([...reasons, reason('name_read_other_order', BITS.nameOtherReading)]);
      }
    }
  return best ?? [];
}
