import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  screenshotDir,
  seriousAccessibilityViolations,
  watchConsoleErrors,
} from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { totp } from './support/totp';

// The demo accounts `lantern serve --demo` seeds into an empty database (documented in the README).
const ADMIN = { username: 'admin', password: 'demo-lantern-2026' };

const AGENCY = 'Trung tâm Công tác xã hội tỉnh Hà Tĩnh (thử nghiệm)';
const NEW_USER = {
  displayName: 'Phạm Thị Ngân',
  username: 'ngan.pham',
  password: 'mùa lúa chín vàng ở quê nhà',
};

let server: RunningServer;
let browser: Browser;
let admin: BrowserContext;
let adminPage: Page;
let adminErrors: string[];
let setupLink = '';
let recoveryCodes: string[] = [];

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo'] });
  browser = await launchChromium();
  admin = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  adminPage = await admin.newPage();
  adminErrors = watchConsoleErrors(adminPage);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string, password: string) {
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('accounts and two-step sign-in in Chromium', () => {
  it('lets the demo administrator sign in, with the demo banner on every page', async () => {
    await adminPage.goto(`${server.baseUrl}/sign-in`);
    const banner = adminPage.getByRole('status').filter({ hasText: 'DEMO — không có dữ liệu thật' });
    await banner.waitFor();
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);

    await signIn(adminPage, ADMIN.username, ADMIN.password);
    // Demo accounts skip two-step verification in demo mode only; the administrator lands on the home page.
    await adminPage.getByTestId('greeting').waitFor();
    expect(await adminPage.getByTestId('greeting').textContent()).toMatch(/^Xin chào, /);
    expect(await banner.isVisible()).toBe(true);
    // A system administrator manages agencies and users, and has no audit trail in the menu.
    const nav = adminPage.getByRole('navigation');
    await nav.getByRole('link', { name: 'Người dùng', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: 'Nhật ký hệ thống' }).count()).toBe(0);
  });

  it('creates an agency in a province of the 2025 list', async () => {
    await adminPage.getByRole('navigation').getByRole('link', { name: 'Cơ quan', exact: true }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Cơ quan' }).waitFor();
    await adminPage.getByRole('button', { name: 'Thêm cơ quan' }).click();

    const dialog = adminPage.getByRole('dialog', { name: 'Thêm cơ quan' });
    await dialog.getByLabel(/^Tên cơ quan/).fill(AGENCY);
    await dialog.getByLabel(/^Loại cơ quan/).selectOption('social_work_centre');
    // Typed without diacritics, as field officers do.
    await dialog.getByLabel('Tỉnh, thành phố').fill('ha tinh');
    // The place picker's list, not the parent-agency select (whose agencies' names also contain Hà Tĩnh).
    await adminPage
      .getByRole('listbox')
      .getByRole('option', { name: /Hà Tĩnh/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Thêm cơ quan' }).click();

    await adminPage.getByText(`Đã thêm cơ quan ${AGENCY}.`).waitFor();
    // Hundreds of agencies in the demo's synthetic country: the administrator finds the new one by name.
    await adminPage.getByLabel('Tìm cơ quan').fill('ha tinh (thu nghiem)');
    const row = adminPage.getByTestId('agencies-table').getByRole('row').filter({ hasText: AGENCY });
    await row.waitFor();
    expect(await row.textContent()).toContain('Trung tâm công tác xã hội');
    expect(await row.textContent()).toContain('Hà Tĩnh');
  });

  it('creates a user of that agency and shows the one-time password link', async () => {
    await adminPage.getByRole('navigation').getByRole('link', { name: 'Người dùng', exact: true }).click();
    await adminPage.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await adminPage.getByRole('button', { name: 'Thêm người dùng' }).click();

    const dialog = adminPage.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.getByLabel(/^Họ và tên/).fill(NEW_USER.displayName);
    await dialog.getByLabel(/^Tên đăng nhập/).fill(`  ${NEW_USER.username.toUpperCase()} `);
    await dialog.getByLabel(/^Cơ quan/).selectOption({ label: AGENCY });
    await dialog.getByLabel('Cán bộ quản lý trường hợp', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();

    const linkDialog = adminPage.getByRole('dialog', { name: 'Đã tạo tài khoản' });
    await linkDialog.waitFor();
    setupLink = await linkDialog.getByTestId('setup-link').inputValue();
    expect(setupLink).toMatch(new RegExp(`^${server.baseUrl}/set-password\\?token=.{20,}`));
    expect(await linkDialog.textContent()).toContain('Liên kết có hiệu lực 30 phút');
    await linkDialog.getByRole('button', { name: 'Xong' }).click();
    await linkDialog.waitFor({ state: 'hidden' });

    await adminPage.getByLabel('Tìm theo tên hoặc tên đăng nhập').fill(NEW_USER.username);
    const row = adminPage
      .getByTestId('users-table')
      .getByRole('row')
      // By the exact username: the display name is common, and synthetic staff share it.
      .filter({ has: adminPage.getByText(NEW_USER.username, { exact: true }) });
    await row.waitFor();
    // The username was tidied to lower case; the account waits for its owner to set up two-step verification.
    expect(await row.textContent()).toContain(NEW_USER.username);
    expect(await row.textContent()).toContain('Chưa thiết lập xác thực hai lớp');
    expect(await seriousAccessibilityViolations(adminPage)).toEqual([]);
    await adminPage.screenshot({ path: path.join(screenshotDir, 'admin-users-vi.png'), fullPage: true });
    expect(adminErrors).toEqual([]);
  });

  it('lets the new user set a password, enrol an authenticator on a phone and reach the home page', async () => {
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    const errors = watchConsoleErrors(page);

    await page.goto(setupLink);
    await page.getByRole('heading', { level: 1, name: 'Đặt mật khẩu' }).waitFor();
    await page.getByLabel(/^Mật khẩu mới/).fill('short');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('short');
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự').waitFor();
    await page.getByLabel(/^Mật khẩu mới/).fill(NEW_USER.password);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_USER.password);
    await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();

    await page.getByText('Đã đặt mật khẩu.').waitFor();
    await signIn(page, NEW_USER.username, NEW_USER.password);

    await page.getByRole('heading', { level: 1, name: 'Bật xác thực hai lớp' }).waitFor();
    const secretBox = page.getByTestId('totp-secret');
    await secretBox.waitFor();
    await page.getByRole('img', { name: /Mã QR/ }).waitFor();
    const shownSecret = (await secretBox.textContent()) ?? '';
    expect(shownSecret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    // A mobile browser widens the layout to fit what overflows, so the page is measured against the phone's 360 px.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > 360);
    expect(overflow).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'mfa-enrol-phone-vi.png'), fullPage: true });

    await page.getByLabel('Mã xác thực').fill(totp(shownSecret));
    await page.getByRole('button', { name: 'Xác nhận' }).click();

    await page.getByRole('heading', { level: 1, name: 'Lưu mã khôi phục' }).waitFor();
    recoveryCodes = (await page.getByTestId('recovery-codes').getByRole('listitem').allTextContents()).map(
      (code) => code.trim(),
    );
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const continueButton = page.getByRole('button', { name: 'Tiếp tục' });
    expect(await continueButton.isDisabled()).toBe(true);
    await page.getByLabel('Tôi đã lưu các mã khôi phục ở nơi an toàn').check();
    await continueButton.click();

    await page.getByRole('heading', { level: 1, name: `Xin chào, ${NEW_USER.displayName}` }).waitFor();
    expect(await page.getByText(`Bạn đang làm việc tại ${AGENCY}.`).count()).toBe(1);
    // A case worker's menu has their account, and no administration.
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Tài khoản của tôi' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Người dùng', exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Cơ quan', exact: true }).count()).toBe(0);
    expect(errors).toEqual([]);
    await phone.close();
  });

  it('signs the user back in with a recovery code when the phone is not at hand', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, NEW_USER.username, NEW_USER.password);

    await page.getByRole('heading', { level: 1, name: 'Nhập mã xác thực' }).waitFor();
    await page.getByRole('button', { name: 'Không có điện thoại? Dùng mã khôi phục' }).click();
    const field = page.getByLabel('Mã khôi phục');
    // The keyboard lands in the recovery-code field.
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    await field.fill('sai-ma-0000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Mã không đúng hoặc đã được dùng').waitFor();
    expect(await field.inputValue()).toBe('sai-ma-0000');

    await field.fill(recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByRole('heading', { level: 1, name: `Xin chào, ${NEW_USER.displayName}` }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.getByText('Bạn đã đăng xuất.').waitFor();
    await page.goto(`${server.baseUrl}/account`);
    // Signed out, a private page sends the visitor to sign in and back afterwards.
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/account');
    await context.close();
  });

  it('shows the administrator that the user has set up two-step verification', async () => {
    await adminPage.reload();
    await adminPage.getByLabel('Tìm theo tên hoặc tên đăng nhập').fill(NEW_USER.username);
    const row = adminPage
      .getByTestId('users-table')
      .getByRole('row')
      // By the exact username: the display name is common, and synthetic staff share it.
      .filter({ has: adminPage.getByText(NEW_USER.username, { exact: true }) });
    await row.getByText('Đã bật xác thực hai lớp').waitFor();
    await row.getByRole('link', { name: NEW_USER.displayName }).click();
    await adminPage.getByRole('heading', { level: 1, name: NEW_USER.displayName }).waitFor();
    await adminPage.getByRole('button', { name: 'Kết thúc mọi phiên đăng nhập' }).click();
    const confirm = adminPage.getByRole('dialog', {
      name: `Kết thúc mọi phiên đăng nhập của ${NEW_USER.displayName}?`,
    });
    await confirm.getByRole('button', { name: 'Kết thúc mọi phiên đăng nhập' }).click();
    await adminPage.getByText('Đã kết thúc mọi phiên đăng nhập.').waitFor();
    expect(adminErrors).toEqual([]);
  });

  it('carries on in a tab whose session was renewed in another tab, adding an office', async () => {
    // Signing in again elsewhere rotates the session cookie; this tab still holds the old anti-forgery token.
    const session = await (await admin.request.get(`${server.baseUrl}/api/auth/session`)).json();
    const renewed = await admin.request.post(`${server.baseUrl}/api/auth/sign-in`, {
      headers: { 'X-CSRF-Token': session.csrfToken },
      data: ADMIN,
    });
    expect(renewed.status()).toBe(200);

    await adminPage.getByRole('navigation').getByRole('link', { name: 'Cơ quan', exact: true }).click();
    await adminPage.getByLabel('Tìm cơ quan').fill('thu nghiem');
    const row = adminPage.getByTestId('agencies-table').getByRole('row').filter({ hasText: AGENCY });
    await row.getByRole('button', { name: 'Bộ phận' }).click();
    const dialog = adminPage.getByRole('dialog', { name: `Bộ phận của ${AGENCY}` });
    await dialog.getByText('Cơ quan này chưa có bộ phận nào.').waitFor();
    const officeAnswers: number[] = [];
    adminPage.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().endsWith('/offices')) {
        officeAnswers.push(response.status());
      }
    });
    await dialog.getByLabel('Tên bộ phận mới').fill('Bàn tiếp nhận');
    await dialog.getByRole('button', { name: 'Thêm bộ phận' }).click();
    await dialog.getByTestId('offices-list').getByText('Bàn tiếp nhận').waitFor();
    // The stale token was refused once, renewed and the request sent again, without bothering the user.
    expect(officeAnswers).toEqual([403, 201]);
    expect(await dialog.getByRole('alert').count()).toBe(0);
    expect(adminErrors).toEqual([]);
  });

  it("gives the auditor the account's history, from creation to its first sign-in", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/sign-in`);
    await signIn(page, 'auditor', ADMIN.password);
    await page.getByTestId('greeting').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();

    const created = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'admin.user.create' });
    await created.first().waitFor();
    // From the event to the record's whole history ("who saw or changed this account").
    await created
      .first()
      .getByRole('button', { name: /^[0-9a-f-]{36}$/ })
      .click();
    await page
      .getByRole('heading', { level: 1, name: /^Lịch sử của bản ghi: Tài khoản người dùng/ })
      .waitFor();
    const history = page.getByTestId('audit-table');
    for (const action of [
      'admin.user.create',
      'auth.password_setup',
      'auth.mfa_enrolment_confirm',
      'admin.user.sessions_revoke',
    ]) {
      await history.getByRole('row').filter({ hasText: action }).first().waitFor();
    }
    expect(new URL(page.url()).searchParams.get('resourceType')).toBe('user');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
