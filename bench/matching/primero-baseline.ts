import { birthYears, type PersonEvidence } from '@lantern/domain';
import { doubleMetaphone } from './double-metaphone';

/**
 * A Primero-style duplicate matcher, reimplemented from Primero's published description: a phonetic
 * (Double Metaphone) fuzzy search on the name fields, narrowed by sex and age. Primero runs it through a
 * search engine's phonetic filter after a generic accent-folding step; neither knows Vietnamese.
 *
 * Our reading of Primero's description, as the exact rule measured here (chosen before seeing any
 * result, not tuned on the labelled set):
 *
 * 1. Names are put in NFC form, lowercased and passed through a Western European transliteration table
 *    (à á â ã ä å → a, ç → c, è é ê ë → e, ì í î ï → i, ñ → n, ò ó ô õ ö → o, ù ú û ü → u, ý ÿ → y).
 *    Vietnamese letters that are not in that table (đ, ă, ơ, ư and every vowel with a dot below or a hook
 *    above: ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ) stay as
 *    they are, and Double Metaphone then skips them, as it skips any character it has no rule for.
 * 2. Each name token (split on anything that is not a letter) gets its Double Metaphone primary and
 *    alternate codes (four characters, the search engine's default); empty codes are dropped.
 * 3. A token of the shorter name (fewer tokens) is "shared" when one of its codes equals a code of any
 *    token of the other name, in any order. With n tokens in the shorter name, the names agree when at
 *    least max(2, n − 1) of them are shared; a one-word name never agrees.
 * 4. Sex must be equal when both records state it (other than "Unknown").
 * 5. Ages must agree when both records give one: their possible birth years (a date, a year, or an
 *    approximate age read as Lantern reads it) come within one year of each other.
 *
 * The pair matches when 3, 4 and 5 all hold. Nothing else (date of birth beyond the year, address, phone,
 * document numbers) is compared.
 */

const WESTERN_EUROPEAN_LETTERS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['àáâãäå', 'a'],
    ['ç', 'c'],
    ['èéêë', 'e'],
    ['ìíîï', 'i'],
    ['ñ', 'n'],
    ['òóôõö', 'o'],
    ['ùúûü', 'u'],
    ['ýÿ', 'y'],
  ].flatMap(([accented, plain]) => [...(accented as string)].map((letter) => [letter, plain as string])),
);

/** Strips the accents a generic Latin table knows; every other character passes unchanged. */
export function westernTransliterate(text: string): string {
  return [...text.normalize('NFC').toLowerCase()]
    .map((character) => WESTERN_EUROPEAN_LETTERS[character] ?? character)
    .join('');
}

/** The phonetic codes of each name token, computed once per record (Primero indexes them at save time). */
export interface PrimeroProfile {
  tokenCodes: ReadonlyArray<ReadonlySet<string>>;
  sex: string | undefined;
  years: { from: number; to: number } | undefined;
}

export function primeroProfile(person: PersonEvidence): PrimeroProfile {
  const tokens = westernTransliterate(person.fullName)
    .split(/[^\p{L}]+/u)
    .filter((token) => token.length > 0);
  const tokenCodes = tokens.map((token) => {
    const { primary, alternate } = doubleMetaphone(token);
    return new Set([primary, alternate].filter((code) => code.length > 0));
  });
  const sex = person.sex && person.sex !== 'Unknown' ? person.sex : undefined;
  return { tokenCodes, sex, years: birthYears(person) };
}

/** How many tokens of the shorter name share a code with some token of the other, and how many must. */
export function sharedNameTokens(a: PrimeroProfile, b: PrimeroProfile): { shared: number; required: number } {
  const [shorter, longer] =
    a.tokenCodes.length <= b.tokenCodes.length ? [a.tokenCodes, b.tokenCodes] : [b.tokenCodes, a.tokenCodes];
  const longerCodes = new Set(longer.flatMap((codes) => [...codes]));
  const shared = shorter.filter((codes) => [...codes].some((code) => longerCodes.has(code))).length;
  return { shared, required: Math.max(2, shorter.length - 1) };
}

export function primeroMatch(a: PrimeroProfile, b: PrimeroProfile): boolean {
  const { shared, required } = sharedNameTokens(a, b);
  if (shared < required) return false;
  if (a.sex && b.sex && a.sex !== b.sex) return false;
  if (a.years && b.years && (a.years.from - 1 > b.years.to || b.years.from - 1 > a.years.to)) return false;
  return true;
}
