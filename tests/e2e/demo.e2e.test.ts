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

// The demo `npm start` makes: the documented accounts in a synthetic country with a caseload that looks
// like real work (Vietnamese names, cases at every stage, deadlines met and missed), never "Test User 1".
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo'] });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the demo caseload', () => {
  it('gives the Lào Cai case worker a list of synthetic cases to work on, clearly marked as a demo', async () => {
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('lan.nguyen');
    await page.locator('input[name="password"]').fill('demo-lantern-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('greeting').waitFor();

    await page.goto(`${server.baseUrl}/cases`);
    const rows = page.getByTestId('case-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    const count = Number((await page.getByText(/^Số hồ sơ: \d+$/).textContent())?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(10);
    // Names as Vietnamese people write them, on the centre's own cases of the Lào Cai sequence. (Cases other
    // agencies referred to the centre are listed too, under their own code, named only if the sender shared it.)
    const name =
      /(Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Trịnh|Trương|Lò|Hà|Mai|Cao|Lương|Vi|Sùng|Giàng|Thào|Lầu) /;
    const own = rows
      .filter({ hasText: /LT-15-20\d{2}-\d{6}/ })
      .filter({ hasText: name })
      .first();
    await own.waitFor();
    expect(
      await page.getByRole('status').filter({ hasText: 'DEMO — không có dữ liệu thật' }).isVisible(),
    ).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'demo-cases-vi.png'), fullPage: true });

    await own.getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    await page.getByText('Đăng ký hồ sơ').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'demo-case-timeline-vi.png'), fullPage: true });

    // More than a page of cases: the shared pager moves through them.
    await page.goto(`${server.baseUrl}/cases`);
    await page.getByText(/^Trang 1\/\d+$/).waitFor();
    await page.getByRole('button', { name: 'Trang sau' }).click();
    await page.getByText(/^Trang 2\/\d+$/).waitFor();
    expect(await page.getByTestId('case-row').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
