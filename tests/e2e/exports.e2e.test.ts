import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// Programme monitoring (#19): the Lào Cai centre's administrator records a training in the register and corrects
// it, and the programme analyst downloads the CTDC-style file, told how many records were left out to keep it k-anonymous.
const app = useDemoApp();

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

async function choose(page: import('playwright-core').Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: text }).first().click();
  await page.keyboard.press('Escape');
}

describe('training register and partner exports', () => {
  it('an agency administrator records a training with its participants', async () => {
    const page = await app.signedInPage('swc.admin', { viewport: { width: 1024, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/training`);
    await page.getByRole('heading', { name: 'Sổ theo dõi tập huấn', level: 1 }).waitFor();
    await page.getByText('Chưa có khóa tập huấn nào', { exact: false }).waitFor();
    await page.getByTestId('training-new').click();
    await page.getByTestId('training-title').fill('Tập huấn bộ công cụ sàng lọc cho cán bộ xã');
    await choose(page, 'training-tools', 'Bộ công cụ sàng lọc');
    await choose(page, 'training-line-role-0', 'Cán bộ công tác xã hội');
    await page.getByTestId('training-line-count-0').fill('14');
    await page.getByRole('button', { name: 'Lưu khóa tập huấn' }).click();
    const card = page
      .getByTestId('training-card')
      .filter({ hasText: 'Tập huấn bộ công cụ sàng lọc cho cán bộ xã' });
    await card.waitFor();
    await card.getByText('14 học viên, trong đó 14 cán bộ tuyến đầu').waitFor();

    // The administrator corrects it: a clearer title and two more participants; an empty title is refused.
    await card.getByTestId('training-edit').click();
    const title = page.getByTestId('training-title');
    expect(await title.inputValue()).toBe('Tập huấn bộ công cụ sàng lọc cho cán bộ xã');
    await title.fill('');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Vui lòng nhập thông tin này.').waitFor();
    await title.fill('Tập huấn sàng lọc nạn nhân cho cán bộ xã');
    await page.getByTestId('training-line-count-0').fill('16');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const corrected = page
      .getByTestId('training-card')
      .filter({ hasText: 'Tập huấn sàng lọc nạn nhân cho cán bộ xã' });
    await corrected.getByText('16 học viên, trong đó 16 cán bộ tuyến đầu').waitFor();
    expect(await page.getByTestId('training-card').count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'training.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a programme analyst downloads the CTDC-style file and sees how many records were left out', async () => {
    // One registration in the demo country: alone in its class, it cannot be published.
    const worker = await app.signedInPage('lan.nguyen');
    await postCreated(worker, app.baseUrl, '/api/cases', {
      person: {
        identity: { fullName: 'Lò Thị Mai', dateOfBirth: '2001-05-20' },
        profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
      },
      case: {
        receivedOn: today(),
        intakeRoute: 'vn.ReturnedByForeignAuthorities',
        exploitationTypes: ['ForcedMarriage'],
      },
      consents: [
        {
          purpose: 'services',
          method: 'signed_form',
          language: 'vie',
          obtainedOn: today(),
          givenBy: 'person',
        },
      ],
    });

    const page = await app.signedInPage('analyst', { viewport: { width: 1024, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/exports`);
    await page.getByRole('heading', { name: 'Xuất dữ liệu cho đối tác', level: 1 }).waitFor();
    // An analyst exports no case-level file.
    expect(await page.getByTestId('export-htcds').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-ctdc').click(),
    ]);
    const result = page.getByTestId('export-ctdc-result');
    await result.getByText('Đã tải 0 bản ghi. 1 bản ghi bị loại', { exact: false }).waitFor();
    expect(download.suggestedFilename()).toMatch(/^ctdc-\d{4}-01-01-\d{4}-12-31\.csv$/);
    const file = await readFile(await download.path());
    const header = file
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0];
    expect(header?.split(',').slice(0, 3)).toEqual(['yearOfRegistration', 'gender', 'ageBroad']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'exports.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('a supervisor exports the centre’s cases as HTCDS in an encrypted archive, its password shown once', async () => {
    const page = await app.signedInPage('minh.tran', { viewport: { width: 1024, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/exports`);
    await page.getByRole('heading', { name: 'Hồ sơ theo chuẩn HTCDS v2.0' }).waitFor();
    // No CTDC file for a supervisor, and no identifying fields without the data transfer officer role.
    expect(await page.getByTestId('export-ctdc').count()).toBe(0);
    expect(await page.getByText('Kèm thông tin nhận dạng').count()).toBe(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-htcds').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^htcds-.*\.csv\.zip$/);
    const shown = page.getByTestId('export-htcds-password');
    await shown.getByText('Mật khẩu sẽ không hiện lại', { exact: false }).waitFor();
    expect((await shown.locator('code').textContent())?.trim()).toMatch(/^[A-Za-z2-9]{20}$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
