import { tokens } from '../text/fold';
import { withinOneEdit } from './edits';
import { commonGivenNames, familyNames } from './family-names';

/** The share used for a family name that is not in the list: rare, so agreeing on it is strong evidence. */
export const RARE_FAMILY_SHARE = 0.001;

/**
 * Middle words so common that leaving them out, or writing a different one of them, says little: Thị and
 * Văn, and the Hmong A and Seo of men's names ("Giàng A Sử", whose given name is Sử).
 */
export const generationMarkers: ReadonlySet<string> = new Set(['thi', 'van', 'a', 'seo']);

const canonicalFamily = new Map<string, Set<string>>();
for (const entry of familyNames) {
  for (const spelling of [entry.name, ...entry.variants]) {
    const known = canonicalFamily.get(spelling) ?? new Set<string>();
    known.add(entry.name);
    canonicalFamily.set(spelling, known);
  }
}

/** The Vietnamese family names a spelling can stand for ("ruan" → nguyen; "li" → le or ly). */
export function familyCandidates(token: string): ReadonlySet<string> {
  return canonicalFamily.get(token) ?? new Set();
}

export function isFamilyName(token: string): boolean {
  return canonicalFamily.has(token);
}

const shareOf = new Map<string, number>();
for (const entry of familyNames) shareOf.set(entry.name, (shareOf.get(entry.name) ?? 0) + entry.share);

export function familyShare(name: string): number {
  return shareOf.get(name) ?? RARE_FAMILY_SHARE;
}

const shareBySpelling = new Map<string, number>();
for (const [spelling, names] of canonicalFamily)
  shareBySpelling.set(
    spelling,
    [...names].reduce((sum, name) => sum + familyShare(name), 0),
  );

/**
 * The share of people whose family name can be written this way: "Ruan" is Nguyễn's, "Li" Lê's and Lý's
 * together (a Chinese "Li" says no more than that), a slip of one that name's. A spelling we do not know
 * at all counts as rare.
 */
export function spellingShare(spelling: string): number {
  const known = shareBySpelling.get(spelling);
  if (known !== undefined) return known;
  // A slip of a known name ("Ngyen") is as common as that name: two records agreeing on it say no more.
  const slipOf = [...misspeltFamily(spelling)].reduce((sum, name) => sum + familyShare(name), 0);
  return slipOf > 0 ? slipOf : RARE_FAMILY_SHARE;
}

const misspelt = new Map<string, ReadonlySet<string>>();

/**
 * The family names a word not in the table is a slip of: one edit away from a name of three letters or
 * more ("Phamm", "Tan" for Trần, "No" for Ngô; two-letter names are too close to each other), or the
 * same sound key ("Vuu" for Vũ). Thị/Văn are never a family name misspelt ("Văn" is one letter from Vàng).
 */
export function misspeltFamily(token: string): ReadonlySet<string> {
  let names = misspelt.get(token);
  if (names) return names;
  const found = new Set<string>();
  if (!isFamilyName(token) && !generationMarkers.has(token)) {
    const key = soundKey(token);
    for (const { name } of familyNames)
      if (soundKey(name) === key || (name.length >= 3 && token.length >= 2 && withinOneEdit(token, name)))
        found.add(name);
  }
  names = found;
  if (misspelt.size < 10_000) misspelt.set(token, names);
  return names;
}

/** The family names a written family name stands for: its own readings, else the ones it is a slip of. */
export function familyReadings(token: string): ReadonlySet<string> {
  const known = familyCandidates(token);
  return known.size > 0 ? known : misspeltFamily(token);
}

/**
 * How likely a word is the family name, for choosing where it is in a name: the share of the family
 * names it can stand for, a tenth of that when it is only a slip of one, and a tenth again when it is
 * also a common given name (Mai, Giang, Thảo, Quang…).
 */
function familyLikelihood(token: string): number {
  if (generationMarkers.has(token)) return 0;
  const exact = spellingShare(token);
  const share = isFamilyName(token)
    ? exact
    : [...misspeltFamily(token)].reduce((sum, name) => sum + familyShare(name), 0) / 10;
  return commonGivenNames.has(token) ? share / 10 : share;
}

export interface ParsedName {
  /** Folded tokens in the order written. */
  tokens: string[];
  family: string | undefined;
  /** Folded middle names, in order. */
  middle: string[];
  given: string | undefined;
  /** False when the name was written given-name first ("Lan Nguyen Thi", as foreign documents do). */
  familyFirst: boolean;
}

function reading(words: string[], familyAt: number, givenAt: number): ParsedName {
  const middle = words.filter((_, index) => index !== familyAt && index !== givenAt);
  return {
    tokens: words,
    family: words[familyAt],
    middle,
    given: words[givenAt],
    familyFirst: familyAt === 0,
  };
}

/** With the family name last, the given name: first (Western "Dung Quoc Pham"), unless that is Thị/Văn. */
function givenBeforeLastFamily(words: string[]): number {
  return generationMarkers.has(words[0] as string) && words.length > 2 ? words.length - 2 : 0;
}

/**
 * Reads a full name typed as one string, in either order. Vietnamese order is family – middle – given;
 * names on foreign documents put the given name first. The family name is the end word likelier to be
 * one ("Thao Nguyen": Nguyễn; "Phamm Thi Mai": a slip of Phạm rather than Mai, a common given name), the
 * first when neither is. A single word is taken as the given name.
 */
export function parseName(fullName: string): ParsedName {
  const words = tokens(fullName);
  if (words.length === 0)
    return { tokens: [], family: undefined, middle: [], given: undefined, familyFirst: true };
  if (words.length === 1)
    return { tokens: words, family: undefined, middle: [], given: words[0], familyFirst: true };
  const first = words[0] as string;
  const last = words.at(-1) as string;
  // Ending on Thị is never Vietnamese order, nor ending on Văn after a first word that is not a family name
  // ("Vân", a given name, folds to the same letters): the given name was written first ("Lan Nguyen Thi").
  if (
    words.length >= 3 &&
    (last === 'thi' || (last === 'van' && (familyLikelihood(first) === 0 || commonGivenNames.has(first))))
  )
    return reading(words, bestFamilyAt(words, 1, words.length - 1) ?? 1, 0);
  const atStart = familyLikelihood(first);
  const atEnd = familyLikelihood(last);
  // Vietnamese order unless the last word is clearly the likelier family name ("Lý Thị Giang" stays).
  if (atEnd > 2 * atStart) return reading(words, words.length - 1, givenBeforeLastFamily(words));
  if (words.length >= 3 && (atStart === 0 || commonGivenNames.has(first))) {
    // Given name first, then the family name: "Lan Nguyen Minh", "Ha Pham Thanh" (Hà is a family name
    // too, but a far rarer one than Phạm).
    const inside = bestFamilyAt(words, 1, words.length - 1);
    if (inside !== undefined && familyLikelihood(words[inside] as string) > 10 * atStart)
      return reading(words, inside, 0);
  }
  return reading(words, 0, words.length - 1);
}

function bestFamilyAt(words: string[], from: number, to: number): number | undefined {
  let best: number | undefined;
  let bestLikelihood = 0;
  for (let index = from; index < to; index++) {
    const likelihood = familyLikelihood(words[index] as string);
    if (likelihood > bestLikelihood) [best, bestLikelihood] = [index, likelihood];
  }
  return best;
}

/**
 * Every plausible reading of a name, the one {@link parseName} prefers first: family name first, family
 * name last with the given name first or just before it, and the given name then the family name. Where
 * the family name is guessed, the scorer compares each reading and keeps the best (and says so).
 */
export function nameReadings(fullName: string): ParsedName[] {
  const preferred = parseName(fullName);
  const words = preferred.tokens;
  const readings = [preferred];
  if (words.length < 2) return readings;
  const last = words.length - 1;
  const options: Array<[number, number]> = [
    [0, last],
    [last, 0],
    [last, last - 1],
  ];
  if (words.length >= 3) options.push([1, 0]);
  const seen = new Set([`${preferred.family}|${preferred.given}`]);
  for (const [familyAt, givenAt] of options) {
    const family = words[familyAt] as string;
    const given = words[givenAt] as string;
    // Văn may be Vân, a given name; Thị, A and Seo never are.
    const marker = given !== 'van' && generationMarkers.has(given);
    if (familyAt === givenAt || marker || seen.has(`${family}|${given}`)) continue;
    // Read elsewhere than first, the family name must be spelt as one, or be a slip of one that is not
    // also a given name: a given name merely near a family name (Lan, Lâm) would let any two names agree
    // on some reading.
    if (
      familyAt !== 0 &&
      !isFamilyName(family) &&
      (commonGivenNames.has(family) || familyLikelihood(family) === 0)
    )
      continue;
    seen.add(`${family}|${given}`);
    readings.push(reading(words, familyAt, givenAt));
  }
  return readings;
}

/**
 * A sound key for a folded name token, so that spellings a Vietnamese ear hears as the same give the same
 * key: "ph"/"f", "gh"/"g", "ngh"/"ng", "y"/"i", "qu"/"q" ("Qang"), the northern merger of d/gi/r and of
 * ch/tr, s/x, final c/k/ch, doubled letters. Used for blind-index candidates; the scorer still compares
 * the real spellings.
 */
export function soundKey(token: string): string {
  // Written out rather than as a chain of regular expressions: the scorer asks for thousands of these per
  // search. Each step is one of the chain's, in its order (sound-key.test.ts holds the chain as the oracle).
  let key = withoutDoubledLetters(token);
  if (key.startsWith('ngh')) key = `ng${key.slice(3)}`;
  if (key.startsWith('gh')) key = `g${key.slice(2)}`;
  if (key.startsWith('gi')) key = `z${key.slice(2)}`;
  if (key[0] === 'd' || key[0] === 'r') key = `z${key.slice(1)}`;
  if (key.startsWith('tr')) key = `ch${key.slice(2)}`;
  if (key.startsWith('ph')) key = `f${key.slice(2)}`;
  if (key[0] === 'x') key = `s${key.slice(1)}`;
  if (key.startsWith('qu')) key = `q${key.slice(2)}`;
  if (key[0] === 'q') key = `k${key.slice(1)}`;
  if (key[0] === 'c' && key[1] !== 'h') key = `k${key.slice(1)}`;
  if (key.includes('y')) key = key.replaceAll('y', 'i');
  if (key.endsWith('nh')) key = key.slice(0, -1);
  if (key.endsWith('ch')) return `${key.slice(0, -2)}t`;
  if (key.endsWith('c') || key.endsWith('k')) return `${key.slice(0, -1)}t`;
  return key;
}

/** A run of one letter written once ("Nguyenn", "Vuu"), as /(.)\1+/g does: line breaks are never a run. */
function withoutDoubledLetters(token: string): string {
  let doubled = false;
  for (let index = 1; index < token.length && !doubled; index++)
    doubled = token[index] === token[index - 1] && !lineBreak(token[index] as string);
  if (!doubled) return token;
  let kept = token.slice(0, 1);
  for (let index = 1; index < token.length; index++) {
    const unit = token[index] as string;
    if (unit !== token[index - 1] || lineBreak(unit)) kept += unit;
  }
  return kept;
}

const lineBreak = (unit: string) => unit === '\n' || unit === '\r' || unit === '\u2028' || unit === '\u2029';
