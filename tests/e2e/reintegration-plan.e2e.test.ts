import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// A case worker of the demo's Lào Cai social work centre, on a 390-px phone, plans the reintegration of a person
// who came home 45 days ago — job placement by the province's employment service, picked from the directory — moves
// the item on with an outcome note, and records the person's livelihood at the first follow-up visit.
const WORKER = 'lan.nguyen';

const app = useDemoApp();

const dayOffset = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const typed = (isoDay: string) => isoDay.split('-').reverse().join('/');

async function registerReturnedCase(page: Page): Promise<{ id: string }> {
  const received = dayOffset(-44);
  return postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Sùng Thị Dua', dateOfBirth: '2000-02-14' },
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

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('reintegration plan and livelihood', () => {
  it('a case worker adds a plan item and records a livelihood outcome at a follow-up visit', async () => {
    const page = await app.signedInPage(WORKER, { viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchConsoleErrors(page);
    const kase = await registerReturnedCase(page);
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=reintegration`);
    await page.getByText('Chưa có mục nào.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Bắt đầu theo dõi' }).click();
    await expect.poll(() => page.getByTestId('reintegration-visit').count()).toBe(4);

    // A plan item: job placement, with the responsible agency found in the directory by name, without diacritics.
    await pick(page, 'plan-item-type', 'Giới thiệu việc làm');
    const agency = page.getByTestId('plan-item-agency');
    await agency.click();
    await agency.fill('viec lam tinh lao cai');
    const agencyName = 'Trung tâm Dịch vụ việc làm tỉnh Lào Cai';
    await page.getByRole('option', { name: new RegExp(`^${agencyName} — `) }).click();
    await page.getByTestId('plan-item-target').fill(typed(dayOffset(60)));
    await page.getByRole('button', { name: 'Thêm vào kế hoạch' }).click();
    const item = page.getByTestId('reintegration-plan-item');
    await item.getByText('Đã lên kế hoạch').waitFor();
    await item.getByText(agencyName, { exact: false }).waitFor();
    await item.getByText('Kinh tế', { exact: false }).waitFor();

    // Moved on, with a note of how it went.
    await item.getByRole('button', { name: 'Cập nhật' }).click();
    await item.getByTestId('plan-item-status').selectOption('in_progress');
    await item.getByTestId('plan-item-note').fill('Đã hẹn phỏng vấn tại xưởng may ở Bảo Thắng');
    await item.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('in_progress');
    await item.getByText('Đã hẹn phỏng vấn tại xưởng may ở Bảo Thắng').waitFor();

    // Livelihood at the first visit.
    await page.getByRole('button', { name: 'Ghi nhận kết quả sinh kế' }).click();
    await page.getByTestId('livelihood-visit').selectOption({ label: 'Lần thăm tháng thứ 1' });
    await pick(page, 'livelihood-employment', 'Đang học nghề');
    await pick(page, 'livelihood-income', 'Dưới 2.000.000 ₫');
    await pick(page, 'livelihood-loan', 'Đã nộp hồ sơ vay');
    await page.getByRole('button', { name: 'Lưu kết quả' }).click();
    const latest = page.getByTestId('livelihood-latest');
    await latest.getByText('Đang học nghề').waitFor();
    await latest.getByText('Dưới 2.000.000 ₫').waitFor();
    await latest.getByText('Đã nộp hồ sơ vay').waitFor();

    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reintegration-plan-phone.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    await page.getByText('Đã thêm mục kế hoạch tái hòa nhập').waitFor();
    await page.getByText('Đã ghi nhận kết quả sinh kế').waitFor();
    expect(errors).toEqual([]);

    // In Arabic the plan and livelihood read right to left, on the same phone.
    const arabic = await page.context().newPage();
    await arabic.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await arabic.goto(`${app.baseUrl}/cases/${kase.id}?tab=reintegration`);
    await arabic.getByRole('heading', { name: 'خطة إعادة الإدماج' }).waitFor();
    await arabic.getByTestId('livelihood-latest').getByText('في التدريب').waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(
      await arabic.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(arabic)).toEqual([]);
    await arabic.screenshot({
      path: path.join(screenshotDir, 'reintegration-plan-phone-ar.png'),
      fullPage: true,
    });
  });
});
