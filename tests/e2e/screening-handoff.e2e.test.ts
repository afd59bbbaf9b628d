import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import {
  LAO_CAI_CENTRE as CENTRE,
  postCreated,
  screenPossibleVictimInLaoCai,
  signIn,
  useDemoApp,
} from './support/session';

// A commune police screener in the demo's Lào Cai finds a possible victim and sends the anonymous screening
// on; the province's social work centre (the default receiving agency) registers a case from it.
const SCREENER = 'hoa.le';
const CENTRE_WORKER = 'lan.nguyen';

const app = useDemoApp();
let screenerContext: BrowserContext;
let centreContext: BrowserContext;

beforeAll(async () => {
  screenerContext = await app.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  centreContext = await app.newContext({ viewport: { width: 1280, height: 900 } });
});

describe('screening hand-off', () => {
  let screeningId = '';

  it('the screener sends a possible victim’s screening to the province’s social work centre', async () => {
    const page = await screenerContext.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, app.baseUrl, SCREENER);
    screeningId = await screenPossibleVictimInLaoCai(page, app.baseUrl);
    await page.goto(`${app.baseUrl}/screenings/${screeningId}`);
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
    await signIn(page, app.baseUrl, CENTRE_WORKER);
    await page.goto(`${app.baseUrl}/referrals?kind=screening`);
    await page.getByRole('link', { name: 'Phiếu sàng lọc' }).first().click();
    await page.getByTestId('handoff-open-screening').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const referralUrl = page.url();
    await page.getByTestId('handoff-register').click();
    await page.waitForURL(/\/cases\/new\?screening=[0-9a-f-]{36}&referral=[0-9a-f-]{36}$/);
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

  it('a later screening of the same person is attached to the case the search finds, not a second case', async () => {
    const screener = await screenerContext.newPage();
    const again = await screenPossibleVictimInLaoCai(screener, app.baseUrl);
    await postCreated(screener, app.baseUrl, `/api/screenings/${again}/referrals`, {
      consent: { givenBy: 'person', method: 'verbal', at: new Date().toISOString() },
    });
    await screener.close();

    const page = await centreContext.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/referrals?kind=screening`);
    await page.getByRole('link', { name: 'Phiếu sàng lọc' }).first().click();
    await page.getByTestId('handoff-open-screening').waitFor();
    const referralUrl = page.url();
    await page.getByTestId('handoff-register').click();
    await page.waitForURL((url) => url.searchParams.get('screening') === again);
    await page.getByTestId('register-name').fill('Sung Thi Do');
    await page.getByTestId('register-dob').fill('09/05/2003');
    await page.getByTestId('register-search').click();
    const candidate = page.getByTestId('register-candidate').first();
    await candidate.getByTestId('candidate-attach-screening').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await candidate.getByTestId('candidate-attach-screening').click();
    // The case's timeline shows the screening joined it, and the hand-off is done.
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\?tab=timeline$/);
    await page
      .locator('[data-kind="screening.attached"]')
      .getByText('Gắn phiếu sàng lọc được gửi đến')
      .waitFor();
    await page.goto(referralUrl);
    await page.getByText('Đã gắn phiếu sàng lọc này vào một hồ sơ có sẵn.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
