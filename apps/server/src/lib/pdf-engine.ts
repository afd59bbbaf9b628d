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
let fonts: { Roboto: FontFiles; NotoSansArabic: FontFiles } | undefined;

/**
 * The font files pdfmake may read: its own Roboto (it covers Vietnamese and Latin, but has no Arabic letters) and
 * Noto Sans Arabic's Arabic subset from @fontsource/noto-sans-arabic (Arabic letters and the space, no digits nor
 * Latin: an Arabic line mixes the two, see rtl-text.ts). Noto Sans Arabic has no italics; its upright is used.
 */
export function pdfFonts() {
  if (fonts) return fonts;
  const arabic = (weight: number) =>
    require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`);
  const roboto = (require('pdfmake/fonts/Roboto.js') as { Roboto: FontFiles }).Roboto;
  fonts = {
    Roboto: roboto,
    NotoSansArabic: {
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
