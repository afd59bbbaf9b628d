import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// Issue #18's acceptance as one journey at the demo's Lào Cai social work centre: the case worker creates a
// support plan (naming the agency responsible for the allowance), requests an initial hardship allowance with a
// signed receipt as evidence, her supervisor approves it, she records the first follow-up assessment, and the
// reintegration score chart shows it.
const WORKER = 'lan.nguyen';
const SUPERVISOR = 'minh.tran';
const ALLOWANCE = 'Trợ cấp khó khăn ban đầu và hỗ trợ vay vốn';

const app = useDemoApp();

const dayOffset = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const typed = (isoDay: string) => isoDay.split('-').reverse().join('/');
// The smallest PDF the server's sniffing accepts: a receipt scanned to PDF.
const RECEIPT = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/** A victim who came home 45 days ago, her case received the day after. */
async function registerReturnedVictim(page: Page): Promise<{ id: string; code: string }> {
  const received = dayOffset(-44);
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Sùng Thị Pà', dateOfBirth: '2000-04-09' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: received,
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
      subjectCategory: 'vn.Victim',
      journey: { returnedOn: dayOffset(-45) },
    },
    consents: [
      {
        purpose: 'services',
        method: 'signed_form',
        language: 'vie',
        obtainedOn: received,
        givenBy: 'person',
      },
    ],
  });
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}
const answer = (page: Page, question: string, choice: string) =>
  page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice, exact: true }).click();

describe('support and reintegration, one journey', () => {
  it('plan → allowance asked with evidence → supervisor approves → follow-up assessed → chart shows it', async () => {
    const page = await app.signedInPage(WORKER, { viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchConsoleErrors(page);
    const kase = await registerReturnedVictim(page);

    // 1. The support plan, with the allowance planned and its responsible agency named (her own centre).
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=support`);
    await page.getByTestId('entitlements').waitFor();
    await pick(page, 'plan-type', 'Tài chính');
    await page.getByTestId('plan-objectives').fill('Ổn định cuộc sống trong ba tháng đầu sau khi trở về');
    await pick(page, 'plan-services', ALLOWANCE);
    await page.keyboard.press('Escape');
    const planned = page.getByTestId('planned-service');
    await planned.getByText(`Cho ${ALLOWANCE}`).waitFor();
    await planned.getByText('Cơ quan chịu trách nhiệm').waitFor();
    expect(await page.getByTestId('service-agency-0').inputValue()).not.toBe('');
    await page.getByTestId('plan-start').fill(typed(dayOffset(-40)));
    await page.getByRole('button', { name: 'Lập kế hoạch', exact: true }).click();
    const plan = page.getByTestId('support-plan');
    await plan.getByText('Đang thực hiện').waitFor();
    await plan.getByText(ALLOWANCE, { exact: false }).waitFor();

    // 2. The initial hardship allowance, with the signed receipt uploaded as its evidence, asked for approval.
    await pick(page, 'delivery-regime', ALLOWANCE);
    await page.getByTestId('delivery-date').fill(typed(dayOffset(-2)));
    await page.getByTestId('delivery-amount').fill('3000000');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    const delivery = page.getByTestId('support-delivery');
    await delivery.getByText('Chưa gửi phê duyệt').waitFor();
    await delivery.getByRole('button', { name: 'Thêm chứng từ' }).click();
    await delivery
      .locator('input[type="file"]')
      .setInputFiles({ name: 'bien-nhan-ky.pdf', mimeType: 'application/pdf', buffer: RECEIPT });
    await delivery.getByRole('button', { name: 'Thêm làm chứng từ' }).click();
    await delivery.getByTestId('delivery-evidence').getByText('bien-nhan-ky.pdf').waitFor();
    await delivery.getByRole('button', { name: 'Đề nghị lãnh đạo phê duyệt' }).click();
    await delivery.getByText('Đang chờ phê duyệt').waitFor();
    // Waiting for a decision, the evidence is locked with the amount.
    await delivery.getByText('Đã khóa cùng số tiền được phê duyệt').waitFor();
    expect(await delivery.getByRole('button', { name: 'Gỡ' }).count()).toBe(0);

    // 3. Her supervisor approves it at his desk (two-person rule).
    const boss = await app.signedInPage(SUPERVISOR, { viewport: { width: 1280, height: 900 } });
    const bossErrors = watchConsoleErrors(boss);
    await boss.getByRole('link', { name: 'Phê duyệt' }).first().click();
    const approval = boss.getByTestId('approval').filter({ hasText: kase.code });
    await approval.getByText('3.000.000 ₫').waitFor();
    await approval.getByRole('button', { name: 'Phê duyệt' }).click();
    await approval.waitFor({ state: 'detached' });
    expect(bossErrors).toEqual([]);

    await page.reload();
    await page.getByTestId('support-delivery').getByText('Đã phê duyệt').waitFor();
    await page
      .getByTestId('entitlement')
      .filter({ hasText: ALLOWANCE })
      .getByText('Đã hỗ trợ: 3.000.000 ₫')
      .waitFor();

    // 4. The first follow-up visit's assessment, and the score chart shows it.
    await page.getByRole('tab', { name: 'Tái hòa nhập' }).click();
    await page.getByRole('button', { name: 'Bắt đầu theo dõi' }).click();
    const first = page.getByTestId('reintegration-visit').first();
    await first.getByRole('button', { name: 'Ghi nhận đánh giá' }).click();
    await page.getByTestId('assessment-form').getByTestId('assessment-visited-on').waitFor();
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị hiện có việc làm hoặc nguồn thu nhập không?', 'Có, đều đặn');
    await answer(page, 'Trong tháng qua, gia đình anh/chị có lúc nào thiếu ăn không?', 'Đôi khi');
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị đã có đủ giấy tờ tùy thân (căn cước, cư trú) chưa?', 'Có');
    await page.getByRole('button', { name: 'Tiếp' }).click();
    await answer(page, 'Anh/chị có người để nhờ cậy, chia sẻ khi khó khăn không?', 'Có');
    await answer(page, 'Hai tuần qua, anh/chị có hay thấy buồn, sợ hãi hoặc mất ngủ không?', 'Không rõ');
    await page.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await page.getByText('Đã ghi nhận đánh giá.').waitFor();
    const row = page
      .getByTestId('reintegration-score-table')
      .getByRole('row', { name: /Lần thăm tháng thứ 1/ });
    await row.waitFor();
    expect(await row.locator('td[data-dimension="composite"]').textContent()).toBe('0,92');
    await page.getByTestId('reintegration-chart').locator('svg').first().waitFor();

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'support-journey-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
