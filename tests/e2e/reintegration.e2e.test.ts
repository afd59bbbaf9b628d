import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// A case worker of the demo's Lào Cai social work centre, on a 390-px phone, follows up a person who came
// home 45 days ago: she starts the follow-up, records the first visit's assessment step by step, and the
// score chart shows it. The chart is drawn for the eye; the test reads its table, what a screen reader reads.
const WORKER = 'lan.nguyen';

const app = useDemoApp();

const dayOffset = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

async function registerReturnedCase(page: Page): Promise<{ id: string }> {
  const received = dayOffset(-44);
  return postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Giàng Thị Mỷ', dateOfBirth: '2001-06-03' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: received,
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
      journey: { returnedOn: dayOffset(-45) },
    },
    consents: [
      {
        purpose: 'services',
        method: 'signed_form',
        language: 'vie',
        obtainedOn: received,
        givenBy: 'person',
      },
    ],
  });
}

const answer = (page: Page, question: string, choice: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice, exact: true }).click();

describe('reintegration follow-up', () => {
  it('a case worker on a phone records a follow-up assessment and the score chart shows it', async () => {
    const page = await app.signedInPage(WORKER, { viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchConsoleErrors(page);
    const kase = await registerReturnedCase(page);
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=reintegration`);
    await page
      .getByTestId('reintegration-instrument-note')
      .getByText('không phải bộ khảo sát của IOM', { exact: false })
      .waitFor();

    // The schedule counts from the return day recorded on the case.
    await page.getByText('Ngày trở về ghi trong hồ sơ.').waitFor();
    await page.getByRole('button', { name: 'Bắt đầu theo dõi' }).click();
    const visits = page.getByTestId('reintegration-visit');
    await expect.poll(() => visits.count()).toBe(4);
    const first = visits.first();
    expect(await first.getAttribute('data-status')).toBe('overdue');
    await first.getByText('Quá hạn', { exact: true }).waitFor();
    await page.getByText('Chưa có đánh giá nào.', { exact: false }).waitFor();

    await first.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    const form = page.getByTestId('assessment-form');
    await form.getByTestId('assessment-visited-on').waitFor();
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị hiện có việc làm hoặc nguồn thu nhập không?', 'Có, đều đặn');
    await answer(page, 'Trong tháng qua, gia đình anh/chị có lúc nào thiếu ăn không?', 'Đôi khi');
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị đã có đủ giấy tờ tùy thân (căn cước, cư trú) chưa?', 'Có');
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị có người để nhờ cậy, chia sẻ khi khó khăn không?', 'Có');
    await answer(page, 'Hai tuần qua, anh/chị có hay thấy buồn, sợ hãi hoặc mất ngủ không?', 'Không rõ');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();

    await page.getByText('Đã ghi nhận đánh giá.').waitFor();
    // The schedule is read again after the save: the visit turns done once it arrives.
    await expect.poll(() => first.getAttribute('data-status')).toBe('done');
    // Economic: income regular (weight 2, 1) and food "sometimes" (weight 2, 0.5) = 0.75; social and
    // psychosocial 1 ("don't know" is left out, not counted as 0); composite (0.75 + 1 + 1) / 3 = 0.92.
    const table = page.getByTestId('reintegration-score-table');
    const row = table.getByRole('row', { name: /Lần thăm tháng thứ 1/ });
    await row.waitFor();
    const cell = (dimension: string) => row.locator(`td[data-dimension="${dimension}"]`).textContent();
    expect(await cell('economic')).toBe('0,75');
    expect(await cell('social')).toBe('1,00');
    expect(await cell('psychosocial')).toBe('1,00');
    expect(await cell('composite')).toBe('0,92');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Lần thăm',
      'Kinh tế',
      'Xã hội',
      'Tâm lý – xã hội',
      'Tổng hợp',
    ]);
    // The chart itself (loaded on demand) is drawn, and hidden from screen readers in favour of the table.
    const chart = page.getByTestId('reintegration-chart');
    await chart.locator('svg').first().waitFor();
    expect(await chart.getAttribute('aria-hidden')).toBe('true');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reintegration-phone.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    await page.getByText('Đã ghi nhận đánh giá tái hòa nhập').waitFor();
    expect(errors).toEqual([]);

    // In Arabic the same scores read right to left: the document is RTL, the table is in Arabic, nothing
    // runs off the side of the phone.
    const arabic = await page.context().newPage();
    await arabic.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await arabic.goto(`${app.baseUrl}/cases/${kase.id}?tab=reintegration`);
    const arabicTable = arabic.getByTestId('reintegration-score-table');
    await arabicTable.getByRole('row', { name: /زيارة الشهر 1/ }).waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await arabicTable.getByRole('columnheader').allTextContents()).toContain('الدرجة المركبة');
    await arabic.getByTestId('reintegration-chart').locator('svg').first().waitFor();
    expect(
      await arabic.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: path.join(screenshotDir, 'reintegration-phone-ar.png'), fullPage: true });
  });
});
