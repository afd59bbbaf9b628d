import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { LAO_CAI_CENTRE, postCreated, useDemoApp } from './support/session';

// Programme monitoring (#19): the demo's provincial coordinator of Lào Cai opens the dashboard and reads her
// province's own figures — every agency of Lào Cai, in full, never "<11" — with the data-quality panel, a case
// registered 20 days after the person was received counted as a late entry. A case of An Giang is not hers:
// its figures are not in her dashboard and its page answers "not found".
const COORDINATOR = 'hang.dang';
const BORDER_POST = 'Đồn Biên phòng — Bộ đội Biên phòng tỉnh Lào Cai';

const app = useDemoApp();

const dayInVietNam = (daysAgo: number) =>
  new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

async function registerCase(page: Page, fullName: string, province: string, daysAgo: number) {
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName, dateOfBirth: '1999-03-08' },
      profile: { sex: 'Feminine', homeProvinceCode: province, languages: ['vie'] },
    },
    case: {
      receivedOn: dayInVietNam(daysAgo),
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
    },
    consents: [
      {
        purpose: 'services',
        method: 'signed_form',
        language: 'vie',
        obtainedOn: dayInVietNam(daysAgo),
        givenBy: 'person',
      },
    ],
  });
}

const cellNumber = async (row: ReturnType<Page['getByTestId']>, n: number) =>
  Number((await row.locator('td').nth(n).textContent())?.replace(/\D/g, ''));

describe('the provincial coordinator’s dashboard', () => {
  it('shows the coordinator her province’s figures in full, late entries included, and no other province', async () => {
    // Two agencies of Lào Cai register a case each (the centre 20 days late); the An Giang office registers one.
    await registerCase(await app.signedInPage('lan.nguyen'), 'Giàng Thị Pà', '15', 20);
    await registerCase(await app.signedInPage('tuan.bien'), 'Lò Thị Xuân', '15', 1);
    const elsewhere = await registerCase(await app.signedInPage('mai.vo'), 'Trần Thị Bích', '91', 2);

    const page = await app.signedInPage(COORDINATOR, { viewport: { width: 1280, height: 900 } });
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'Bảng theo dõi', level: 1 }).waitFor();
    // Her own scope first: nothing hidden, and said so; the two cases of the province are counted, not "<11".
    await page.getByTestId('suppression-legend').filter({ hasText: 'hiển thị đầy đủ' }).first().waitFor();
    const received = page.locator('[data-testid="indicator-card"][data-indicator="persons_received"]');
    await received.getByTestId('indicator-change').waitFor();
    expect(await received.getByTestId('suppressed-cell').count()).toBe(0);
    expect(await received.locator('span[dir="ltr"]').first().textContent()).toMatch(/^2\b/);

    // Data quality: both agencies of Lào Cai, and no agency of An Giang.
    const quality = page.getByTestId('quality-row');
    await quality.filter({ hasText: LAO_CAI_CENTRE }).waitFor();
    await quality.filter({ hasText: BORDER_POST }).waitFor();
    expect(await quality.count()).toBe(2);
    expect(await cellNumber(quality.filter({ hasText: LAO_CAI_CENTRE }), 1)).toBe(1);
    expect(await page.getByTestId('quality-table').textContent()).not.toContain('An Giang');
    // Late entries: the centre's registration came 20 days after the person was received; the post's on time.
    const late = page.getByTestId('late-row');
    const centre = late.filter({ hasText: LAO_CAI_CENTRE });
    expect((await centre.locator('[data-field="registrations"]').textContent())?.trim()).toBe('1 / 1');
    expect(
      (
        await late.filter({ hasText: BORDER_POST }).locator('[data-field="registrations"]').textContent()
      )?.trim(),
    ).toBe('0 / 1');
    expect(await late.count()).toBe(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-province-vi.png'), fullPage: true });

    // A case of another province is simply not found.
    await page.goto(`${app.baseUrl}/cases/${elsewhere.id}`);
    await page.getByRole('heading', { name: 'Không tìm thấy hồ sơ', level: 1 }).waitFor();
    expect(await page.getByText(elsewhere.code).count()).toBe(0);
    expect(errors.filter((line) => !line.includes('404'))).toEqual([]);

    // In Arabic on a phone, the panel reads right to left without the page scrolling sideways.
    const arabic = await app.signedInPage(COORDINATOR, { viewport: { width: 360, height: 780 } });
    await arabic.evaluate(() => localStorage.setItem('lantern.locale', 'ar'));
    await arabic.goto(`${app.baseUrl}/dashboard`);
    await arabic.getByRole('heading', { name: 'لوحة المتابعة', level: 1 }).waitFor();
    await arabic.getByText('الإدخالات المتأخرة').waitFor();
    await arabic.getByTestId('late-row').first().waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const overflow = await arabic.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await arabic.getByTestId('late-table').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await arabic.screenshot({ path: path.join(screenshotDir, 'dashboard-province-ar-360.png') });
  });
});
