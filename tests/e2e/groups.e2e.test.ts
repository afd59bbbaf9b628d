import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// A case worker of the demo's Lào Cai social work centre, on a 390-px phone, starts a self-help group in a
// commune of Huế, adds a person from one of her cases (found by case number), records a meeting with who
// came and what the group saved, reads the group's report and corrects the group's name and commune; the
// person's case shows the group.
const WORKER = 'lan.nguyen';

const app = useDemoApp();

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function registerCase(page: Page): Promise<{ id: string; code: string }> {
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Vàng Thị Dợ', dateOfBirth: '2000-02-14' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: today(),
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
    },
    consents: [
      { purpose: 'services', method: 'signed_form', language: 'vie', obtainedOn: today(), givenBy: 'person' },
    ],
  });
}

async function choose(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text }).first().click();
}

const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('self-help groups', () => {
  it('a case worker creates a group, adds a member from a case, records a meeting and sees the report', async () => {
    const page = await app.signedInPage(WORKER, { viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchConsoleErrors(page);
    const kase = await registerCase(page);

    await page.goto(`${app.baseUrl}/groups`);
    await page.getByTestId('group-new').click();
    await page.getByTestId('group-name').fill('Nhóm Ánh Dương');
    await choose(page, 'group-province', 'Huế');
    await choose(page, 'group-commune', 'Phú Xuân');
    await choose(page, 'group-livelihood', 'Chăn nuôi');
    await page.getByRole('button', { name: 'Tạo nhóm' }).last().click();
    await page.getByRole('heading', { name: 'Nhóm Ánh Dương', level: 1 }).waitFor();

    await page.getByTestId('group-add-member').click();
    await page.getByTestId('member-case-search').fill(kase.code.slice(-6));
    await page.getByTestId('member-case-option').first().click();
    await page.getByRole('button', { name: 'Thêm', exact: true }).click();
    const member = page.getByTestId('group-member').filter({ hasText: 'Vàng Thị Dợ' });
    await member.waitFor();
    await member.getByText(kase.code).waitFor();

    await page.getByTestId('group-record-meeting').click();
    await page.getByTestId('meeting-topic').fill('Lập kế hoạch tiết kiệm');
    const activities = page.getByTestId('meeting-activities');
    await activities.click();
    await page.getByRole('option', { name: 'Tiết kiệm', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('meeting-attendee').first().check();
    await page.getByTestId('meeting-savings').fill('500.000');
    expect(await noOverflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Lưu buổi sinh hoạt' }).click();

    await page.getByText('Đã ghi nhận buổi sinh hoạt.').waitFor();
    await expect.poll(() => page.getByTestId('group-report-meetings').textContent()).toContain('1');
    expect(await page.getByTestId('group-report-survivors').textContent()).toContain('1');
    expect(await page.getByTestId('group-report-attendance').textContent()).toContain('100');
    expect(await page.getByTestId('group-report-savings').textContent()).toContain('500.000');
    await page.getByTestId('group-meeting').getByText('Vàng Thị Dợ', { exact: false }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'groups-phone.png'), fullPage: true });

    // The facilitator corrects the group's name and commune; an empty name is refused next to the field.
    await page.getByTestId('group-edit').click();
    const editName = page.getByTestId('group-edit-name');
    await editName.fill('');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Vui lòng nhập thông tin này.').waitFor();
    expect(await editName.getAttribute('aria-invalid')).toBe('true');
    await editName.fill('Nhóm Bình Minh');
    await choose(page, 'group-edit-commune', 'Kim Long');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thông tin nhóm.').waitFor();
    await page.getByRole('heading', { name: 'Nhóm Bình Minh', level: 1 }).waitFor();
    await page.getByText('Kim Long', { exact: false }).first().waitFor();

    // The person's case shows the group on its Reintegration tab.
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=reintegration`);
    await page.getByTestId('case-groups').getByText('Nhóm Bình Minh').waitFor();
    expect(errors).toEqual([]);

    // In Arabic the page reads right to left and nothing runs off the side of the phone.
    const arabic = await page.context().newPage();
    await arabic.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await arabic.goto(`${app.baseUrl}/groups`);
    await arabic.getByRole('heading', { name: 'مجموعات المساعدة الذاتية', level: 1 }).waitFor();
    await arabic.getByRole('link', { name: 'Nhóm Bình Minh' }).click();
    await arabic.getByText('ملخص النشاط').waitFor();
    // The edit form speaks Arabic too, its field errors included.
    await arabic.getByTestId('group-edit').click();
    await arabic.getByTestId('group-edit-name').fill('');
    await arabic.getByRole('button', { name: 'حفظ التغييرات' }).click();
    await arabic.getByText('يُرجى ملء هذا الحقل.').waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await noOverflow(arabic)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: path.join(screenshotDir, 'groups-phone-ar.png'), fullPage: true });
  });
});
