import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, signIn, useDemoApp } from './support/session';

// Support (#18) at the demo's Lào Cai social work centre: the case worker plans support and asks for an initial
// hardship allowance on a 390-px phone; her supervisor approves it at a desk; the case then shows it approved.
const WORKER = 'lan.nguyen';
const SUPERVISOR = 'minh.tran';
const ALLOWANCE = 'Trợ cấp khó khăn ban đầu và hỗ trợ vay vốn';

const app = useDemoApp();
let phone: BrowserContext;
let desk: BrowserContext;

beforeAll(async () => {
  phone = await app.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  desk = await app.newContext({ viewport: { width: 1280, height: 900 } });
});

const dayOffset = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
const typed = (isoDay: string) => isoDay.split('-').reverse().join('/');

/** A victim's case received three days ago (registration has its own test). */
async function registerVictimCase(page: Page): Promise<{ id: string; code: string }> {
  const received = dayOffset(-3);
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Giàng Thị Mỷ', dateOfBirth: '2001-06-02' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: received,
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
      subjectCategory: 'vn.Victim',
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

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('support and its two-person approval', () => {
  let kase: { id: string; code: string };

  it('a case worker on a phone plans support and asks for an initial hardship allowance', async () => {
    const page = await phone.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, app.baseUrl, WORKER);
    kase = await registerVictimCase(page);
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=support`);
    // A victim under the 2024 Law is entitled to all ten regimes; nothing delivered yet.
    await page.getByTestId('entitlements').waitFor();
    expect(await page.getByTestId('entitlement').count()).toBe(10);

    await pick(page, 'plan-type', 'Tài chính');
    await page.getByTestId('plan-objectives').fill('Ổn định cuộc sống trong ba tháng đầu sau khi trở về');
    await page.getByTestId('plan-start').fill(typed(dayOffset(0)));
    await page.getByRole('button', { name: 'Lập kế hoạch', exact: true }).click();
    await page.getByTestId('support-plan').getByText('Đang thực hiện').waitFor();

    await pick(page, 'delivery-regime', ALLOWANCE);
    await page.getByTestId('delivery-amount').fill('3000000');
    await page.getByText('3.000.000 ₫').first().waitFor();
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    const delivery = page.getByTestId('support-delivery');
    await delivery.getByText('Chưa gửi phê duyệt').waitFor();
    await delivery.getByRole('button', { name: 'Đề nghị lãnh đạo phê duyệt' }).click();
    await delivery.getByText('Đang chờ phê duyệt').waitFor();
    await noSidewaysScroll(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'support-worker-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('her supervisor approves it at his desk; the case shows the allowance approved and delivered', async () => {
    const boss = await desk.newPage();
    const errors = watchConsoleErrors(boss);
    await signIn(boss, app.baseUrl, SUPERVISOR);
    await boss.getByRole('link', { name: 'Phê duyệt' }).first().click();
    const approval = boss.getByTestId('approval').filter({ hasText: kase.code });
    await approval.getByText('3.000.000 ₫').waitFor();
    expect(await seriousAccessibilityViolations(boss)).toEqual([]);
    await boss.screenshot({ path: path.join(screenshotDir, 'support-approvals.png'), fullPage: true });
    await approval.getByRole('button', { name: 'Phê duyệt' }).click();
    await boss.getByText('Không có gì đang chờ phê duyệt.').waitFor();
    expect(errors).toEqual([]);

    const page = await phone.newPage();
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=support`);
    await page.getByTestId('support-delivery').getByText('Đã phê duyệt').waitFor();
    await page
      .getByTestId('entitlement')
      .filter({ hasText: ALLOWANCE })
      .getByText('Đã hỗ trợ: 3.000.000 ₫')
      .waitFor();
    await noSidewaysScroll(page);
  });
});
