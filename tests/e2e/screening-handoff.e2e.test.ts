import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { type RunningServer, startServer } from './support/server';

// A commune police screener in the demo's Lào Cai finds a possible victim and sends the anonymous screening
// on; the province's social work centre (the default receiving agency) registers a case from it.
const SCREENER = 'hoa.le';
const CENTRE_WORKER = 'lan.nguyen';
const PASSWORD = 'demo-lantern-2026';
const CENTRE = 'Trung tâm Công tác xã hội tỉnh Lào Cai';

let server: RunningServer;
let browser: Browser;
let screenerContext: BrowserContext;
let centreContext: BrowserContext;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
  screenerContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  centreContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await screenerContext?.close();
  await centreContext?.close();
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page, username: string) {
  await page.goto(`${server.baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();
}

/** A possible-victim screening stored through the API (the screening screens have their own test). */
async function screenPossibleVictim(page: Page): Promise<string> {
  const session = await page.request.get(`${server.baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const stored = await page.request.post(`${server.baseUrl}/api/screenings`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      screenedAt: new Date().toISOString(),
      consentToInterview: true,
      interviewLanguage: 'vie',
      interpreterUsed: false,
      provinceCode: '15',
      responses: [
        {
          instrumentId: 'act-means-purpose',
          instrumentVersion: 1,
          answers: {
            'age-group': 'adult',
            'offered-or-arranged': 'yes',
            'recruitment-method': ['through-online-social-networks'],
            'recruitment-platforms': ['vn-zalo'],
            movement: ['transported', 'handed-over'],
            'control-methods': ['false-promises', 'withholds-documents', 'physical-abuse'],
            'exploitation-types': ['vn-forced-online-scam'],
            'safe-place-tonight': 'no',
          },
        },
      ],
    },
  });
  expect(stored.status(), await stored.text()).toBe(201);
  const body = (await stored.json()) as { id: string; outcome: string };
  expect(body.outcome).toBe('possible-victim');
  return body.id;
}

describe('screening hand-off', () => {
  let screeningId = '';

  it('the screener sends a possible victim’s screening to the province’s social work centre', async () => {
    const page = await screenerContext.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, SCREENER);
    screeningId = await screenPossibleVictim(page);
    await page.goto(`${server.baseUrl}/screenings/${screeningId}`);
    await page.getByTestId('handoff-send').click();
    await page.getByTestId('handoff-proposed').getByText(CENTRE, { exact: false }).waitFor();
    // Without the person's consent nothing is sent.
    await page.getByRole('button', { name: 'Gửi phiếu', exact: true }).click();
    await page.getByText('Cần có sự đồng ý của người này trước khi gửi.').waitFor();
    await page.getByTestId('handoff-consent').check();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Gửi phiếu', exact: true }).click();
    await page.getByTestId('handoff-sent').getByText(CENTRE, { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('the centre’s case worker finds it among the screenings to act on and registers a case from it', async () => {
    const page = await centreContext.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, CENTRE_WORKER);
    await page.goto(`${server.baseUrl}/referrals?kind=screening`);
    await page.getByRole('link', { name: 'Phiếu sàng lọc' }).first().click();
    await page.getByTestId('handoff-open-screening').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const referralUrl = page.url();
    await page.getByTestId('handoff-register').click();
    await page.waitForURL(/\/cases\/new\?screening=[0-9a-f-]{36}$/);
    expect(page.url()).toContain(screeningId);
    await page.getByTestId('register-from-screening').getByText('Đăng ký từ lần sàng lọc lúc').waitFor();

    await page.getByRole('heading', { level: 2, name: 'Tìm trước khi đăng ký' }).waitFor();
    await page.getByTestId('register-name').fill('Sùng Thị Dợ');
    await page.getByTestId('register-dob').fill('09/05/2003');
    await page.getByTestId('register-search').click();
    await page.getByTestId('register-results').waitFor();
    await page.getByTestId('register-continue').click();
    const next = async (step: string) => {
      await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
    };
    await page.getByRole('heading', { level: 2, name: 'Nhân thân và thông tin chung' }).waitFor();
    await next('Thông tin về việc bị mua bán');
    await page.getByTestId('details-prefilled').waitFor();
    await next('Sự đồng ý');
    await page.getByRole('radio', { name: 'Ký vào mẫu đồng ý' }).check();
    await page.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

    // The hand-off is done: the referral says a case was registered from it.
    await page.goto(referralUrl);
    await page.getByText('Đã lập hồ sơ từ phiếu sàng lọc này.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
