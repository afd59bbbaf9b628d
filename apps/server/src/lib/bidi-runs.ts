import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/**
 * A piece of a right-to-left line as it is drawn, the pieces left to right. An Arabic piece is one word kept in
 * reading (logical) order: the shaper (fontkit) joins its letters and sets them right to left itself. Every other
 * piece (digits, Latin, punctuation, spaces) is already in drawing order, brackets mirrored.
 */
export type VisualRun = { text: string; arabic: boolean };

/** Arabic letters and marks, which only the Arabic font has; Arabic-Indic digits are left out (we write 0–9). */
const LETTERS = '\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufefc';
const ARABIC = new RegExp(`[${LETTERS}]`);
const SCRIPT_RUN = new RegExp(`[${LETTERS}]+|[^${LETTERS}]+`, 'g');

export const isArabic = (char: string) => ARABIC.test(char);

/** The text cut where it changes between Arabic letters and anything else, in reading order (for measuring). */
export const scriptRuns = (text: string): VisualRun[] =>
  (text.match(SCRIPT_RUN) ?? []).map((run) => ({ text: run, arabic: isArabic(run.charAt(0)) }));

/**
 * The direction of a paragraph in a right-to-left document: that of its first letter (as the web app's `<bdi>`
 * gives a Latin name its own direction), right to left when it has none (numbers, signs).
 */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === 'L') return 'ltr';
    if (type === 'R' || type === 'AL') return 'rtl';
  }
  return 'rtl';
}

/**
 * A paragraph of a right-to-left document broken into lines that fit `maxWidth` (breaking at spaces, in reading order, as
 * pdfmake would), each line reordered for drawing by the Unicode Bidirectional Algorithm (bidi-js): numbers such
 * as "1,234.5" stay left to right, the runs of the line follow each other right to left.
 */
export function rightToLeftLines(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
): VisualRun[][] {
  const embedding = bidi.getEmbeddingLevels(text, paragraphDirection(text));
  return breakLines(text, maxWidth, measure).map(([start, end]) => {
    const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels, start, end);
    const runs: VisualRun[] = [];
    // bidi-js gives the whole text's indices with the line's segments reversed: keep the line's.
    for (const index of bidi.getReorderedIndices(text, embedding, start, end).slice(start, end + 1)) {
      const char = mirrored.get(index) ?? text.charAt(index);
      const arabic = isArabic(char);
      const last = runs.at(-1);
      if (last?.arabic === arabic) last.text += char;
      else runs.push({ text: char, arabic });
    }
    // Arabic letters sit at odd levels: reordering reversed them, the shaper wants them in reading order.
    return runs.map((run) => (run.arabic ? { ...run, text: [...run.text].reverse().join('') } : run));
  });
}

/** Greedy breaking at spaces: [start, end] of each line (inclusive), the space at a break belonging to no line. */
export function breakLines(
  text: string,
  maxWidth: number,
  measure: (line: string) => number,
): [number, number][] {
  const lines: [number, number][] = [];
  let start = -1;
  let end = -1;
  for (const word of text.matchAll(/\S+/g)) {
    const wordEnd = word.index + word[0].length - 1;
    if (start >= 0 && measure(text.slice(start, wordEnd + 1)) > maxWidth) {
      lines.push([start, end]);
      start = -1;
    }
    if (start < 0) start = word.index;
    end = wordEnd;
  }
  if (start >= 0) lines.push([start, end]);
  return lines;
}
