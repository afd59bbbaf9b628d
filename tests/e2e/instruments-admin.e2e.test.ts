import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, screenshotDir, seriousAccessibilityViolations } from './support/browser';
import { type RunningServer, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo'] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it('an administrator records that the ILO–EC grades were checked against the brochure', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.locator('input[name="password"]').fill('demo-lantern-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();

  await page.getByRole('link', { name: 'Công cụ sàng lọc' }).click();
  const row = page.getByRole('row', { name: /ilo-ec-labour/ });
  await row.getByText('Nguồn thứ cấp — chưa được đối chiếu').waitFor();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await row.getByRole('button', { name: 'Ghi nhận đã đối chiếu' }).click();
  await page.getByLabel('Ghi chú đối chiếu').fill('Đối chiếu từng mức độ với ILO WCMS_105023, trang 2–3.');
  await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
  await row.getByText(/Đã đối chiếu ngày/).waitFor();
  expect(await row.getByRole('button', { name: 'Ghi nhận đã đối chiếu' }).count()).toBe(0);
  await page.screenshot({ path: path.join(screenshotDir, 'instruments-admin-vi.png'), fullPage: true });
  await context.close();
}, 60_000);
