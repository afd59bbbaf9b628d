import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export type PdfMake = {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(definition: unknown): { getBuffer(): Promise<Buffer> };
};
let engine: PdfMake | undefined;

/**
 * pdfmake with its Roboto files (they cover Vietnamese); no URL is ever fetched, only the font files are read.
 * One engine for the whole process: referral letters and review reports share it.
 */
export function pdfmake(): PdfMake {
  if (engine) return engine;
  const loaded = require('pdfmake') as PdfMake;
  const fonts = require('pdfmake/fonts/Roboto.js') as { Roboto: Record<string, string> };
  const fontFiles = new Set(Object.values(fonts.Roboto));
  loaded.setFonts(fonts);
  loaded.setUrlAccessPolicy(() => false);
  loaded.setLocalAccessPolicy((path) => fontFiles.has(path));
  engine = loaded;
  return loaded;
}
