import { describe, expect, it } from 'vitest';
import { pdfText, pdfWords, readWorkbook } from './report-files.test-support';
import { renderReviewPdf } from './review-pdf';
import { sampleFigures } from './review-sample.test-support';
import { renderReviewXlsx } from './review-xlsx';

describe('the review report files', () => {
  it('writes a PDF whose Vietnamese reads back with every diacritic, suppressed years as "<11"', async () => {
    const text = pdfText(await renderReviewPdf(sampleFigures('vi'))).replace(/\s+/g, ' ');
    for (const words of [
      'BÁO CÁO ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MUA BÁN NGƯỜI',
      'Giai đoạn 2021–2023, so với chỉ tiêu năm 2025',
      'Phạm vi: toàn quốc (ẩn các ô có dưới 11 người)',
      'Tiếp nhận và xác định nạn nhân',
      'Chưa tính được: dữ liệu do chức năng chưa có trong hệ thống ghi nhận.',
      'Thực hiện 2023 so với chỉ tiêu 2025 (%)',
    ]) {
      expect(text).toContain(words);
    }
    // Numbers as Vietnamese writes them; the suppressed year carries no number.
    expect(text).toContain('Số người được tiếp nhận người 1.200 <11 1.800 2.000 90 %');
    expect(text).toContain('Xác minh trong vòng 3 ngày (%) % 80 85,5 97 90 107,8 %');
  });

  it('writes the PDF of an Arabic request in Arabic, words and numbers in reading order, tables from the right', async () => {
    const pdf = await renderReviewPdf(sampleFigures('ar'));
    // pdftotext marks right-to-left stretches with embedding controls; a reader copying the text sees none.
    const text = pdfText(pdf)
      .replace(/[\u202a-\u202e]/g, '')
      .replace(/\s+/g, ' ');
    // These words have no required ligature (لا, ني…): pdftotext writes a ligature's two letters backwards.
    for (const words of [
      'مراجعة برنامج مكافحة',
      'مقارنة بهدف 2025',
      'الوحدة',
      'هدف 2025',
      'أشخاص',
      'قاعدة الحماية',
      'Persons received',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).not.toContain('REVIEW OF THE ANTI-TRAFFICKING PROGRAMME');
    expect(text).not.toContain('Indicator');
    // Numbers as English writes them, each whole; a share's sign drawn to its left, as Arabic reads it.
    expect(text).toContain('1,200');
    expect(text).toContain('85.5');
    expect(text).toContain('% 107.8');
    // The first table reads from the right: the indicator, then 2021, 2022, 2023.
    const words = pdfWords(pdf, 1);
    const left = (word: string) => words.find((each) => each.text === word)?.left ?? Number.NaN;
    expect(left('Persons')).toBeGreaterThan(left('2021'));
    expect(left('2021')).toBeGreaterThan(left('2022'));
    expect(left('2022')).toBeGreaterThan(left('2023'));
  });

  it('writes a workbook with numbers as numbers and a suppressed value as "<11" text with a note', async () => {
    const workbook = await readWorkbook(await renderReviewXlsx(sampleFigures('en')));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Reception and identification', 'Other']);
    const sheet = workbook.getWorksheet('Reception and identification');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Indicator',
      'Unit',
      '2021',
      '2022',
      '2023',
      'Target 2025',
      '2023 / 2025 (%)',
    ]);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Persons received',
      'persons',
      1200,
      '<11',
      1800,
      2000,
      90,
    ]);
    expect(typeof sheet?.getCell('C2').value).toBe('number');
    expect(JSON.stringify(sheet?.getCell('D2').note)).toContain('fewer than 11 persons');
    expect(sheet?.getRow(3).values).toEqual([
      undefined,
      'Verified within 3 days (%)',
      '%',
      80,
      85.5,
      97,
      90,
      107.8,
    ]);
  });

  it('lays Arabic sheets out right to left', async () => {
    const workbook = await readWorkbook(await renderReviewXlsx(sampleFigures('ar')));
    expect(workbook.worksheets[0]?.name).toBe('الاستقبال والتحديد');
    expect(workbook.worksheets[0]?.views[0]?.rightToLeft).toBe(true);
  });
});
