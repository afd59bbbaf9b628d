import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchChromium,
  screenshotDir,
  seriousAccessibilityViolations,
  watchConsoleErrors,
} from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { signIn } from './support/session';

// The programme analyst of the ministry (aggregates only) opens the national dashboard of the demo country:
// cards, the 34-province map with its table, trends. With a synthetic caseload of 1,500 cases, busy provinces
// show their figures and quiet ones show "<11", explained by a legend; no hidden cell ever shows a number.
// Then the Arabic version at phone width, right to left and without sideways scrolling of the page.
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo', '--demo-cases', '1500'] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedInPage(username: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  // Demo accounts skip the second factor: the sign-in form leads straight to the home.
  await signIn(page, server.baseUrl, username);
  return page;
}

/** The part centred in the window (clear of the fixed header), as the reader sees it. */
async function viewportShot(page: Page, testId: string, file: string) {
  await page.getByTestId(testId).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: path.join(screenshotDir, file) });
}

/** The province-table rows whose value is a number, and those marked as suppressed. */
async function provinceRows(page: Page) {
  const rows = page.getByTestId('province-row');
  const suppressed = rows.filter({ has: page.getByTestId('suppressed-cell') });
  return { all: await rows.count(), suppressed: await suppressed.count() };
}

describe('the national dashboard', () => {
  it('shows the analyst the map, the province table and suppressed cells marked "<11"', async () => {
    const page = await signedInPage('analyst', 1280, 900);
    const errors = watchConsoleErrors(page);
    // An analyst has no worklist: the home leads to the dashboard, as does the menu.
    expect(await page.getByRole('link', { name: 'Bảng theo dõi', exact: true }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Mở bảng theo dõi' }).click();
    await page.getByRole('heading', { name: 'Bảng theo dõi', level: 1 }).waitFor();

    // Cards: the persons received this year, with a comparison to the year before.
    const received = page.locator('[data-testid="indicator-card"][data-indicator="persons_received"]');
    await received.getByTestId('indicator-change').waitFor();
    expect(await received.textContent()).toMatch(/so với năm \d{4}/);

    // The map is drawn and named; the table says the same in text.
    const map = page.getByTestId('province-map');
    await map.locator('svg path').first().waitFor();
    expect(await map.getAttribute('aria-label')).toContain('Bản đồ 34 tỉnh, thành phố');
    await page.getByTestId('province-row').first().waitFor();
    const rows = await provinceRows(page);
    expect(rows.all).toBe(34);
    // Some provinces have too few people this year to publish, and are marked so, never as a number.
    expect(rows.suppressed).toBeGreaterThan(0);
    expect(rows.suppressed).toBeLessThan(34);
    const hidden = page.getByTestId('suppressed-cell').first();
    expect(await hidden.locator('[aria-hidden="true"]').textContent()).toBe('<11');
    expect(await hidden.textContent()).toContain('Đã ẩn: ít hơn 11 người');
    // Every figure that is shown rests on no one or on at least 11 people.
    const shown = page.getByTestId('province-row').filter({ hasNot: page.getByTestId('suppressed-cell') });
    const values = (await shown.locator('td').allTextContents()).map((text) =>
      Number(text.replace(/\D/g, '')),
    );
    expect(values.length).toBe(34 - rows.suppressed);
    expect(values.filter((value) => value > 0 && value < 11)).toEqual([]);
    expect(values.some((value) => value >= 11)).toBe(true);
    // The legend explains the mark.
    await page.getByTestId('suppression-legend').filter({ hasText: '<11 = ô đã ẩn' }).first().waitFor();
    // And when the figures were computed (a slow national table may be answered from its last computation).
    await page
      .getByTestId('figures-computed-at')
      .filter({ hasText: /^Số liệu tính đến \d{2}\/\d{2}\/\d{4}/ })
      .first()
      .waitFor();

    // Trends by month as well as by quarter.
    await page.getByTestId('trend-chart').locator('svg').waitFor();
    await page.getByTestId('trend-period').getByText('Theo tháng').click();
    await page.getByText('Xem dạng bảng').click();
    await expect.poll(() => page.getByTestId('trend-table').locator('tbody tr').count()).toBe(24);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-national-vi.png'), fullPage: true });
    await viewportShot(page, 'province-map', 'dashboard-map-vi.png');
    expect(errors).toEqual([]);
  });

  it('reads right to left in Arabic on a 360-px phone, without the page scrolling sideways', async () => {
    const page = await signedInPage('analyst', 360, 780);
    await page.evaluate(() => localStorage.setItem('lantern.locale', 'ar'));
    await page.goto(`${server.baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'لوحة المتابعة', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('province-row').first().waitFor();
    await page.getByTestId('province-map').locator('svg path').first().waitFor();
    expect(await page.getByTestId('suppressed-cell').count()).toBeGreaterThan(0);
    // "<11" stays left to right inside the Arabic page (it would otherwise read "11>").
    const mark = page.getByTestId('suppressed-cell').first().locator('[aria-hidden="true"]');
    expect(await mark.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-national-ar-360.png') });
    await viewportShot(page, 'province-map', 'dashboard-map-ar-360.png');
    await viewportShot(page, 'province-table', 'dashboard-table-ar-360.png');
    await viewportShot(page, 'trend-chart', 'dashboard-trend-ar-360.png');
  });

  it("gives a supervisor the agency's own figures in full, with the team's work, and the national view on demand", async () => {
    const page = await signedInPage('minh.tran', 1280, 900);
    const errors = watchConsoleErrors(page);
    await page.goto(`${server.baseUrl}/dashboard`);
    await page.getByRole('heading', { name: 'Bảng theo dõi', level: 1 }).waitFor();
    // Own scope first: nothing hidden, and said so.
    await page.getByTestId('suppression-legend').filter({ hasText: 'hiển thị đầy đủ' }).first().waitFor();
    await page.getByTestId('mywork-cases').filter({ hasText: /\d/ }).waitFor();
    await page.getByTestId('mywork-overdue-verifications').filter({ hasText: /\d/ }).waitFor();
    await page.getByTestId('mywork-overdue-referrals').filter({ hasText: /\d/ }).waitFor();
    const received = page.locator('[data-testid="indicator-card"][data-indicator="persons_received"]');
    await received.getByTestId('indicator-change').waitFor();
    expect(await received.getByTestId('suppressed-cell').count()).toBe(0);
    expect(await page.getByTestId('province-map').count()).toBe(0);
    // Survivor feedback exists nationally only: the own view says so instead of asking for it (decision 0007).
    const feedback = page.locator('[data-testid="indicator-card"][data-indicator="feedback_responses"]');
    expect(await feedback.getByTestId('indicator-national-only').textContent()).toContain(
      'Chỉ có số liệu toàn quốc',
    );
    await page.getByTestId('trend-chart').locator('svg').waitFor();
    // Data quality: the centre's open cases, with what is missing and what stands still.
    const quality = page
      .getByTestId('quality-row')
      .filter({ hasText: 'Trung tâm Công tác xã hội tỉnh Lào Cai' });
    await quality.waitFor();
    expect(Number((await quality.locator('td').nth(1).textContent())?.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'dashboard-agency-vi.png'), fullPage: true });

    // A supervisor also reads aggregates: the national view, suppressed, with its map.
    await page.getByTestId('dashboard-scope').getByText('Toàn quốc').click();
    await page.getByTestId('province-map').locator('svg path').first().waitFor();
    await feedback.getByTestId('indicator-change').waitFor();
    expect(await feedback.getByTestId('indicator-national-only').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
