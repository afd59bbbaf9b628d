import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { useDemoApp } from './support/session';

// The system administrator composes the installation's own indicator without code: cases recruited online,
// broken down by province and sex. A code already used by one of Lantern's indicators is refused beside the
// field, in Vietnamese; the indicator is listed, reaches the analyst's dashboard, is renamed and retired.
// Then the screen in Arabic on a 360-px phone: right to left, nothing running off the side.
const app = useDemoApp();

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function fillNamesAndDefinitions(page: Page, name: string) {
  await page.getByTestId('indicator-name-vi').fill(name);
  await page.getByTestId('indicator-name-en').fill('Cases recruited online');
  await page.getByTestId('indicator-name-ar').fill('الحالات التي جُنّدت عبر الإنترنت');
  await page.getByTestId('indicator-definition-vi').fill('Số hồ sơ có nạn nhân bị tuyển mộ qua mạng.');
  await page.getByTestId('indicator-definition-en').fill('Cases whose victim was recruited online.');
  await page.getByTestId('indicator-definition-ar').fill('الحالات التي جُنّد ضحاياها عبر الإنترنت.');
}

describe("administrators' own indicators", () => {
  it('the administrator composes a count by province and sex, renames it and retires it', async () => {
    const page = await app.signedInPage('admin', { viewport: { width: 1280, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.getByRole('link', { name: 'Chỉ số riêng' }).first().click();
    await page.getByRole('heading', { name: 'Chỉ số riêng của hệ thống', level: 1 }).waitFor();
    await page.getByText('Các chỉ số có sẵn của Lantern', { exact: false }).waitFor();
    await page.getByText('Chưa có chỉ số riêng nào.', { exact: false }).waitFor();

    await page.getByTestId('indicator-new').click();
    // Nothing filled in: each empty field says so.
    await page.getByRole('button', { name: 'Lưu chỉ số' }).click();
    expect(await page.getByText('Hãy điền mục này.').count()).toBe(7);

    // A code Lantern's own catalogue already uses: the server's refusal stands under the code, in Vietnamese.
    await page.getByTestId('indicator-code').fill('persons_received');
    await fillNamesAndDefinitions(page, 'Số hồ sơ bị tuyển mộ qua mạng');
    await page.getByTestId('indicator-kind').selectOption('count');
    await page.getByTestId('indicator-subject').selectOption('case');
    await page.getByTestId('indicator-where-add').click();
    await page.getByTestId('indicator-where-code').selectOption({ label: 'bị tuyển mộ qua mạng' });
    const dimensions = page.getByTestId('indicator-dimensions');
    await dimensions.getByLabel('Tỉnh, thành phố').check();
    await dimensions.getByLabel('Giới tính').check();
    // The unit follows from the calculation.
    await page.getByText('Đơn vị: số lượng').waitFor();
    await page.getByRole('button', { name: 'Lưu chỉ số' }).click();
    await page.getByText('Mã này đã được một chỉ số khác sử dụng', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByTestId('indicator-code').fill('cases_recruited_online');
    await page.getByRole('button', { name: 'Lưu chỉ số' }).click();
    await page.getByText('Đã thêm chỉ số.', { exact: false }).waitFor();
    const item = page.locator('[data-testid="own-indicator"][data-code="cases_recruited_online"]');
    await item.getByText('Số hồ sơ bị tuyển mộ qua mạng').waitFor();
    await item.getByText('Đếm · Hồ sơ · Tỉnh, thành phố, Giới tính').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'indicator-composer.png'), fullPage: true });

    // The analyst's dashboard lists it with the others.
    const analyst = await app.signedInPage('analyst', { viewport: { width: 1280, height: 900 } });
    await analyst.goto(`${app.baseUrl}/dashboard`);
    await analyst
      .locator('[data-testid="indicator-card"][data-indicator="cases_recruited_online"]')
      .getByText('Số hồ sơ bị tuyển mộ qua mạng')
      .waitFor();

    // Renamed: the code stays fixed, the new name is listed.
    await item.getByRole('button', { name: 'Sửa Số hồ sơ bị tuyển mộ qua mạng' }).click();
    expect(await page.getByTestId('indicator-code').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByTestId('indicator-where-code').inputValue()).toBe('recruited_online');
    await page.getByTestId('indicator-name-vi').fill('Hồ sơ tuyển mộ trực tuyến');
    await page.getByRole('button', { name: 'Lưu chỉ số' }).click();
    await page.getByText('Đã lưu thay đổi.').waitFor();
    await item.getByText('Hồ sơ tuyển mộ trực tuyến').waitFor();

    // Retired after a confirmation: it leaves the list.
    await item.getByRole('button', { name: 'Ngừng dùng Hồ sơ tuyển mộ trực tuyến' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ngừng dùng chỉ số này?' });
    await dialog.getByText('không bao giờ được dùng lại', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ngừng dùng' }).click();
    await page.getByText('Đã ngừng dùng chỉ số.').waitFor();
    await item.waitFor({ state: 'detached' });
    await page.getByText('Chưa có chỉ số riêng nào.', { exact: false }).waitFor();
    expect(errors).toEqual([]);
  });

  it('reads right to left in Arabic on a 360-px phone', async () => {
    const signedIn = await app.signedInPage('admin', {
      viewport: { width: 360, height: 780 },
      hasTouch: true,
    });
    const page = await signedIn.context().newPage();
    await page.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/admin/indicators`);
    await page.getByRole('heading', { name: 'المؤشرات الخاصة بهذا النظام', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'مؤشر جديد' }).click();
    await page.getByTestId('indicator-kind').selectOption('ratio');
    await page.getByTestId('indicator-numerator-add').click();
    await page.getByTestId('indicator-numerator-code').selectOption('verified_within_days');
    await page.getByTestId('indicator-numerator-number').waitFor();
    await page.getByRole('button', { name: 'حفظ المؤشر' }).click();
    await page.getByText('أدخل عددًا صحيحًا.').waitFor();
    // The server's refusal comes in Arabic too, beside the code.
    await page.getByTestId('indicator-numerator-number').fill('30');
    await page.getByTestId('indicator-code').fill('persons_received');
    await fillNamesAndDefinitions(page, 'Hồ sơ xác minh nhanh');
    await page.getByRole('button', { name: 'حفظ المؤشر' }).click();
    await page.getByText('هذا الرمز مستخدم', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'indicator-composer-phone-ar.png'),
      fullPage: true,
    });
    expect(errors).toEqual([]);
  });
});
