import path from 'node:path';
import { translate } from '@lantern/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  launchChromium,
  screenshotDir,
  seriousAccessibilityViolations,
  watchConsoleErrors,
} from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});
beforeEach(async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  consoleErrors = watchConsoleErrors(page);
});

const documentDirection = () =>
  page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

describe('the web app in Chromium', () => {
  it('opens in Vietnamese, switches to Arabic with a right-to-left layout, and remembers the choice', async () => {
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Chào mừng đến với Lantern' }).waitFor();
    expect(await documentDirection()).toEqual(['vi', 'ltr']);

    await page.getByLabel('Ngôn ngữ').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'مرحبًا بك في Lantern' }).waitFor();
    expect(await documentDirection()).toEqual(['ar', 'rtl']);
    // Mirrored layout, not just mirrored text: the navigation sits on the right-hand side.
    const nav = await page.locator('nav').first().boundingBox();
    expect(nav?.x).toBeGreaterThan(640);
    await page.screenshot({ path: path.join(screenshotDir, 'home-ar-rtl.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'مرحبًا بك في Lantern' }).waitFor();
    expect(await documentDirection()).toEqual(['ar', 'rtl']);
    expect(consoleErrors).toEqual([]);
  });

  it('has no serious accessibility problems on the home and sign-in pages', async () => {
    await page.goto(server.baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('signs in through the API and shows its answer in the chosen language', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText('Please fill in this field.').count()).resolves.toBe(2);

    await page.getByLabel('Username').fill('officer.lan');
    await page.locator('input[name="password"]').fill('a long pass phrase');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    // No such account: the answer is the same one a wrong password gets.
    expect(await alert.textContent()).toBe(translate('en', 'errors.auth.invalid_credentials'));
    // Nothing typed is lost after a refused sign-in.
    expect(await page.getByLabel('Username').inputValue()).toBe('officer.lan');
    expect(consoleErrors).toEqual([]);
  });

  it('works on a 360-pixel phone: the menu folds behind a button', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const phonePage = await phone.newPage();
    await phonePage.goto(server.baseUrl);
    const menuButton = phonePage.getByRole('button', { name: 'Mở hoặc đóng menu' });
    await menuButton.waitFor();
    await menuButton.click();
    await phonePage.getByRole('link', { name: 'Tình trạng hệ thống' }).click();
    await phonePage.getByRole('heading', { level: 1, name: 'Tình trạng hệ thống' }).waitFor();
    await phonePage.getByText('Hoạt động bình thường').first().waitFor();
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    await phonePage.screenshot({ path: path.join(screenshotDir, 'status-phone-vi.png'), fullPage: true });
    await phone.close();
  });

  it('shows a not-found page for an unknown address', async () => {
    const response = await page.goto(`${server.baseUrl}/khong-co-trang-nay`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
  });

  it('serves browsable API documentation under the strict CSP', async () => {
    await page.goto(`${server.baseUrl}/api/docs`);
    await page.getByText('Lantern API').first().waitFor();
    await page.getByText('/readyz').first().waitFor();
    expect(consoleErrors.filter((e) => e.includes('Content Security Policy'))).toEqual([]);
  });
});
