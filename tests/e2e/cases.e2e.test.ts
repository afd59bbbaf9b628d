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

// A case worker of the demo social work centre (Lào Cai); demo accounts skip the second factor.
const CASE_WORKER = { username: 'lan.nguyen', password: 'demo-lantern-2026' };
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const POSSIBLE_VICTIM = 'Có thể là nạn nhân — chuyển cơ quan có thẩm quyền xác minh';
const CASE_CODE = /^[A-Z0-9]+(-[A-Z0-9]+)+$/;

let server: RunningServer;
let browser: Browser;
let tablet: BrowserContext;

beforeAll(async () => {
  // Without the demo's synthetic caseload: these tests follow two registrations of their own through
  // search-before-create and duplicate review, and count the candidates they expect.
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
  tablet = await browser.newContext(TABLET);
});
afterAll(async () => {
  await tablet?.close();
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(CASE_WORKER.username);
  await page.locator('input[name="password"]').fill(CASE_WORKER.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();
}

async function choose(page: Page, question: string | RegExp, answer: string) {
  await page
    .getByRole('radiogroup', { name: question })
    .getByRole('radio', { name: answer, exact: true })
    .click();
}

async function tick(page: Page, question: string, ...options: string[]) {
  const group = page.getByRole('group', { name: question });
  for (const option of options) await group.getByRole('checkbox', { name: option, exact: true }).click();
}

async function next(page: Page, expectedStep: string) {
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: expectedStep, exact: true }).waitFor();
}

/** The registration's first step: who the person is, then the search. */
async function searchFor(page: Page, name: string, dateOfBirth: string) {
  await page.getByRole('heading', { level: 2, name: 'Tìm trước khi đăng ký' }).waitFor();
  await page.getByTestId('register-name').fill(name);
  await page.getByTestId('register-dob').fill(dateOfBirth);
  await page.getByTestId('register-search').click();
  await page.getByTestId('register-results').waitFor();
}

/**
 * A screenshot of the whole page as a person would scroll through it: the window is made as tall as the
 * page, so the fixed header and the sticky action bar sit where they belong instead of across the content.
 */
async function wholePage(page: Page, file: string) {
  const size = page.viewportSize() ?? TABLET.viewport;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: path.join(screenshotDir, file) });
  await page.setViewportSize(size);
}

async function caseCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const response = await fetch('/api/cases?limit=100');
    return ((await response.json()) as { total: number }).total;
  });
}

describe('cases on a tablet in Chromium', () => {
  let caseCode = '';
  let casePath = '';

  it('registers a person from a positive screening, searching first, and opens the case', async () => {
    const page = await tablet.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page);

    // A short screening by the legal definition: an adult recruited online, deceived and kept, made to scam.
    await page.goto(`${server.baseUrl}/screenings/new`);
    await page.getByRole('heading', { level: 2, name: 'Trước khi bắt đầu' }).waitFor();
    await choose(page, 'Người này có đồng ý trả lời phỏng vấn không?', 'Đồng ý');
    await choose(page, /Có dùng phiên dịch không/, 'Không');
    await next(page, 'Tình hình hiện tại');
    await choose(page, 'Người này bao nhiêu tuổi?', 'Từ 18 tuổi trở lên');
    await next(page, 'Tuyển mộ và di chuyển (hành vi)');
    await choose(page, /Có ai đã mời làm việc/, 'Có');
    await tick(page, 'Người đó đã biết đến lời mời qua đâu?', 'Qua mạng xã hội');
    await tick(page, 'Sau đó, điều nào sau đây đã xảy ra với người này?', 'Được đưa đi, chở đi đến nơi khác');
    await next(page, 'Thủ đoạn khống chế (thủ đoạn)');
    await tick(
      page,
      'Người ta đã dùng cách nào để lừa, ép buộc hoặc giữ chân người này?',
      'Hứa hẹn gian dối',
      'Giữ giấy tờ tùy thân',
    );
    await next(page, 'Mục đích bóc lột (mục đích)');
    await tick(
      page,
      'Người này đã bị buộc làm gì, hoặc bị đưa đi để làm gì?',
      'Cưỡng ép tham gia lừa đảo trực tuyến',
    );
    await next(page, 'Xem lại và gửi');
    await page.getByRole('button', { name: 'Gửi kết quả' }).click();
    await page.getByTestId('screening-headline').getByRole('heading', { name: POSSIBLE_VICTIM }).waitFor();

    // From the result to the registration, with the screening's answers carried over.
    await page.getByTestId('register-case').click();
    await page.waitForURL(/\/cases\/new\?screening=[0-9a-f-]{36}$/);
    await page.getByTestId('register-from-screening').getByText('Đăng ký từ lần sàng lọc lúc').waitFor();

    // Step 1: search first; nobody is known yet.
    await searchFor(page, 'Nguyễn Thị Lan', '12/03/1998');
    await page.getByText('Không tìm thấy hồ sơ nào giống người này.', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByTestId('register-continue').click();

    // Step 2: the identity searched with is shown as protected, the profile apart.
    await page.getByRole('heading', { level: 2, name: 'Nhân thân và thông tin chung' }).waitFor();
    await page.getByText('Thông tin nhận dạng — được bảo vệ').first().waitFor();
    await page.getByText('12/03/1998', { exact: true }).waitFor();
    // Ethnicity from the statistics office's list, found by typing without diacritics.
    await page.getByTestId('profile-ethnicity').fill('mong');
    await page.getByRole('option', { name: 'Mông', exact: true }).click();
    await next(page, 'Thông tin về việc bị mua bán');

    // Step 3: pre-filled from the screening, through the screening intake route.
    await page.getByTestId('details-prefilled').waitFor();
    // The label appears once the list has loaded.
    await expect
      .poll(() => page.getByTestId('register-intake-route').inputValue(), { timeout: 15_000 })
      .toBe('Qua sàng lọc');
    for (const chosen of ['Cưỡng ép tham gia lừa đảo trực tuyến', 'Giữ giấy tờ tùy thân'])
      await page.getByText(chosen, { exact: true }).first().waitFor();
    await next(page, 'Sự đồng ý');

    // Step 4: services consent, on a signed form; going back and forth keeps everything typed.
    expect(await page.getByTestId('consent-services').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thông tin về việc bị mua bán' }).waitFor();
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByRole('button', { name: 'Sửa và tìm lại' }).click();
    expect(await page.getByTestId('register-name').inputValue()).toBe('Nguyễn Thị Lan');
    await page.getByTestId('register-continue').click();
    await next(page, 'Thông tin về việc bị mua bán');
    await next(page, 'Sự đồng ý');
    await page.getByRole('radio', { name: 'Ký vào mẫu đồng ý' }).check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();

    // The case page: code, state, deadline, the person's name for the owning agency.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    casePath = new URL(page.url()).pathname;
    caseCode = (await page.getByTestId('case-code').textContent()) ?? '';
    expect(caseCode).toMatch(CASE_CODE);
    expect(await page.getByTestId('case-state').textContent()).toBe('Mới tiếp nhận');
    expect(await page.getByTestId('case-name').textContent()).toBe('Nguyễn Thị Lan');
    await page.getByText('Còn 3 ngày để xác minh').first().waitFor();
    await page.getByRole('button', { name: 'Bắt đầu xác minh' }).waitFor();
    await page.getByRole('tab', { name: 'Người được hỗ trợ' }).click();
    await page.getByTestId('case-profile').getByText('Mông', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Việc bị mua bán' }).click();
    await page.getByTestId('case-details').getByText('Qua sàng lọc').waitFor();
    await page.getByRole('tab', { name: 'Tổng quan' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'case-page-tablet-vi.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('finds the person again typed without diacritics, and registers twice only when confirmed', async () => {
    const page = await tablet.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Hồ sơ trường hợp', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ trường hợp' }).waitFor();
    const row = page.getByTestId('case-row').filter({ hasText: caseCode });
    await row.getByText('Nguyễn Thị Lan').waitFor();
    await row.getByText('Mới tiếp nhận').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'cases-list-tablet-vi.png'), fullPage: true });

    // A second registration of the same person: the search shows the case, with its code.
    await page.getByRole('link', { name: 'Đăng ký hồ sơ mới' }).click();
    await searchFor(page, 'nguyen thi lan', '12/03/1998');
    const candidate = page.getByTestId('register-candidate');
    expect(await candidate.count()).toBe(1);
    expect(await candidate.getByTestId('candidate-code').textContent()).toBe(caseCode);
    await candidate.getByText('Rất có thể là cùng một người').waitFor();
    await candidate.getByText('Cùng ngày sinh', { exact: false }).waitFor();
    expect(await candidate.getByRole('link', { name: 'Mở hồ sơ (trong thẻ mới)' }).getAttribute('href')).toBe(
      casePath,
    );
    // Nothing goes further until the user says what the candidate is.
    expect(await page.getByTestId('register-continue').isDisabled()).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await wholePage(page, 'case-register-candidate-tablet-vi.png');
    expect(await caseCount(page)).toBe(1);

    // Confirmed as someone else: the registration goes through, with its own code.
    await candidate.getByTestId('candidate-someone-else').click();
    await candidate.getByText('Bạn đã xác nhận đây là một người khác.').waitFor();
    await page.getByTestId('register-continue').click();
    await next(page, 'Thông tin về việc bị mua bán');
    await page.getByTestId('register-intake-route').click();
    await page.getByRole('option', { name: 'Tự trình báo' }).click();
    await next(page, 'Sự đồng ý');
    await page.getByRole('radio', { name: 'Ký vào mẫu đồng ý' }).check();
    await page.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();
    await page.waitForURL((url) => /\/cases\/[0-9a-f-]{36}$/.test(url.pathname) && url.pathname !== casePath);
    const second = (await page.getByTestId('case-code').textContent()) ?? '';
    expect(second).toMatch(CASE_CODE);
    expect(second).not.toBe(caseCode);
    expect(await caseCount(page)).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('reads the case page in Arabic, right to left', async () => {
    const page = await tablet.newPage();
    await page.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await page.goto(`${server.baseUrl}${casePath}`);
    await page.getByTestId('case-code').waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('case-state').textContent()).not.toBe('Mới tiếp nhận');
    await page.getByRole('tab', { name: 'الشخص' }).click();
    await page.getByTestId('case-identity').getByText('Nguyễn Thị Lan').waitFor();
    await page.getByRole('tab', { name: 'ملخّص' }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'case-page-tablet-ar.png'), fullPage: true });
    await page.close();
  });

  it('lets a supervisor link the two registrations as the same person, and undo it', async () => {
    const supervisor = await browser.newContext(TABLET);
    const page = await supervisor.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill('minh.tran');
    await page.locator('input[name="password"]').fill('demo-lantern-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByTestId('greeting').waitFor();
    await page.goto(`${server.baseUrl}/cases`);
    await page.getByRole('link', { name: 'Hồ sơ có thể trùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ có thể trùng lặp' }).waitFor();

    // The scan finds lan.nguyen's two registrations of the same name and date of birth.
    await page.getByTestId('duplicates-check').click();
    await page.getByTestId('duplicates-scanned').getByText('Đã so sánh', { exact: false }).waitFor();
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Rất có thể là cùng một người' });
    await pair.first().waitFor();
    // Both records are the agency's own (the second typed without diacritics): names, births, case codes.
    await pair.first().getByText('Nguyễn Thị Lan', { exact: true }).waitFor();
    await pair.first().getByText('nguyen thi lan', { exact: true }).waitFor();
    expect(await pair.first().getByText('12/03/1998', { exact: true }).count()).toBe(2);
    expect(await pair.first().getByTestId('duplicate-case-link').count()).toBe(2);
    await pair.first().getByText('Cùng ngày sinh', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'duplicates-tablet-vi.png'), fullPage: true });

    // Merged after a confirmation, it moves to "same person"; undone, it is gone from there.
    await pair.first().getByRole('button', { name: 'Cùng một người — liên kết hai hồ sơ' }).click();
    const merge = page.getByRole('dialog', { name: 'Liên kết hai hồ sơ là cùng một người?' });
    await merge.getByRole('button', { name: 'Liên kết hai hồ sơ' }).click();
    await page.getByText('Hai hồ sơ đã được liên kết là cùng một người.').waitFor();
    await page.getByText('Cùng một người', { exact: true }).click();
    const merged = page.getByTestId('duplicate-pair').filter({ hasText: 'Đã liên kết là cùng một người' });
    await merged.first().waitFor();
    expect(await merged.getByTestId('duplicate-case-link').count()).toBe(2);
    await merged.getByRole('button', { name: 'Hoàn tác' }).click();
    const undo = page.getByRole('dialog', { name: 'Hoàn tác việc liên kết?' });
    await undo.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByText('Đã hoàn tác: cặp này trở lại danh sách cần xem xét.').waitFor();
    await page.getByTestId('duplicates-empty').waitFor();
    expect(errors).toEqual([]);
    await supervisor.close();
  }, 60_000);
});
