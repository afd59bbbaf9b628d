import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** The text of a PDF as poppler's pdftotext reads it back (what a reader's copy and paste would give). */
export function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(join(tmpdir(), 'lantern-report-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The words of one page with where they start from the left (in points), from pdftotext's word boxes. */
export function pdfWords(pdf: Buffer, page: number): { text: string; left: number }[] {
  const folder = mkdtempSync(join(tmpdir(), 'lantern-report-'));
  try {
    const file = join(folder, 'report.pdf');
    writeFileSync(file, pdf);
    const boxes = execFileSync(
      'pdftotext',
      ['-bbox', '-enc', 'UTF-8', '-f', `${page}`, '-l', `${page}`, file, '-'],
      {
        encoding: 'utf8',
      },
    );
    return [...boxes.matchAll(/<word xMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((match) => ({
      text: match[2] ?? '',
      left: Number(match[1]),
    }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Opens a workbook: each sheet's name and its rows of cell values (1-based, as exceljs gives them). */
export async function readWorkbook(xlsx: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  return workbook;
}
