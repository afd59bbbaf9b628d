import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { postCreated, useDemoApp } from './support/session';

// Survivor voice (#20) as the people who use it live it. A case worker of the demo's Lào Cai centre issues
// a status code on a case page and a one-time feedback code; the survivor, on her own 360-px phone, in
// Vietnamese, checks her status and answers the survey through the QR link. Then survivor mode on the
// worker's device, left only with the worker's password.
const WORKER = 'lan.nguyen';
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'vi-VN' };

const app = useDemoApp();

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const noOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

async function registerCase(page: Page): Promise<{ id: string }> {
  return postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
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

async function phonePage(): Promise<Page> {
  const context = await app.newContext(PHONE);
  await context.addInitScript(() => localStorage.setItem('lantern.locale', 'vi'));
  return context.newPage();
}

describe('private status check', () => {
  it('a worker issues a code on the case page; the survivor sees only her step on a 360-px phone', async () => {
    const worker = await app.signedInPage(WORKER);
    const kase = await registerCase(worker);
    await worker.goto(`${app.baseUrl}/cases/${kase.id}`);
    await worker.getByTestId('issue-status-code').click();
    const code = ((await worker.getByTestId('issued-status-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const phone = await phonePage();
    const errors = watchConsoleErrors(phone);
    await phone.goto(`${app.baseUrl}/survivor/status`);
    await phone.getByRole('heading', { name: 'Tra cứu tình trạng hỗ trợ', level: 1 }).waitFor();
    // No staff menu in the survivor frame.
    expect(await phone.getByRole('navigation').count()).toBe(0);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);

    await phone.getByTestId('status-code').fill('ABCD-EFGH-JKMN');
    await phone.getByRole('button', { name: 'Xem tình trạng' }).click();
    await phone.getByTestId('status-error').waitFor();
    expect((await phone.getByTestId('status-error').textContent()) ?? '').toContain('Không tìm thấy mã');

    await phone.getByTestId('status-code').fill(code.toLowerCase());
    await phone.getByRole('button', { name: 'Xem tình trạng' }).click();
    await phone.getByTestId('status-answer').waitFor();
    expect((await phone.getByTestId('status-step').textContent()) ?? '').toBe(
      'Hồ sơ của bạn đã được tiếp nhận',
    );
    const shown = (await phone.locator('main').textContent()) ?? '';
    for (const secret of ['Vàng Thị Dợ', '2000', kase.id]) expect(shown).not.toContain(secret);
    expect(await noOverflow(phone)).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(screenshotDir, 'status-check-360.png'), fullPage: true });
    expect(errors).toEqual([]);

    // Switched off on the case page, the same code answers nothing.
    await worker.getByTestId('status-check-enabled').click();
    await worker.getByText('Tra cứu tình trạng đang tắt cho hồ sơ này.').waitFor();
    const again = await phone.request.post(`${app.baseUrl}/api/survivor/status`, { data: { code } });
    expect(again.status()).toBe(404);
  }, 120_000);
});

describe('anonymous feedback', () => {
  it('the survivor answers through the one-time link on her phone; the link works once', async () => {
    const worker = await app.signedInPage(WORKER);
    await worker.goto(`${app.baseUrl}/feedback`);
    await worker.getByTestId('feedback-service').click();
    await worker.getByRole('option', { name: 'Học nghề, tư vấn và giới thiệu việc làm' }).click();
    await worker.getByRole('button', { name: 'Tạo mã một lần (72 giờ)' }).click();
    const link = ((await worker.getByTestId('issued-feedback-link').textContent()) ?? '').trim();
    expect(await worker.locator('svg').count()).toBeGreaterThan(0);

    const phone = await phonePage();
    const errors = watchConsoleErrors(phone);
    await phone.goto(link);
    await phone.getByText('Về: Học nghề, tư vấn và giới thiệu việc làm').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.getByTestId('answer-respect-yes').click();
    await phone.getByTestId('answer-safety-partly').click();
    await phone.getByTestId('answer-helped-yes').click();
    await phone.getByTestId('answer-change-declined').click();
    await phone
      .getByLabel('Bạn muốn nói thêm điều gì không? (không bắt buộc)')
      .fill('Cảm ơn cô giáo dạy nghề');
    expect(await noOverflow(phone)).toBeLessThanOrEqual(0);
    await phone.getByTestId('send-feedback').click();
    await phone.getByTestId('feedback-thanks').waitFor();
    expect(await seriousAccessibilityViolations(phone)).toEqual([]);
    await phone.screenshot({ path: path.join(screenshotDir, 'feedback-360.png'), fullPage: true });
    expect(errors).toEqual([]);

    const reused = await phone.request.post(`${app.baseUrl}/api/survivor/feedback/code`, {
      data: { code: new URL(link).searchParams.get('code') },
    });
    expect(reused.status()).toBe(404);
  }, 120_000);

  it('survivor mode hides the menu and is left only with the worker’s password', async () => {
    const worker = await app.signedInPage(WORKER, PHONE);
    await worker.goto(`${app.baseUrl}/feedback`);
    await worker.getByTestId('feedback-service').click();
    await worker.getByRole('option', { name: 'Hỗ trợ y tế' }).click();
    await worker.getByTestId('start-survivor-mode').click();
    await worker.getByTestId('survivor-mode').waitFor();
    expect(await worker.getByRole('navigation').count()).toBe(0);
    await worker.getByTestId('answer-respect-yes').click();
    await worker.getByTestId('send-feedback').click();
    await worker.getByTestId('feedback-thanks').waitFor();
    // The back button does not lead out of survivor mode.
    await worker.goBack();
    await worker.waitForTimeout(300);
    expect(new URL(worker.url()).pathname).toBe('/survivor/device');
    await worker.getByTestId('leave-survivor-mode').click();
    await worker.getByLabel('Mật khẩu của cán bộ').fill('not the password');
    await worker.getByRole('button', { name: 'Thoát', exact: true }).click();
    await worker.getByText('Mật khẩu', { exact: false }).first().waitFor();
    expect(new URL(worker.url()).pathname).toBe('/survivor/device');
    await worker.getByLabel('Mật khẩu của cán bộ').fill('demo-lantern-2026');
    await worker.getByRole('button', { name: 'Thoát', exact: true }).click();
    await worker.waitForURL(`${app.baseUrl}/feedback`);
  }, 120_000);
});
