import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { useDemoApp } from './support/session';

// A worker of the demo's one-stop support office in An Giang, on a phone, records a hotline call from a
// mother without anyone's identity, sees the hotline count go up, starts a screening from the contact, and
// finds the contact linked to the screening she submitted.
const WORKER = 'mai.vo';

const app = useDemoApp();

const hotlineCount = (page: Page) =>
  page.getByTestId('counts-by-channel').locator('li[data-code="hotline"]').getByTestId('count');

async function screenToTheEnd(page: Page) {
  await page.getByRole('heading', { level: 2, name: 'Trước khi bắt đầu' }).waitFor();
  await page
    .getByRole('radiogroup', { name: 'Người này có đồng ý trả lời phỏng vấn không?' })
    .getByRole('radio', { name: 'Đồng ý', exact: true })
    .click();
  await page
    .getByRole('radiogroup', { name: /Có dùng phiên dịch không/ })
    .getByRole('radio', { name: 'Không', exact: true })
    .click();
  const review = page.getByRole('heading', { level: 2, name: 'Xem lại và gửi', exact: true });
  for (let step = 0; step < 20 && !(await review.isVisible()); step += 1) {
    const age = page
      .getByRole('radiogroup', { name: 'Người này bao nhiêu tuổi?' })
      .getByRole('radio', { name: 'Từ 18 tuổi trở lên' });
    if ((await age.isVisible()) && (await age.getAttribute('aria-checked')) !== 'true') await age.click();
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    await page.waitForTimeout(150);
  }
  await review.waitFor();
  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  await page.getByTestId('screening-headline').waitFor();
}

describe('one-stop office intake', () => {
  it('a worker records a hotline contact, starts a screening from it, and the hotline count goes up', async () => {
    const page = await app.signedInPage(WORKER, { viewport: { width: 390, height: 844 }, hasTouch: true });
    const errors = watchConsoleErrors(page);
    await page.getByRole('button', { name: 'Mở hoặc đóng menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận tại văn phòng một cửa' }).waitFor();
    await page.getByTestId('contacts-total').waitFor();
    const before = (await hotlineCount(page).count()) ? Number(await hotlineCount(page).textContent()) : 0;

    await page
      .getByRole('radiogroup', { name: 'Kênh liên hệ' })
      .getByRole('radio', { name: 'Đường dây nóng', exact: true })
      .click();
    await page
      .getByRole('radiogroup', { name: 'Ai liên hệ' })
      .getByRole('radio', { name: 'Người thân trong gia đình', exact: true })
      .click();
    expect(await page.getByRole('switch', { name: 'Không cho biết danh tính' }).isChecked()).toBe(true);
    const save = page.getByRole('button', { name: 'Lưu lượt liên hệ' });
    expect((await save.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await save.click();

    await page.getByTestId('contact-saved').waitFor();
    await expect.poll(async () => Number(await hotlineCount(page).textContent())).toBe(before + 1);
    const recent = page.getByTestId('contact').first();
    await recent.getByText('Đường dây nóng', { exact: true }).waitFor();
    await recent.getByText('Đã cung cấp thông tin', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'intake-phone-vi.png'), fullPage: true });

    await page.getByTestId('contact-saved').getByRole('link', { name: 'Bắt đầu sàng lọc' }).click();
    await page.waitForURL(/\/screenings\/new\?contact=[0-9a-f-]{36}$/);
    await screenToTheEnd(page);
    const screeningUrl = page.url();

    // Back at intake, the contact is linked to that screening and counted as screened.
    await page.goto(`${app.baseUrl}/intake`);
    const linked = page.getByTestId('contact').first();
    await linked.getByText('Đã sàng lọc', { exact: true }).waitFor();
    const link = linked.getByRole('link', { name: 'Xem phiếu sàng lọc' });
    expect(screeningUrl).toContain(await link.getAttribute('href'));
    await page
      .getByTestId('counts-by-outcome')
      .locator('li[data-code="screened"]')
      .getByTestId('count')
      .waitFor();
    expect(errors).toEqual([]);

    // In Arabic the page reads right to left and nothing runs off the side of the phone.
    const arabic = await page.context().newPage();
    await arabic.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    await arabic.goto(`${app.baseUrl}/intake`);
    await arabic.getByRole('heading', { level: 1, name: 'الاستقبال في مكتب الخدمة الشاملة' }).waitFor();
    await arabic.getByTestId('counts-by-channel').waitFor();
    expect(await arabic.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(
      await arabic.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(arabic)).toEqual([]);
    await arabic.screenshot({ path: path.join(screenshotDir, 'intake-phone-ar.png'), fullPage: true });
  }, 180_000);

  it('a case worker of a social work centre has no intake screen', async () => {
    const page = await app.signedInPage('lan.nguyen');
    await page.goto(`${app.baseUrl}/intake`);
    await page.getByText('Vai trò của bạn', { exact: false }).first().waitFor();
    expect(await page.getByRole('button', { name: 'Lưu lượt liên hệ' }).count()).toBe(0);
  });
});
