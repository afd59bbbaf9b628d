import { createRequire } from 'node:module';
import { rightToLeftLines, scriptRuns } from './bidi-runs';
import { type FontFiles, pdfFonts } from './pdf-engine';

const require = createRequire(import.meta.url);
type Font = { unitsPerEm: number; layout(text: string): { advanceWidth: number } };
// Required with the first right-to-left PDF, not at start-up (fontkit and its tables take a fifth of a second).
let fontkit: { openSync(path: string): Font } | undefined;
const opened = new Map<string, Font>();

export type TextStyle = { fontSize: number; bold?: boolean; italics?: boolean };
/** One pdfmake inline: a piece of text and the font that has its letters. */
export type Inline = { text: string; font: 'Roboto' | 'PlexArabic'; lineHeight?: number };
/**
 * IBM Plex Sans Arabic's ascent and descent (1.5 em, room for marks above and below) would space lines further
 * apart than Roboto's (1.2 em) at the document's 1.15: 1 keeps them a little apart for the marks, not more.
 */
const LINE_HEIGHT = 1;

/**
 * pdfmake sets the pieces of a line left to right and breaks lines itself, reading order be damned: right-to-left
 * text is therefore broken into lines here, measured with the fonts pdfmake will use (a small slack keeps pdfmake
 * from breaking them again), and each line handed over in drawing order, Arabic words in IBM Plex Sans Arabic and
 * everything else (digits, Latin names, signs, spaces) in Roboto. The caller aligns the paragraph (right, or
 * centred).
 */
export function rightToLeftText(text: string, width: number, style: TextStyle): Inline[] {
  const lines = text
    .split('\n')
    .flatMap((paragraph) => rightToLeftLines(paragraph, width - 1, (line) => textWidth(line, style)));
  if (lines.length === 0) return [{ text: '', font: 'Roboto' }];
  return lines.flatMap((runs, index) => [
    // pdfmake puts a line's baseline below the tallest ascender of its fonts: a space in IBM Plex Sans Arabic
    // (cut, being first) gives every line the same, so numbers in one cell and words in the next share it.
    { text: ' ', font: 'PlexArabic', lineHeight: LINE_HEIGHT },
    ...runs.map((run, at): Inline => {
      const end = at === runs.length - 1 && index < lines.length - 1 ? '\n' : '';
      return {
        text: run.text + end,
        font: run.arabic ? 'PlexArabic' : 'Roboto',
        lineHeight: LINE_HEIGHT,
      };
    }),
  ]);
}

/** The width of a line of text in points, each script in its font, as pdfmake measures it. */
export function textWidth(text: string, style: TextStyle): number {
  let width = 0;
  for (const run of scriptRuns(text)) {
    const font = fontOf(run.arabic ? pdfFonts().PlexArabic : pdfFonts().Roboto, style);
    width += (font.layout(run.text).advanceWidth / font.unitsPerEm) * style.fontSize;
  }
  return width;
}

function fontOf(family: FontFiles, { bold = false, italics = false }: TextStyle): Font {
  const file = family[bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal'];
  let font = opened.get(file);
  if (!font) {
    fontkit ??= require('fontkit') as { openSync(path: string): Font };
    font = fontkit.openSync(file);
    opened.set(file, font);
  }
  return font;
}
