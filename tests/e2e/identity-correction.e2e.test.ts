import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// A case worker of the demo social work centre; demo accounts skip the second factor.
const WORKER = 'lan.nguyen';
const PHONE = { width: 360, height: 780 };
const OLD_NAME = 'Hờ Thị Dua';
const NEW_NAME = 'Hờ Thị Dúa';

const app = useDemoApp();

function signedIn(): Promise<Page> {
  return app.signedInPage(WORKER, { viewport: PHONE, hasTouch: true });
}

/** The case is registered through the API: the registration screens have their own test. */
async function registerCase(page: Page): Promise<string> {
  const registered = await postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: OLD_NAME, dateOfBirth: '2001-02-03' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: { receivedOn: '2026-12-01', intakeRoute: 'vn.ReturnedByForeignAuthorities' },
    consents: [
      {
        purpose: 'services',
        method: 'signed_form',
        language: 'vie',
        obtainedOn: '2026-12-01',
        givenBy: 'person',
      },
    ],
  });
  return registered.id;
}

describe('correcting an identity after registration, on a phone', () => {
  it('corrects the name with a reason; the timeline says the identity changed, never the values', async () => {
    const page = await signedIn();
    const errors = watchConsoleErrors(page);
    const caseId = await registerCase(page);

    await page.goto(`${app.baseUrl}/cases/${caseId}?tab=person`);
    await expect.poll(() => page.getByTestId('case-identity').textContent()).toContain(OLD_NAME);
    await page.getByTestId('correct-identity').click();
    const dialog = page.getByRole('dialog', { name: 'Sửa thông tin nhân thân' });
    const name = dialog.getByTestId('correct-full-name');
    await expect.poll(() => name.inputValue()).toBe(OLD_NAME);

    // Without a reason the correction is refused beside the field, and nothing is sent.
    await name.fill(NEW_NAME);
    await dialog.getByRole('button', { name: 'Lưu thông tin đã sửa' }).click();
    await dialog.getByText('Hãy ghi lý do sửa (ít nhất 3 ký tự).').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'identity-correction-360.png'), fullPage: true });

    await dialog.getByTestId('correct-reason').fill('Giấy khai sinh ghi dấu sắc');
    await dialog.getByRole('button', { name: 'Lưu thông tin đã sửa' }).click();
    await page.getByText('Đã lưu. Dòng thời gian ghi lại việc sửa.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('case-identity').textContent()).toContain(NEW_NAME);

    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    const line = page.locator('[data-kind="identity.corrected"]');
    await line.waitFor();
    const text = (await line.textContent()) ?? '';
    expect(text).toContain('Đã sửa thông tin nhân thân');
    expect(text).toContain('Mục đã sửa: Họ và tên');
    // Labelled with the tab it is about, by that tab's own name, and leading there.
    await line.getByRole('link', { name: 'Người được hỗ trợ' }).waitFor();
    const timeline = (await page.getByTestId('case-timeline').textContent()) ?? '';
    expect(timeline).not.toContain(OLD_NAME);
    expect(timeline).not.toContain(NEW_NAME);
    expect(timeline).not.toContain('Giấy khai sinh');
    // The consent given at registration is told on the registration's line.
    expect(await page.locator('[data-kind="registered"]').textContent()).toContain('Sự đồng ý đã có');

    await line.getByRole('link', { name: 'Người được hỗ trợ' }).click();
    await expect.poll(() => page.getByTestId('case-identity').textContent()).toContain(NEW_NAME);

    // The profile is edited the same way, with a reason; its line names the field changed.
    await page.getByTestId('edit-profile').click();
    const profile = page.getByRole('dialog', { name: 'Cập nhật hồ sơ' });
    await profile.getByLabel('Số con').fill('2');
    await profile.getByLabel('Lý do sửa').fill('Chị cho biết thêm về gia đình');
    await profile.getByRole('button', { name: 'Lưu hồ sơ' }).click();
    await profile.waitFor({ state: 'hidden' });
    await page.getByRole('tab', { name: 'Diễn biến' }).click();
    const profileLine = page.locator('[data-kind="profile.updated"]');
    await profileLine.waitFor();
    expect(await profileLine.textContent()).toContain('Mục đã sửa: Số con');
    await profileLine.getByRole('link', { name: 'Người được hỗ trợ' }).click();

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
  }, 120_000);
});
