import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export type PdfMake = {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
};
export type FontFiles = Record<'normal' | 'bold' | 'italics' | 'bolditalics', string>;
let engine: PdfMake | undefined;
let fonts: { Roboto: FontFiles; PlexArabic: FontFiles } | undefined;

/**
 * The font files pdfmake may read: its own Roboto (it covers Vietnamese and Latin, but has no Arabic letters) and
 * the Arabic subset of IBM Plex Sans Arabic from @fontsource/ibm-plex-sans-arabic (Arabic letters and the space,
 * no digits nor Latin: an Arabic line mixes the two, see rtl-text.ts). Not Noto Sans Arabic, the web app's face:
 * it draws dots as glyphs of their own on letter shapes shared by several letters, so text copied or searched in
 * the PDF came out with the wrong letters (برنامج as بربامج); each Plex glyph is one letter form. Plex has no
 * italics; its upright is used.
 */
export function pdfFonts() {
  if (fonts) return fonts;
  const arabic = (weight: number) =>
    require.resolve(
      `@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-${weight}-normal.woff`,
    );
  const roboto = (require('pdfmake/fonts/Roboto.js') as { Roboto: FontFiles }).Roboto;
  fonts = {
    Roboto: roboto,
    PlexArabic: {
      normal: arabic(400),
      bold: arabic(700),
      italics: arabic(400),
      bolditalics: arabic(700),
    },
  };
  return fonts;
}

/**
 * pdfmake with those fonts; no URL is ever fetched, only the font files are read. pdfmake embeds a font only
 * when some text uses it, so Vietnamese and English documents are what they were with Roboto alone.
 * One engine for the whole process: referral letters and review reports share it.
 */
export function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = require('pdfmake') as PdfMake;
  const files = pdfFonts();
  const fontFiles = new Set(Object.values(files).flatMap((family) => Object.values(family)));
  loaded.setFonts(files);
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => fontFiles.has(path));
  engine = loaded;
  return loaded;
}
