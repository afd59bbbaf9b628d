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

// Issue #12 item 4 in the browser: an agency administrator asks, the agency's supervisor approves and receives
// the one-time link, and the case worker is told on her first page that her account was reset.
const DEMO_PASSWORD = 'demo-lantern-2026';
const WORKER = { username: 'lan.nguyen', name: 'Nguyễn Thị Lan', password: 'lúa chín vàng trên đồng quê' };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedInPage(username: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();
  return page;
}

let setupLink = '';

describe('a password reset takes two people (Chromium)', () => {
  it('lets the agency administrator only request it', async () => {
    const page = await signedInPage('swc.admin');
    const errors = watchConsoleErrors(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true }).click();
    await page.getByLabel('Tìm theo tên hoặc tên đăng nhập').fill(WORKER.username);
    const row = page
      .getByTestId('users-table')
      .getByRole('row')
      .filter({ has: page.getByText(WORKER.username, { exact: true }) });
    await row.getByRole('link', { name: WORKER.name }).click();
    await page.getByRole('heading', { level: 1, name: WORKER.name }).waitFor();
    expect(await page.getByRole('button', { name: 'Tạo liên kết đặt mật khẩu' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Đề nghị đặt lại mật khẩu' }).click();
    const confirm = page.getByRole('dialog', { name: `Đề nghị đặt lại mật khẩu cho ${WORKER.name}?` });
    await confirm.getByRole('button', { name: 'Đề nghị đặt lại mật khẩu' }).click();
    await page.getByText(/^Đã gửi đề nghị\./).waitFor();
    await page.getByTestId('reset-request').getByText('Đang chờ phê duyệt').waitFor();
    // No link anywhere on the requester's page.
    expect(await page.getByTestId('setup-link').count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'reset-requested-vi.png'), fullPage: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lets the agency supervisor approve it after confirming, and hands the link to the supervisor', async () => {
    const page = await signedInPage('minh.tran');
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/account`);
    const pending = page.getByTestId('pending-reset').filter({ hasText: `(${WORKER.username})` });
    await pending.waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'reset-pending-vi.png'), fullPage: true });
    await pending.getByRole('button', { name: 'Phê duyệt' }).click();
    const confirm = page.getByRole('dialog', { name: `Phê duyệt đặt lại tài khoản của ${WORKER.name}?` });
    await confirm.getByRole('button', { name: 'Phê duyệt' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Liên kết đặt mật khẩu mới' });
    setupLink = await linkDialog.getByTestId('setup-link').inputValue();
    expect(setupLink).toMatch(new RegExp(`^${server.baseUrl}/set-password\\?token=.{20,}`));
    await linkDialog.getByRole('button', { name: 'Xong' }).click();
    await page.getByText(`Đã đặt lại. ${WORKER.name} đã được thông báo.`).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('tells the case worker on her first page that her account was reset', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(setupLink);
    await page.getByLabel(/^Mật khẩu mới/).fill(WORKER.password);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(WORKER.password);
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.getByText('Đã đặt mật khẩu.').waitFor();
    await context.close();

    const home = await signedInPage(WORKER.username, WORKER.password);
    const notice = home.getByTestId('reset-notice');
    await notice.getByText('Tài khoản của bạn đã được đặt lại').waitFor();
    expect(await notice.textContent()).toContain('Trần Văn Minh');
    expect(await notice.textContent()).toContain('liên hệ ngay với giám sát viên');
    expect(await seriousAccessibilityViolations(home)).toEqual([]);
    await home.screenshot({ path: path.join(screenshotDir, 'reset-notice-vi.png'), fullPage: true });
    await notice.getByRole('button', { name: 'Tôi đã đọc' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
