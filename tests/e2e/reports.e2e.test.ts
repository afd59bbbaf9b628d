import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { useDemoApp } from './support/session';

// The programme analyst of the demo (national, aggregate-only figures) asks for a review of 2021–2023 against the
// 2025 targets, watches it being built, and downloads the PDF, which reads back in Vietnamese.
const ANALYST = 'analyst';

const app = useDemoApp();

describe('review reports', () => {
  it('the system administrator enters a 2025 target for persons received', async () => {
    const page = await app.signedInPage('admin', { viewport: { width: 1280, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.getByRole('link', { name: 'Chỉ tiêu chỉ số' }).first().click();
    await page.getByRole('heading', { name: 'Chỉ tiêu của các chỉ số', level: 1 }).waitFor();
    await page.getByTestId('target-indicator').selectOption({ label: 'Số người được tiếp nhận' });
    await page.getByTestId('target-2025').fill('1500');
    await page.getByTestId('target-2026').fill('-3');
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await page.getByText('Nhập một số không âm', { exact: false }).waitFor();
    await page.getByTestId('target-2026').fill('');
    await page.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
    await page.getByText('Đã lưu chỉ tiêu.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the programme analyst requests a review report and downloads its PDF', async () => {
    const page = await app.signedInPage(ANALYST, { viewport: { width: 1280, height: 900 } });
    const errors = watchConsoleErrors(page);

    await page.getByRole('link', { name: 'Báo cáo đánh giá' }).first().click();
    await page.getByRole('heading', { name: 'Báo cáo đánh giá Chương trình', level: 1 }).waitFor();
    await page.getByText('Bạn chưa yêu cầu báo cáo nào.', { exact: false }).waitFor();
    await page.getByTestId('report-from-year').selectOption('2021');
    await page.getByTestId('report-to-year').selectOption('2023');
    await page.getByTestId('report-target-year').selectOption('2025');
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByText('Đã gửi yêu cầu. Báo cáo đang được lập.').waitFor();

    const item = page.getByTestId('report-item').first();
    await item.getByText('2021–2023 so với chỉ tiêu 2025').waitFor();
    // The list is read again while the report is built, until it is ready.
    await item.getByText('Đã xong').waitFor({ timeout: 30_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reports.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByTestId('report-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-danh-gia-2021-2023-chi-tieu-2025.pdf');
    const file = await download.path();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
      .normalize('NFC')
      .replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MUA BÁN NGƯỜI');
    expect(text).toContain('Giai đoạn 2021–2023, so với chỉ tiêu năm 2025');
    expect(text).toContain('Phạm vi: toàn quốc');
    // Nothing was received in the demo's empty years; the administrator's target is there.
    expect(text).toMatch(/Số người được tiếp nhận người 0 0 0 1\.500 0 ?%/);
    expect(errors).toEqual([]);
  });
});
