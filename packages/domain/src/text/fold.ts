/**
 * Diacritic-insensitive text keys for searching Vietnamese (and any other) text.
 *
 * Field workers type without diacritics, on phones whose keyboards place tone marks differently
 * ("Hòa" vs "Hoà", "Thủy" vs "Thuỷ"), and paste names from documents that use the look-alike Icelandic
 * eth (Ð) instead of Đ or carry invisible zero-width characters. Every key produced here erases those
 * differences so that "ha tinh" finds "Hà Tĩnh".
 */

const COMBINING_MARK = /\p{M}/gu;
// Zero-width spaces, joiners and BOMs survive copy-paste from Word and PDF files but are invisible.
const INVISIBLE_FORMAT = /\p{Cf}/gu;
const WHITESPACE_RUN = /\s+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/u;

/**
 * Lowercases, decomposes (NFD), drops combining marks, maps đ (and the look-alike ð) to d, collapses
 * whitespace and trims. Punctuation is kept; use {@link tokens} or {@link compactKey} to ignore it.
 */
export function foldVietnamese(text: string): string {
  return text
    .replace(INVISIBLE_FORMAT, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(/[đð]/g, 'd')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** The folded words of a text, split on anything that is not a letter or a digit. */
export function tokens(text: string): string[] {
  return foldVietnamese(text)
    .split(NOT_LETTER_OR_DIGIT)
    .filter((token) => token.length > 0);
}

/**
 * The folded letters and digits of a text with nothing in between. Minority-language names are
 * written with and without apostrophes and spaces by different sources ("H' Neng", "Hneng";
 * "Đa Krông", "Đakrông"); their compact keys are equal.
 */
export function compactKey(text: string): string {
  return tokens(text).join('');
}

/** True when two texts differ only in case, diacritics, tone-mark placement, spacing or punctuation. */
export function sameFolded(a: string, b: string): boolean {
  return compactKey(a) === compactKey(b);
}
