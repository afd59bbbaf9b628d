import { describe, expect, it } from 'vitest';
import { pdfText, readWorkbook } from './report-files.test-support';
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

  it('writes the PDF of an Arabic request in English (the font has no Arabic glyphs)', async () => {
    const text = pdfText(await renderReviewPdf(sampleFigures('ar'))).replace(/\s+/g, ' ');
    expect(text).toContain('REVIEW OF THE ANTI-TRAFFICKING PROGRAMME');
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
