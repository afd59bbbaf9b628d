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

// Two agencies of the demo's Lào Cai: a border guard officer who receives a returnee, and the social work
// centre's case worker. Demo accounts skip the second factor.
const BORDER_GUARD = 'tuan.bien';
const CENTRE_WORKER = 'lan.nguyen';
const PASSWORD = 'demo-lantern-2026';
const CENTRE = 'Trung tâm Công tác xã hội tỉnh Lào Cai';

let server: RunningServer;
let browser: Browser;
let guardContext: BrowserContext;
let centreContext: BrowserContext;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
  guardContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  centreContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
});
afterAll(async () => {
  await guardContext?.close();
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

/** The returnee's case, registered through the API as the signed-in officer (the registration screens have their own test). */
async function registerReturnee(page: Page): Promise<string> {
  const session = await page.request.get(`${server.baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const registered = await page.request.post(`${server.baseUrl}/api/cases`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      person: {
        identity: { fullName: 'Thào Thị Mỷ', dateOfBirth: '2004-05-09' },
        profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie', 'hmn'] },
      },
      case: {
        receivedOn: '2026-12-04',
        intakeRoute: 'vn.ReturnedByForeignAuthorities',
        exploitationTypes: ['ForcedMarriage'],
      },
      consents: [
        {
          purpose: 'services',
          method: 'signed_form',
          language: 'vie',
          obtainedOn: '2026-12-04',
          givenBy: 'person',
        },
        {
          purpose: 'sharing',
          sharingAgencyTypes: ['social_work_centre'],
          method: 'signed_form',
          language: 'vie',
          obtainedOn: '2026-12-04',
          givenBy: 'person',
        },
      ],
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);
  return ((await registered.json()) as { id: string }).id;
}

describe('a referral between two agencies, in the browser', () => {
  it('a border guard refers a returnee; the centre accepts and records the shelter; the guard sees it completed', async () => {
    const guard = await guardContext.newPage();
    const guardErrors = watchConsoleErrors(guard);
    await signIn(guard, BORDER_GUARD);
    const caseId = await registerReturnee(guard);

    // The border guard refers her to the social work centre for shelter, sharing her identity.
    await guard.goto(`${server.baseUrl}/cases/${caseId}?tab=referrals`);
    await guard.getByTestId('refer-open').click();
    const form = guard.getByRole('dialog', { name: 'Chuyển gửi đến cơ quan khác' });
    await form.getByTestId('refer-agency').fill('cong tac xa hoi tinh lao cai');
    await guard.getByRole('option', { name: CENTRE }).click();
    await form.getByTestId('refer-services').fill('noi o');
    await guard.getByRole('option', { name: 'Nơi ở tạm thời' }).click();
    await form.getByText('Khẩn cấp', { exact: true }).click();
    await form.getByTestId('refer-reason').click();
    await guard.getByRole('option', { name: 'Cần thêm dịch vụ' }).click();
    await form.getByRole('checkbox', { name: /nhận dạng/i }).check();
    await form.getByLabel(/^Lời nhắn/).fill('Chị cần chỗ ở an toàn ngay tối nay.');
    expect(await seriousAccessibilityViolations(guard)).toEqual([]);
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const sent = guard.getByTestId('case-referral').filter({ hasText: CENTRE });
    await sent.getByText('Chờ tiếp nhận').waitFor();

    // The centre's case worker, on a phone: the inbox shows it with its deadline; she accepts in one step.
    const centre = await centreContext.newPage();
    const centreErrors = watchConsoleErrors(centre);
    await signIn(centre, CENTRE_WORKER);
    await centre.goto(`${server.baseUrl}/referrals`);
    const inbox = centre.getByTestId('referrals-table');
    const row = inbox.getByRole('row').filter({ hasText: 'Đồn Biên phòng' }).first();
    await row.getByText(/Cần phản hồi trong/).waitFor();
    await row.getByRole('button', { name: 'Tiếp nhận' }).click();
    await centre.screenshot({ path: path.join(screenshotDir, 'referral-inbox-phone.png'), fullPage: true });

    // She opens the referral, reads the case she was given (with the identity the guard shared) and records the
    // shelter as delivered.
    await centre.goto(`${server.baseUrl}/referrals?status=open`);
    await inbox
      .getByRole('row')
      .filter({ hasText: 'Đồn Biên phòng' })
      .first()
      .getByRole('link')
      .first()
      .click();
    await centre.getByTestId('referral-message').getByText('Chị cần chỗ ở an toàn ngay tối nay.').waitFor();
    await centre.getByTestId('referral-complete').click();
    const answer = centre.getByRole('dialog', { name: 'Ghi nhận kết quả hỗ trợ' });
    await answer.getByTestId('referral-outcome').click();
    await centre.getByRole('option', { name: 'Đã cung cấp đầy đủ' }).click();
    await answer.getByRole('button', { name: 'Ghi nhận và đóng' }).click();
    await centre.getByText('Đã hoàn thành').first().waitFor();
    expect(await seriousAccessibilityViolations(centre)).toEqual([]);

    // Back at the border post: the case shows the referral completed, and the timeline says so.
    await guard.reload();
    await guard.getByTestId('case-referral').filter({ hasText: CENTRE }).getByText('Đã hoàn thành').waitFor();
    await guard.screenshot({
      path: path.join(screenshotDir, 'referral-completed-desktop.png'),
      fullPage: true,
    });
    expect(guardErrors).toEqual([]);
    expect(centreErrors).toEqual([]);
  }, 180_000);
});
