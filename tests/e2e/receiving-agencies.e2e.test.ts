import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { LAO_CAI_CENTRE, screenPossibleVictimInLaoCai, signIn, useDemoApp } from './support/session';

// The demo's system administrator sends Lào Cai's screenings to the province's women's union one-stop office
// instead of its social work centre; a commune police screener in Lào Cai is then offered that office; clearing
// the setting brings the centre back.
const ADMIN = 'admin';
const SCREENER = 'hoa.le';
const ONE_STOP = 'Văn phòng hỗ trợ một cửa — Hội LHPN tỉnh Lào Cai';
const LAO_CAI = 'Tỉnh Lào Cai';

const app = useDemoApp();
let adminContext: BrowserContext;
let screenerContext: BrowserContext;

beforeAll(async () => {
  adminContext = await app.newContext({ viewport: { width: 1280, height: 900 } });
  screenerContext = await app.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
});

describe('where each province’s screenings go', () => {
  let admin: Page;

  it('the system administrator sets Lào Cai’s receiving agency and sees it in the table', async () => {
    admin = await adminContext.newPage();
    const errors = watchConsoleErrors(admin);
    await signIn(admin, app.baseUrl, ADMIN);
    await admin.getByRole('link', { name: 'Đặt nơi nhận' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Nơi nhận phiếu sàng lọc của các tỉnh' }).waitFor();
    const table = admin.getByTestId('receiving-agencies-table');
    await table.locator('tbody tr').nth(33).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(34);
    const laoCai = admin.getByTestId('receiving-agency-15');
    await laoCai.getByText('Chưa đặt', { exact: true }).waitFor();
    await laoCai.getByText(`Phiếu được gửi đến ${LAO_CAI_CENTRE}`).waitFor();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);

    await admin.getByRole('button', { name: `Thay đổi nơi nhận của ${LAO_CAI}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Nơi nhận phiếu sàng lọc — ${LAO_CAI}` });
    await dialog.getByText(`Hiện chưa đặt; phiếu được gửi đến ${LAO_CAI_CENTRE}.`).waitFor();
    // Saving without an agency says what is missing, next to the field.
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await dialog.getByText('Hãy chọn cơ quan tiếp nhận.').waitFor();
    await dialog.getByTestId('receiving-agency-select').fill('hoi lhpn');
    await admin.getByRole('option', { name: new RegExp(ONE_STOP) }).click();
    expect(await seriousAccessibilityViolations(admin)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();

    await admin.getByText(`${LAO_CAI}: phiếu sàng lọc từ nay được gửi đến ${ONE_STOP}.`).waitFor();
    await laoCai.getByText('Đã đặt', { exact: true }).waitFor();
    await laoCai.getByText(ONE_STOP, { exact: true }).waitFor();
    await admin.getByTestId('receiving-agencies-summary').getByText('cho 1/34 tỉnh').waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('a screener in Lào Cai is offered the office that was set', async () => {
    const page = await screenerContext.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, app.baseUrl, SCREENER);
    const screeningId = await screenPossibleVictimInLaoCai(page, app.baseUrl);
    const proposed = await page.request.get(`${app.baseUrl}/api/screenings/${screeningId}/recipient`);
    expect(await proposed.json()).toMatchObject({ source: 'configured', agency: { name: ONE_STOP } });
    await page.goto(`${app.baseUrl}/screenings/${screeningId}`);
    await page.getByTestId('handoff-send').click();
    await page.getByTestId('handoff-proposed').getByText(ONE_STOP, { exact: false }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('clearing the setting sends Lào Cai’s screenings to its social work centre again', async () => {
    const errors = watchConsoleErrors(admin);
    await admin.getByRole('button', { name: `Thay đổi nơi nhận của ${LAO_CAI}` }).click();
    const dialog = admin.getByRole('dialog', { name: `Nơi nhận phiếu sàng lọc — ${LAO_CAI}` });
    await dialog.getByText(`Hiện tại: ${ONE_STOP}.`).waitFor();
    await dialog.getByText(`Nếu bỏ, phiếu được gửi đến ${LAO_CAI_CENTRE}.`).waitFor();
    await dialog.getByTestId('receiving-clear').click();
    await admin.getByText(`${LAO_CAI}: đã bỏ cơ quan đã đặt.`).waitFor();
    const laoCai = admin.getByTestId('receiving-agency-15');
    await laoCai.getByText('Chưa đặt', { exact: true }).waitFor();
    await laoCai.getByText(`Phiếu được gửi đến ${LAO_CAI_CENTRE}`).waitFor();
    expect(errors).toEqual([]);
  }, 60_000);
});
