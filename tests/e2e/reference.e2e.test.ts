import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  screenshotDir,
  seriousAccessibilityViolations,
  watchConsoleErrors,
} from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPage(viewport: { width: number; height: number }, mobile = false) {
  const context = await browser.newContext({ viewport, isMobile: mobile, hasTouch: mobile });
  const page = await context.newPage();
  const consoleErrors = watchConsoleErrors(page);
  await page.goto(`${server.baseUrl}/reference`);
  await page.getByRole('heading', { level: 1, name: 'Dữ liệu tham chiếu' }).waitFor();
  return { page, consoleErrors, close: () => context.close() };
}

/** Types into a searchable list, as a user would, and picks the option with exactly this name. */
async function choose(page: Page, field: string, typed: string, option: string) {
  const input = page.getByRole('combobox', { name: field, exact: true });
  await input.click();
  await input.fill('');
  await input.pressSequentially(typed, { delay: 20 });
  await page.getByRole('option', { name: option, exact: true }).click();
  expect(await input.inputValue()).toBe(option);
}

describe('reference data in Chromium', () => {
  it('finds a province without diacritics, and shows where a 2022 place lies today', async () => {
    const { page, consoleErrors, close } = await openPage({ width: 1280, height: 900 });
    await page.getByText('Đơn vị hành chính hiện hành (từ 01/07/2025)').waitFor();

    await choose(page, 'Tỉnh, thành phố', 'ha tinh', 'Tỉnh Hà Tĩnh');
    await choose(page, 'Xã, phường, đặc khu', 'thanh sen', 'Phường Thành Sen');
    await page.getByText('Đã chọn: Phường Thành Sen, Tỉnh Hà Tĩnh').waitFor();
    // The current units have no district level.
    expect(await page.getByRole('combobox', { name: 'Quận, huyện, thị xã' }).count()).toBe(0);

    // A date before 1 July 2025 brings back the 63 provinces and their districts, and clears the choice.
    const date = page.getByRole('textbox', { name: 'Ngày' });
    await date.fill('15/03/2022');
    await page.getByText('Đơn vị hành chính trước ngày 01/07/2025').waitFor();
    expect(await page.getByRole('combobox', { name: 'Tỉnh, thành phố' }).inputValue()).toBe('');

    await choose(page, 'Tỉnh, thành phố', 'hai duong', 'Tỉnh Hải Dương');
    const today = page.getByTestId('location-today');
    await today.getByText('Nay thuộc Thành phố Hải Phòng').waitFor();

    await choose(page, 'Quận, huyện, thị xã', 'thanh pho hai duong', 'Thành phố Hải Dương');
    await choose(page, 'Xã, phường, thị trấn', 'cam thuong', 'Phường Cẩm Thượng');
    await today.getByText('Phường Thành Đông — Nhập toàn bộ').waitFor();
    await today.getByText('Nay thuộc Thành phố Hải Phòng').waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reference-2022-vi.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('says how to fix a date that does not exist, and keeps what was typed', async () => {
    const { page, close } = await openPage({ width: 1280, height: 900 });
    const date = page.getByRole('textbox', { name: 'Ngày' });
    await date.fill('30/02/2022');
    await date.blur();
    await page.getByText('Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2022.').waitFor();
    expect(await date.inputValue()).toBe('30/02/2022');
    expect(await date.getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: 'Hôm nay' }).click();
    expect(await page.getByText('Ngày không hợp lệ', { exact: false }).count()).toBe(0);
    await close();
  });

  it('browses a code list in the chosen language, telling HTCDS codes from Viet Nam additions', async () => {
    const { page, consoleErrors, close } = await openPage({ width: 1280, height: 900 });
    await choose(page, 'Danh mục', 'trang mang', 'Trang mạng và ứng dụng');
    const zalo = page.getByTestId('vocabulary-code').filter({ hasText: 'vn.Zalo' });
    await zalo.getByText('Bổ sung của Việt Nam').waitFor();
    await zalo.getByText('Khi xuất theo HTCDS: Other').waitFor();
    const telegram = page.getByTestId('vocabulary-code').filter({ hasText: 'Telegram' }).first();
    await telegram.getByText('HTCDS', { exact: true }).waitFor();

    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Reference data' }).waitFor();
    await zalo.getByText('Viet Nam addition').waitFor();
    await zalo.getByText('In HTCDS exports: Other').waitFor();
    expect(await page.getByRole('combobox', { name: 'Code list' }).inputValue()).toBe('Websites and apps');

    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'البيانات المرجعية' }).waitFor();
    await zalo.getByText('إضافة فيتنامية').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // Arabic readers see the provinces in Arabic script, and still find one by typing its Vietnamese name.
    const province = page.getByRole('combobox', { name: 'المقاطعة أو المدينة' });
    await province.click();
    await province.pressSequentially('ha tinh', { delay: 20 });
    await page.getByRole('option', { name: /مقاطعة ها تينه/ }).waitFor();
    await page.keyboard.press('Enter');
    expect(await province.inputValue()).toBe('مقاطعة ها تينه');

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reference-ar-rtl.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('works on a 360-pixel phone with touch targets of at least 44 pixels', async () => {
    const { page, consoleErrors, close } = await openPage({ width: 360, height: 740 }, true);
    const province = page.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await province.click();
    await province.pressSequentially('ha', { delay: 20 });
    const option = page.getByRole('option', { name: 'Tỉnh Hà Tĩnh', exact: true });
    await option.waitFor();
    expect((await option.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: path.join(screenshotDir, 'reference-phone-open-vi.png') });
    await option.click();
    for (const field of ['Tỉnh, thành phố', 'Xã, phường, đặc khu']) {
      const box = await page.getByRole('combobox', { name: field }).boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    expect((await page.getByRole('textbox', { name: 'Ngày' }).boundingBox())?.height).toBeGreaterThanOrEqual(
      44,
    );

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reference-phone-vi.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it('is reached from the menu and served as a known page', async () => {
    const response = await fetch(`${server.baseUrl}/reference`);
    expect(response.status).toBe(200);
    const { page, close } = await openPage({ width: 1280, height: 800 });
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'Dữ liệu tham chiếu' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dữ liệu tham chiếu' }).waitFor();
    await close();
  });
});
