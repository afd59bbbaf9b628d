import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { LAO_CAI_CENTRE as CENTRE, postCreated, useDemoApp } from './support/session';

// The demo's Lào Cai: the social work centre holds a person's case; a border guard meets the same person, finds
// the record in the search before registering, and asks the centre to coordinate. The centre's supervisor sees
// the request among their notifications and opens the case from it.
const BORDER_GUARD = 'tuan.bien';
const BORDER_SCREENER = 'duc.bien';
const CENTRE_WORKER = 'lan.nguyen';
const CENTRE_SUPERVISOR = 'minh.tran';

const app = useDemoApp();

function signedIn(username: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  return app.signedInPage(username, { viewport, hasTouch: viewport.width < 500 });
}

/** The centre's case of the person, registered through the API (the registration screens have their own test). */
async function registerAtCentre(page: Page): Promise<{ id: string; code: string }> {
  const consent = { method: 'signed_form', language: 'vie', obtainedOn: '2026-12-01', givenBy: 'person' };
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Sùng Thị Mai', dateOfBirth: '2003-08-17' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie', 'hmn'] },
    },
    case: { receivedOn: '2026-12-01', intakeRoute: 'vn.ReturnedByForeignAuthorities' },
    consents: [{ purpose: 'services', ...consent }],
  });
}

describe('a request to coordinate, in the browser', () => {
  it('from a search result, reaches the holding agency’s supervisor, who opens the case from it', async () => {
    const worker = await signedIn(CENTRE_WORKER);
    const kase = await registerAtCentre(worker);
    await worker.context().close();

    // The border guard searches before registering: the record is the centre's, named with its contact.
    const guard = await signedIn(BORDER_GUARD);
    const guardErrors = watchConsoleErrors(guard);
    await guard.goto(`${app.baseUrl}/cases/new`);
    await guard.getByRole('heading', { level: 2, name: 'Tìm trước khi đăng ký' }).waitFor();
    await guard.getByTestId('register-name').fill('sung thi mai');
    await guard.getByTestId('register-dob').fill('17/08/2003');
    await guard.getByTestId('register-search').click();
    await guard.getByTestId('register-results').waitFor();
    const candidate = guard.getByTestId('register-candidate').filter({ hasText: kase.code });
    await candidate.getByTestId('record-holder').getByText(CENTRE).waitFor();
    expect(await candidate.getByText('Sùng Thị Mai').count()).toBe(0);

    await candidate.getByRole('button', { name: 'Đề nghị phối hợp' }).click();
    await candidate.getByLabel('Cách liên hệ với bạn').fill('0214 3 830 123 (Đồn Biên phòng)');
    await candidate.getByLabel('Lời nhắn (không bắt buộc)').fill('Chị ấy đang ở đồn, cần đón trước 17 giờ.');
    expect(await seriousAccessibilityViolations(guard)).toEqual([]);
    await candidate.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await candidate.getByTestId('coordination-sent').waitFor();
    await guard.screenshot({
      path: path.join(screenshotDir, 'coordination-request-sent.png'),
      fullPage: true,
    });
    expect(guardErrors).toEqual([]);

    // The centre's supervisor, on a phone: the notification names the asking post, its contact and the case.
    const chief = await signedIn(CENTRE_SUPERVISOR, { width: 390, height: 844 });
    const chiefErrors = watchConsoleErrors(chief);
    await chief.goto(`${app.baseUrl}/account#notifications`);
    const told = chief.getByTestId('coordination-notification').filter({ hasText: kase.code });
    await told.waitFor();
    const text = (await told.textContent()) ?? '';
    expect(text).toContain('0214 3 830 123');
    expect(text).toContain('cần đón trước 17 giờ');
    expect(text).toMatch(/Đồn Biên phòng/);
    expect(await seriousAccessibilityViolations(chief)).toEqual([]);
    await chief.screenshot({
      path: path.join(screenshotDir, 'coordination-notification-phone.png'),
      fullPage: true,
    });
    await chief.getByRole('link', { name: 'Mở hồ sơ (chia sẻ hoặc chuyển gửi)' }).first().click();
    await chief.waitForURL(`**/cases/${kase.id}**`);
    await chief.getByText(kase.code).first().waitFor();
    expect(chiefErrors).toEqual([]);
  }, 120_000);

  it('a border post’s registration goes to the centre it chooses, within the person’s consent', async () => {
    const screener = await signedIn(BORDER_SCREENER, { width: 390, height: 844 });
    const errors = watchConsoleErrors(screener);
    await screener.goto(`${app.baseUrl}/cases/new`);
    await screener.getByRole('heading', { level: 2, name: 'Tìm trước khi đăng ký' }).waitFor();
    await screener.getByTestId('register-name').fill('Lù Thị Sính');
    await screener.getByTestId('register-dob').fill('05/01/2002');
    await screener.getByTestId('register-search').click();
    await screener.getByTestId('register-results').waitFor();
    await screener.getByTestId('register-continue').click();
    const next = async (step: string) => {
      await screener.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
      await screener.getByRole('heading', { level: 2, name: step, exact: true }).waitFor();
    };
    await next('Thông tin về việc bị mua bán');
    await screener.getByTestId('register-intake-route').click();
    await screener.getByRole('option', { name: 'Tự trình báo' }).click();
    await next('Sự đồng ý');
    await screener.getByRole('radio', { name: 'Ký vào mẫu đồng ý' }).check();

    // The post does no case work: the last step asks who will carry the case, and will not go on without it.
    const handOver = screener.getByTestId('hand-over');
    await handOver.getByText('Cơ quan sẽ quản lý trường hợp').waitFor();
    await screener.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();
    await handOver.getByText('Hãy chọn cơ quan sẽ quản lý trường hợp.').waitFor();
    await screener.getByTestId('hand-over-agency').fill('cong tac xa hoi tinh lao cai');
    await screener.getByRole('option', { name: new RegExp(CENTRE) }).click();

    // Without a sharing consent covering the centre the server refuses, and nothing typed is lost.
    await screener.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();
    await handOver
      .getByText('Người này chưa đồng ý chia sẻ thông tin với cơ quan này', { exact: false })
      .waitFor();
    await screener.getByTestId('consent-sharing').check();
    await screener.getByRole('combobox', { name: 'Được chia sẻ với các loại cơ quan' }).click();
    await screener.getByRole('option', { name: 'Trung tâm công tác xã hội', exact: true }).click();
    await screener.keyboard.press('Escape');
    expect(await seriousAccessibilityViolations(screener)).toEqual([]);
    await screener.getByRole('button', { name: 'Đăng ký hồ sơ', exact: true }).click();
    await screener.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const code = (await screener.getByTestId('case-code').textContent()) ?? '';
    expect(code).toMatch(/^LT-/);
    expect(errors).toEqual([]);

    // The centre finds the transfer in its inbox.
    const worker = await signedIn(CENTRE_WORKER);
    await worker.goto(`${app.baseUrl}/referrals`);
    await worker.getByTestId('referrals-table').getByRole('row').filter({ hasText: code }).first().waitFor();
  }, 120_000);
});
