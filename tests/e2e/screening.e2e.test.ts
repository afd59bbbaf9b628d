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

// A border guard (frontline screener) of the demo installation; demo accounts skip the second factor.
const SCREENER = { username: 'duc.bien', password: 'demo-lantern-2026' };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const POSSIBLE_VICTIM = 'Có thể là nạn nhân — chuyển cơ quan có thẩm quyền xác minh';

let server: RunningServer;
let browser: Browser;
let phone: BrowserContext;

beforeAll(async () => {
  // Without the demo's synthetic screenings: the list assertions count this test's own.
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page) {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
  await page.getByLabel('Tên đăng nhập').fill(SCREENER.username);
  await page.locator('input[name="password"]').fill(SCREENER.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();
}

/** Answers a yes-no or single-choice question, found by its wording. */
async function choose(page: Page, question: string | RegExp, answer: string) {
  const radio = page
    .getByRole('radiogroup', { name: question })
    .getByRole('radio', { name: answer, exact: true });
  await radio.click();
  expect(await radio.getAttribute('aria-checked')).toBe('true');
}

/** Ticks options of a multiple-choice question, found by its wording. */
async function tick(page: Page, question: string, ...options: string[]) {
  const group = page.getByRole('group', { name: question });
  for (const option of options) {
    const box = group.getByRole('checkbox', { name: option, exact: true });
    await box.click();
    expect(await box.getAttribute('aria-checked')).toBe('true');
  }
}

async function next(page: Page, expectedStep: string) {
  await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: expectedStep, exact: true }).waitFor();
}

/** The "Before we start" step: consent, no interpreter, and the chosen extension if any. */
async function startScreening(page: Page, extension?: RegExp) {
  await page.getByRole('heading', { level: 2, name: 'Trước khi bắt đầu' }).waitFor();
  await choose(page, 'Người này có đồng ý trả lời phỏng vấn không?', 'Đồng ý');
  await choose(page, /Có dùng phiên dịch không/, 'Không');
  const language = page.getByLabel('Ngôn ngữ phỏng vấn');
  expect(await language.inputValue()).toBe('vie');
  expect((await language.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  if (extension) {
    await page.getByRole('checkbox', { name: extension }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }
  await next(page, 'Tình hình hiện tại');
}

describe('screening on a phone in Chromium', () => {
  it('screens a returnee from a scam compound, keeps the draft over a reload, and explains the result', async () => {
    phone = await browser.newContext(PHONE);
    const page = await phone.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page);

    // From the menu to a new screening.
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Sàng lọc', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sàng lọc' }).waitFor();
    await page.getByText('Chưa có lần sàng lọc nào.').waitFor();
    await page.getByRole('link', { name: 'Sàng lọc mới' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sàng lọc mới' }).waitFor();
    await startScreening(page, /Bổ sung: bị ép làm việc trong các cơ sở lừa đảo trực tuyến/);
    expect(await page.getByTestId('wizard-progress').textContent()).toBe('Bước 2/11');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await choose(page, 'Người này bao nhiêu tuổi?', 'Từ 18 tuổi trở lên');
    await choose(page, /đang gặp nguy hiểm/, 'Không');
    await choose(page, /bị thương, bị ốm/, 'Không rõ');
    await choose(page, /nơi ở an toàn/, 'Có');
    // Touch targets of at least 44 pixels, and nothing wider than the phone.
    const yes = page
      .getByRole('radiogroup', { name: /nơi ở an toàn/ })
      .getByRole('radio', { name: 'Có', exact: true });
    for (const target of [yes, page.getByRole('button', { name: 'Tiếp tục', exact: true })])
      expect((await target.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    await page.screenshot({ path: path.join(screenshotDir, 'screening-step-phone-vi.png'), fullPage: true });
    await next(page, 'Tuyển mộ và di chuyển (hành vi)');

    await choose(page, /Có ai đã mời làm việc/, 'Có');
    // The follow-up appears only after "yes".
    await tick(page, 'Người đó đã biết đến lời mời qua đâu?', 'Qua mạng xã hội');
    await tick(page, 'Qua ứng dụng hoặc trang mạng nào?', 'Telegram');
    await tick(
      page,
      'Sau đó, điều nào sau đây đã xảy ra với người này?',
      'Được đưa đi, chở đi đến nơi khác',
      'Bị giao lại, chuyển cho người khác',
    );

    // The draft survives a reload: same step, same answers.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Tuyển mộ và di chuyển (hành vi)' }).waitFor();
    await page.getByText('Đang tiếp tục lần sàng lọc chưa xong', { exact: false }).waitFor();
    const social = page
      .getByRole('group', { name: 'Người đó đã biết đến lời mời qua đâu?' })
      .getByRole('checkbox', { name: 'Qua mạng xã hội', exact: true });
    expect(await social.getAttribute('aria-checked')).toBe('true');
    // …and the list offers to continue it.
    await page.goto(`${server.baseUrl}/screenings`);
    await page.getByTestId('screening-draft').getByRole('link', { name: 'Tiếp tục sàng lọc' }).click();
    await page.getByRole('heading', { level: 2, name: 'Tuyển mộ và di chuyển (hành vi)' }).waitFor();
    await next(page, 'Thủ đoạn khống chế (thủ đoạn)');

    await tick(
      page,
      'Người ta đã dùng cách nào để lừa, ép buộc hoặc giữ chân người này?',
      'Hứa hẹn gian dối',
      'Giữ giấy tờ tùy thân',
      'Bạo hành thể chất',
    );
    await next(page, 'Mục đích bóc lột (mục đích)');
    await tick(
      page,
      'Người này đã bị buộc làm gì, hoặc bị đưa đi để làm gì?',
      'Cưỡng ép tham gia lừa đảo trực tuyến',
    );
    await next(page, 'Về người được phỏng vấn');

    // The age group is carried over from the first screen.
    const adult = page
      .getByRole('radiogroup', { name: 'Người này bao nhiêu tuổi?' })
      .getByRole('radio', { name: 'Từ 18 tuổi trở lên' });
    expect(await adult.getAttribute('aria-checked')).toBe('true');
    await page.getByText('Đã điền sẵn theo câu trả lời ở phần trước', { exact: false }).waitFor();
    await next(page, 'Tuyển dụng lừa dối qua mạng');
    await choose(page, /Được hứa làm việc văn phòng/, 'Có');
    await choose(page, /Lời mời hứa lương cao/, 'Có');
    await next(page, 'Bị buộc tham gia lừa đảo và điều kiện làm việc');
    await choose(page, /Bị buộc lừa người khác qua mạng/, 'Có');
    await choose(page, /Phải làm việc rất nhiều giờ/, 'Có');
    await next(page, 'Bị khống chế tại nơi đến');
    await choose(page, /Bị thu giữ hộ chiếu/, 'Có');
    await choose(page, /Không được tự do ra khỏi khu/, 'Có');
    await next(page, 'Tình trạng pháp lý');
    await next(page, 'Xem lại và gửi');
    expect(await page.getByTestId('wizard-progress').textContent()).toBe('Bước 11/11');
    await page.getByText('Qua mạng xã hội', { exact: true }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'screening-review-phone-vi.png'),
      fullPage: true,
    });

    await page.getByRole('button', { name: 'Gửi kết quả' }).click();
    const headline = page.getByTestId('screening-headline');
    await headline.getByRole('heading', { name: POSSIBLE_VICTIM }).waitFor();
    expect(page.url()).toMatch(/\/screenings\/[0-9a-f-]{36}$/);
    await headline
      .getByText('Đây là công cụ hỗ trợ quyết định, không phải kết luận pháp lý', { exact: false })
      .waitFor();

    const legal = page.locator('[data-instrument="act-means-purpose"]');
    for (const element of ['Hành vi', 'Thủ đoạn', 'Mục đích'])
      await legal.getByText(element, { exact: true }).waitFor();
    await legal.getByText('Qua mạng xã hội', { exact: true }).waitFor();
    await legal.getByText('Giữ giấy tờ tùy thân', { exact: true }).waitFor();
    const scam = page.locator('[data-instrument="vn-scam-compound"]');
    await scam.getByText('Bị khống chế tại nơi đến', { exact: true }).waitFor();
    await scam.getByText('Phần mở rộng của Việt Nam', { exact: true }).waitFor();
    // Needs: identity papers (passport taken) and psychological support; next steps include the referral.
    await page.getByText('Giấy tờ tùy thân', { exact: true }).waitFor();
    await page
      .getByText('Chuyển người này đến cơ quan có thẩm quyền để xác minh', { exact: false })
      .waitFor();

    expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)).toBe(false);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'screening-result-phone-vi.png'),
      fullPage: true,
    });
    // The draft is gone once sent.
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('screening'))),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('keeps a screening on the phone without a connection and sends it when the connection returns', async () => {
    const page = await phone.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/screenings/new`);
    await page.getByRole('heading', { level: 2, name: 'Trước khi bắt đầu' }).waitFor();

    // Declining stops the interview calmly, with nothing recorded.
    await page.getByRole('radio', { name: 'Không đồng ý', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Dừng phỏng vấn tại đây' }).waitFor();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('draft'))),
    ).toEqual([]);
    await page.getByRole('button', { name: 'Quay lại' }).click();

    await startScreening(page);
    await choose(page, 'Người này bao nhiêu tuổi?', 'Dưới 18 tuổi');
    await next(page, 'Tuyển mộ và di chuyển (hành vi)');
    await choose(page, /Có ai đã mời làm việc/, 'Có');
    await tick(page, 'Sau đó, điều nào sau đây đã xảy ra với người này?', 'Được đưa đi, chở đi đến nơi khác');
    await next(page, 'Thủ đoạn khống chế (thủ đoạn)');
    await tick(
      page,
      'Người ta đã dùng cách nào để lừa, ép buộc hoặc giữ chân người này?',
      'Không muốn trả lời',
    );
    await next(page, 'Mục đích bóc lột (mục đích)');
    await tick(page, 'Người này đã bị buộc làm gì, hoặc bị đưa đi để làm gì?', 'Lao động trẻ em');
    await next(page, 'Xem lại và gửi');

    await phone.setOffline(true);
    await page.getByRole('button', { name: 'Gửi kết quả' }).click();
    const queued = page.getByTestId('screening-queued');
    await queued.getByText('Đã lưu trên thiết bị này — sẽ tự gửi khi có kết nối trở lại.').waitFor();
    // The result worked out on the phone is shown meanwhile: a child needs no means.
    await page.getByTestId('screening-headline').getByRole('heading', { name: POSSIBLE_VICTIM }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('lantern.screening.outbox'))).toContain(
      'child-labour',
    );
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'screening-queued-phone-vi.png'),
      fullPage: true,
    });

    await phone.setOffline(false);
    await page.waitForURL(/\/screenings\/[0-9a-f-]{36}$/);
    await page.getByTestId('screening-headline').getByRole('heading', { name: POSSIBLE_VICTIM }).waitFor();
    await page.getByText('Trẻ em (dưới 18 tuổi, hoặc có thể dưới 18)', { exact: false }).first().waitFor();
    expect(await page.evaluate(() => localStorage.getItem('lantern.screening.outbox'))).toBeNull();

    await page.goto(`${server.baseUrl}/screenings`);
    await page.getByText('Số lần sàng lọc: 2').waitFor();
    expect(await page.getByTestId('screening-outbox').count()).toBe(0);
    expect(await page.getByTestId('screening-item').count()).toBe(2);
    await page.screenshot({ path: path.join(screenshotDir, 'screening-list-phone-vi.png'), fullPage: true });
    // The console may report the failed request made while offline; nothing else.
    expect(errors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('reads the result in Arabic, right to left, on a desktop screen', async () => {
    const desktop = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      storageState: await phone.storageState(),
    });
    const page = await desktop.newPage();
    await page.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await page.goto(`${server.baseUrl}/screenings?outcome=possible-victim`);
    await page.getByRole('heading', { level: 1, name: 'الفحوصات' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('screening-item').last().getByRole('link').click();
    await page.getByTestId('screening-headline').waitFor();
    await page
      .locator('[data-instrument="vn-scam-compound"]')
      .getByText('الإكراه في المجمّع', { exact: true })
      .waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'screening-result-desktop-ar.png'),
      fullPage: true,
    });
    await desktop.close();
    await phone.close();
  });
});
