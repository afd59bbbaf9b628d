import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { LAO_CAI_CENTRE, useDemoApp } from './support/session';

// A survivor, on a 360-px phone and without an account, complains in Vietnamese that the Lào Cai social work
// centre stigmatised her. She keeps the receipt code, the complaints officer of the ministry (outside the
// centre) finds it in her inbox and answers, and the survivor reads the answer with her code.
const OFFICER = 'thu.pham';
const app = useDemoApp();
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
const STORY =
  'Khi tôi đến nhận hỗ trợ, cán bộ nói to trước mọi người rằng tôi là nạn nhân bị bán sang Trung Quốc.';

describe('complaints', () => {
  it('a survivor complains on a phone without an account; the officer outside the agency answers', async () => {
    const context = await app.newContext(PHONE);
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    await page.goto(`${app.baseUrl}/complaint`);
    await page.getByRole('heading', { level: 1, name: 'Gửi khiếu nại' }).waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page
      .getByRole('combobox', { name: 'Cơ quan bạn muốn khiếu nại' })
      .fill('Công tác xã hội tỉnh Lào Cai');
    await page.getByRole('option', { name: LAO_CAI_CENTRE, exact: true }).click();
    await page
      .getByRole('radiogroup', { name: 'Việc gì đã xảy ra?' })
      .getByRole('radio', { name: 'Bị phân biệt đối xử hoặc kỳ thị' })
      .click();
    await page.getByRole('textbox', { name: 'Hãy kể điều đã xảy ra' }).fill(STORY);
    const send = page.getByRole('button', { name: 'Gửi khiếu nại' });
    expect((await send.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await send.click();

    const code = (await page.getByTestId('complaint-receipt-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^KN-[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'complaint-phone-vi.png'), fullPage: true });

    await page.getByRole('textbox', { name: 'Mã biên nhận' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Xem tình trạng' }).click();
    await page.getByTestId('complaint-check-result').getByText('Đã nhận', { exact: true }).waitFor();
    expect(errors).toEqual([]);

    // The ministry's complaints officer finds it in her inbox with its deadline, opens it and answers.
    const officer = await app.signedInPage(OFFICER);
    await officer.getByRole('navigation').getByRole('link', { name: 'Khiếu nại', exact: true }).click();
    await officer.getByRole('heading', { level: 1, name: 'Khiếu nại cần giải quyết' }).waitFor();
    const card = officer.getByTestId('complaint-card').filter({ hasText: LAO_CAI_CENTRE }).first();
    await card.getByText(/còn \d+ ngày/).waitFor();
    expect(await seriousAccessibilityViolations(officer)).toEqual([]);
    await card.getByRole('link').click();
    await officer.getByTestId('complaint-description').getByText(STORY).waitFor();
    await officer.getByRole('combobox', { name: 'Bước' }).click();
    await officer.getByRole('option', { name: 'Trả lời người khiếu nại' }).click();
    await officer
      .getByRole('textbox', { name: 'Câu trả lời (người khiếu nại sẽ đọc được)' })
      .fill('Trung tâm đã xin lỗi bạn và nhắc nhở cán bộ.');
    await officer.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await officer.getByTestId('complaint-status').getByText('Đã trả lời').waitFor();

    // The survivor reads the answer with her code.
    await page.getByRole('button', { name: 'Xem tình trạng' }).click();
    const result = page.getByTestId('complaint-check-result');
    await result.getByText('Đã trả lời', { exact: true }).waitFor();
    await result.getByText('Trung tâm đã xin lỗi bạn và nhắc nhở cán bộ.').waitFor();
  }, 180_000);
});
