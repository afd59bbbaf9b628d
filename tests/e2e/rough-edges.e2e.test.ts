import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { watchConsoleErrors } from './support/browser';
import { DEMO_PASSWORD, postCreated, useDemoApp } from './support/session';

// Rough edges a new user found (issue #17): each check below failed in Chromium before its fix.
const CASE_WORKER = { username: 'lan.nguyen', password: DEMO_PASSWORD };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
type Locale = 'vi' | 'en' | 'ar';

const app = useDemoApp();

/** A signed-in page on a 360 px phone, in the given interface language (as the language menu stores it). */
async function phoneIn(locale: Locale): Promise<Page> {
  const context = await app.newContext(PHONE);
  await context.addInitScript((chosen) => localStorage.setItem('lantern.locale', chosen), locale);
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/sign-in`);
  await page
    .locator('input[name="username"], input[autocomplete="username"]')
    .first()
    .fill(CASE_WORKER.username);
  await page.locator('input[name="password"]').fill(CASE_WORKER.password);
  await page.locator('button[type="submit"]').click();
  // Signed in once the app leaves the sign-in page (the home page itself is not what these tests look at).
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

/** Segmented controls whose content is wider than their box, with the labels that are cut off. */
function overflowingSegments(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.mantine-SegmentedControl-root')).flatMap((root) => {
      const cut = Array.from(root.querySelectorAll<HTMLElement>('.mantine-SegmentedControl-label')).filter(
        (label) => label.scrollWidth > label.clientWidth + 1,
      );
      return root.scrollWidth > root.clientWidth + 1 || cut.length > 0
        ? [`${root.scrollWidth}>${root.clientWidth}: ${cut.map((label) => label.textContent).join(' | ')}`]
        : [];
    }),
  );
}

/** The case of a returnee whose birth year only is known, registered through the API. */
async function registerCase(page: Page): Promise<string> {
  const consent = { method: 'signed_form', language: 'vie', obtainedOn: '2026-12-04', givenBy: 'person' };
  const registered = await postCreated<{ id: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Thào Thị Mỷ', birthYear: 2004 },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie', 'hmn'] },
    },
    case: { receivedOn: '2026-12-04', intakeRoute: 'vn.ReturnedByForeignAuthorities' },
    consents: [
      { purpose: 'services', ...consent },
      { purpose: 'sharing', sharingAgencyTypes: ['womens_union_one_stop'], ...consent },
    ],
  });
  return registered.id;
}

describe('rough edges on a phone, in Chromium', () => {
  it.each<Locale>(['vi', 'en', 'ar'])(
    'the "what is known about the date of birth" choice fits a 360 px screen in %s',
    async (locale) => {
      const page = await phoneIn(locale);
      const errors = watchConsoleErrors(page);
      await page.goto(`${app.baseUrl}/cases/new`);
      await page.getByTestId('register-name').waitFor();
      await page.locator('.mantine-SegmentedControl-root').first().waitFor();
      expect(await overflowingSegments(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      expect(errors).toEqual([]);
    },
  );

  it.each<Locale>(['vi', 'ar'])('names every interview language in %s, each once', async (locale) => {
    const page = await phoneIn(locale);
    await page.goto(`${app.baseUrl}/screenings/new`);
    await page.getByRole('radio').first().click();
    const select = page.getByLabel(locale === 'vi' ? 'Ngôn ngữ phỏng vấn' : 'لغة المقابلة', { exact: true });
    await select.waitFor();
    const names = await select.locator('option').allTextContents();
    expect(names.length).toBeGreaterThan(150);
    // Vietnamese names say "Tiếng …"; Arabic ones are in Arabic script. An ISO English name is neither.
    const foreign = names.filter((name) =>
      locale === 'vi' ? !name.startsWith('Tiếng ') : !/[\u0600-\u06FF]/.test(name),
    );
    expect(foreign).toEqual([]);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('the screening counts its steps by section and does not grow as answers open questions', async () => {
    const page = await phoneIn('vi');
    await page.goto(`${app.baseUrl}/screenings/new`);
    const progress = page.getByTestId('wizard-progress');
    await progress.waitFor();
    const before = await progress.textContent();
    await page.getByRole('radio').first().click();
    expect(await progress.textContent()).toBe(before);
    expect(before).toMatch(/^Bước 1\/\d+$/);
    expect(before).not.toBe('Bước 1/1');
  });
});

describe('a case in Arabic and its sharing, in Chromium', () => {
  let caseId = '';

  it('shows Arabic province names, Arabic commas and the name aligned to the right', async () => {
    const page = await phoneIn('ar');
    caseId = await registerCase(page);
    await page.goto(`${app.baseUrl}/cases/${caseId}?tab=person`);
    const name = page.getByTestId('case-name');
    await name.waitFor();
    // The name line follows the page (right to left): the name sits at its right edge, not its left.
    const [line, text] = await Promise.all([name.boundingBox(), name.locator('bdi').boundingBox()]);
    expect(line && text && Math.abs(line.x + line.width - (text.x + text.width))).toBeLessThan(2);
    await page.getByText('مقاطعة لاو كاي', { exact: false }).first().waitFor();
    await page.getByText('الفيتنامية، لغة الهمونغ', { exact: true }).waitFor();
  });

  it('finds the Lào Cai women’s union to share with by "phu nu lao cai" and by "hoi phu nu"', async () => {
    const page = await phoneIn('vi');
    caseId ||= await registerCase(page);
    await page.goto(`${app.baseUrl}/cases/${caseId}?tab=sharing`);
    const field = page.getByTestId('share-agency');
    // The field says what it takes: an agency, found by its name (it used to say "agency code").
    await page.getByText('Cơ quan nhận chia sẻ', { exact: true }).waitFor();
    await field.waitFor();
    for (const words of ['phu nu lao cai', 'hoi phu nu']) {
      // The server finds the demo's Lào Cai women's union by those words…
      const answer = await page.request.get(
        `${app.baseUrl}/api/directory/agencies?q=${encodeURIComponent(words)}`,
      );
      const union = ((await answer.json()) as Array<{ name: string; provinceCode: string }>).find(
        (agency) => agency.provinceCode === '15' && /LHPN|Phụ nữ/.test(agency.name),
      );
      expect(union?.name).toBeDefined();
      // …and so does the field, as the user types them.
      await field.fill(words);
      await page
        .locator('[role=option]')
        .filter({ hasText: union?.name ?? '' })
        .first()
        .waitFor({ state: 'attached' });
    }
  });
});
