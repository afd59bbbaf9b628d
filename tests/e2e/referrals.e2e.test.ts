import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { LAO_CAI_CENTRE as CENTRE, csrfToken, postCreated, signIn, useDemoApp } from './support/session';

// Two agencies of the demo's Lào Cai: a border guard officer who receives a returnee, and the social work
// centre's case worker. Demo accounts skip the second factor.
const BORDER_GUARD = 'tuan.bien';
const CENTRE_WORKER = 'lan.nguyen';
const CENTRE_SUPERVISOR = 'minh.tran';
const ONE_STOP_WORKER = 'mai.vo';

const app = useDemoApp();
let guardContext: BrowserContext;
let centreContext: BrowserContext;

beforeAll(async () => {
  guardContext = await app.newContext({ viewport: { width: 1280, height: 900 } });
  centreContext = await app.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
});

/** The returnee's case, registered through the API as the signed-in officer (the registration screens have their own test). */
async function registerReturnee(
  page: Page,
  sharingAgencyTypes = ['social_work_centre'],
  identity = { fullName: 'Thào Thị Mỷ', dateOfBirth: '2004-05-09' },
): Promise<string> {
  const registered = await postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity,
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
        sharingAgencyTypes,
        method: 'signed_form',
        language: 'vie',
        obtainedOn: '2026-12-04',
        givenBy: 'person',
      },
    ],
  });
  return registered.id;
}

describe('a referral between two agencies, in the browser', () => {
  it('a border guard refers a returnee; the centre accepts and records the shelter; the guard sees it completed', async () => {
    const guard = await guardContext.newPage();
    const guardErrors = watchConsoleErrors(guard);
    await signIn(guard, app.baseUrl, BORDER_GUARD);
    const caseId = await registerReturnee(guard);

    // The border guard refers her to the social work centre for shelter, sharing her identity.
    await guard.goto(`${app.baseUrl}/cases/${caseId}?tab=referrals`);
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
    await signIn(centre, app.baseUrl, CENTRE_WORKER);
    // A phone gets stacked cards, not a table that scrolls sideways.
    await centre.goto(`${app.baseUrl}/referrals`);
    const inbox = centre.getByTestId('referrals-cards');
    const card = inbox.getByTestId('referral-card').filter({ hasText: 'Đồn Biên phòng' }).first();
    await card.getByText(/Cần phản hồi trong/).waitFor();
    await card.getByText('Khẩn cấp').waitFor();
    await card.getByText(/Nơi ở tạm thời/).waitFor();
    expect(await centre.getByTestId('referrals-table').count()).toBe(0);
    expect(await centre.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await centre.screenshot({ path: path.join(screenshotDir, 'referral-inbox-phone.png'), fullPage: true });
    await card.getByRole('button', { name: 'Tiếp nhận' }).click();
    await card.getByText('Đã tiếp nhận').waitFor();

    // She opens the referral, reads the case she was given (with the identity the guard shared) and records the
    // shelter as delivered.
    await centre.goto(`${app.baseUrl}/referrals?status=open`);
    await inbox
      .getByTestId('referral-card')
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

describe('a supervisor re-routes a declined referral, on a phone', () => {
  it('the centre’s supervisor finds the declined referral in the supervision view and sends it elsewhere', async () => {
    // Through the API: the centre refers a person to the Women's Union one-stop office, which declines (no room).
    const worker = await app.signedInPage(CENTRE_WORKER, { viewport: { width: 1280, height: 900 } });
    const caseId = await registerReturnee(worker, ['womens_union_one_stop'], {
      fullName: 'Vừ Thị Pàng',
      dateOfBirth: '2001-02-03',
    });
    const office = await app.signedInPage(ONE_STOP_WORKER, { viewport: { width: 1280, height: 900 } });
    const officeSession = await office.request.get(`${app.baseUrl}/api/auth/session`);
    const officeAgency = ((await officeSession.json()) as { user: { agency: { id: string } } }).user.agency
      .id;
    const directory = (await (await worker.request.get(`${app.baseUrl}/api/directory/agencies`)).json()) as {
      id: string;
      name: string;
      typeCode: string;
    }[];
    const another = directory.find((a) => a.typeCode === 'womens_union_one_stop' && a.id !== officeAgency);
    if (!another) throw new Error('the demo has a second one-stop office');
    const sent = await postCreated<{ id: string; caseCode: string }>(
      worker,
      app.baseUrl,
      `/api/cases/${caseId}/referrals`,
      {
        agencyId: officeAgency,
        services: ['vn.Psychological'],
        urgency: 'high',
        reason: 'AdditionalServicesRequired',
        message: 'Chị cần tư vấn tâm lý.',
      },
    );
    const declined = await office.request.post(`${app.baseUrl}/api/referrals/${sent.id}/decline`, {
      headers: { 'X-CSRF-Token': await csrfToken(office, app.baseUrl) },
      data: { reason: 'vn.NoCapacity' },
    });
    expect(declined.status(), await declined.text()).toBe(200);

    // The supervisor, on a phone: the supervision view lists it to re-route; no sideways scroll.
    const page = await app.signedInPage(CENTRE_SUPERVISOR, {
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/referrals/supervision`);
    const waiting = page
      .getByTestId('supervision-toReroute')
      .getByTestId('referral-card')
      .filter({ hasText: sent.caseCode });
    await waiting.getByText('Bị từ chối').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({
      path: path.join(screenshotDir, 'referral-supervision-phone.png'),
      fullPage: true,
    });

    await waiting
      .getByRole('button', { name: `Chuyển gửi lại hồ sơ ${sent.caseCode} đến cơ quan khác` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Chuyển gửi lại đến cơ quan khác' });
    await dialog.getByTestId('reroute-agency').fill(another.name);
    await page
      .getByRole('option', { name: new RegExp(`^${another.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Gửi đến cơ quan này' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The referral now waits with the other office, and the view has nothing left to re-route for this case.
    await page.goto(`${app.baseUrl}/referrals/${sent.id}`);
    await page.getByTestId('referral-rerouted-to').getByRole('link').click();
    await page.getByTestId('referral-rerouted-from').waitFor();
    await page.getByText(another.name).first().waitFor();
    await page.getByText('Chị cần tư vấn tâm lý.').waitFor();
    expect(errors).toEqual([]);
  }, 180_000);
});

describe('deadline windows as configuration, in the browser', () => {
  it('the administrator sets the urgent windows; a completion shorter than the answer is refused by field', async () => {
    const page = await app.signedInPage('admin', { viewport: { width: 1280, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/admin/agencies`);
    const section = page.getByRole('region', { name: 'Thời hạn chuyển gửi theo mức khẩn cấp' });
    const urgent = section.getByTestId('referral-window-urgent');
    await urgent.getByText('Mặc định: 24 giờ / 72 giờ').waitFor();
    await urgent.getByLabel('Phản hồi trong (giờ)').fill('48');
    await urgent.getByLabel('Hoàn thành trong (giờ)').fill('24');
    await section.getByTestId('referral-windows-save').click();
    await urgent.getByText('Thời hạn hoàn thành không được ngắn hơn thời hạn phản hồi.').waitFor();
    await urgent.getByLabel('Phản hồi trong (giờ)').fill('12');
    await section.getByTestId('referral-windows-save').click();
    await section.getByText('Đã lưu thời hạn chuyển gửi.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const stored = await page.request.get(`${app.baseUrl}/api/referral-windows`);
    expect(((await stored.json()) as { windows: { urgent: unknown } }).windows.urgent).toEqual({
      respondHours: 12,
      completeHours: 24,
    });
    // Back to the defaults, so the other browser tests see the regulation's windows.
    await section.getByRole('button', { name: 'Dùng giá trị mặc định' }).click();
    await section.getByTestId('referral-windows-save').click();
    await section.getByText('Đã lưu thời hạn chuyển gửi.').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);
});
