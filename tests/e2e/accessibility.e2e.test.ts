import { randomUUID } from 'node:crypto';
import { type Locale, webRoutePatterns } from '@lantern/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { type RunningServer, startServer } from './support/server';

// Every page of the app, as the people who use it see it, in Vietnamese and in Arabic (right to left):
// no serious or critical accessibility violation (axe-core, WCAG 2.2 AA). The pages come from the one
// route list (packages/domain/src/web-routes.ts), so a page added tomorrow is checked tomorrow.

const DEMO_PASSWORD = 'demo-lantern-2026';
/** Pages that belong to nobody signed in. */
const SIGNED_OUT = [
  '/sign-in',
  '/status',
  '/reference',
  '/set-password',
  '/mfa/enrol',
  '/mfa/verify',
  // survivor voice (#20): survivors complain without an account.
  '/complaint',
];

/** Who opens a page: someone whose work it is (demo accounts, README.md). */
function userFor(pattern: string): string {
  if (pattern.startsWith('/admin')) return 'admin';
  if (pattern === '/audit') return 'auditor';
  if (pattern === '/cases/duplicates' || pattern === '/referrals/supervision') return 'minh.tran';
  if (pattern.startsWith('/screenings')) return 'hoa.le';
  if (pattern === '/reports') return 'analyst';
  // training register and partner exports (#19)
  if (pattern === '/training') return 'swc.admin';
  if (pattern === '/exports') return 'analyst';
  // survivor voice (#20)
  if (pattern.startsWith('/complaints')) return 'thu.pham';
  if (pattern === '/stories/review') return 'minh.tran';
  if (pattern === '/stories') return 'analyst';
  return 'lan.nguyen';
}
/** Each role's own home page too: it differs by role. */
const HOMES = ['admin', 'auditor', 'lan.nguyen', 'minh.tran', 'hoa.le'];

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({}, { args: ['--demo'] });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function contextIn(locale: Locale): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((chosen) => localStorage.setItem('lantern.locale', chosen), locale);
  return context;
}

async function signIn(page: Page, username: string): Promise<void> {
  const answer = await page.request.post(`${server.baseUrl}/api/auth/sign-in`, {
    data: { username, password: DEMO_PASSWORD },
    headers: { Origin: server.baseUrl },
  });
  expect(answer.status(), `${username}: ${await answer.text()}`).toBe(200);
}

/** The first id in a list answer, whatever its shape ({items: […]}, […], {cases: […]}). */
function firstId(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string')
        return (entry as { id: string }).id;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) {
      const found = firstId(inner);
      if (found) return found;
    }
  }
  return undefined;
}

/** A real address for a pattern: its parameter is the first record the user's list shows (else none found). */
async function addressOf(page: Page, pattern: string): Promise<string> {
  if (!pattern.includes('$')) return pattern;
  const list = pattern.replace(/\/\$[^/]+.*$/, '');
  const answer = await page.request.get(`${server.baseUrl}/api${list}`);
  const id = answer.ok() ? firstId(await answer.json().catch(() => undefined)) : undefined;
  return pattern.replace(/\$[^/]+/, id ?? randomUUID());
}

async function visit(page: Page, address: string): Promise<string[]> {
  await page.goto(`${server.baseUrl}${address}`, { waitUntil: 'networkidle' });
  // Lazy pages and their queries settle; skeletons give way to content.
  await page.locator('h1, main').first().waitFor({ timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  return seriousAccessibilityViolations(page);
}

describe.each(['vi', 'ar'] as const)('every page in %s', (locale) => {
  it('signed out: no serious accessibility violation and no console error', async () => {
    const context = await contextIn(locale);
    const page = await context.newPage();
    const errors = watchConsoleErrors(page, { failedRequests: true });
    const found: Record<string, string[]> = {};
    for (const address of SIGNED_OUT.filter((path) =>
      (webRoutePatterns as readonly string[]).includes(path),
    )) {
      const violations = await visit(page, address);
      if (violations.length) found[address] = violations;
    }
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    await context.close();
    expect(found).toEqual({});
    expect(errors).toEqual([]);
  }, 300_000);

  const byUser = new Map<string, string[]>();
  for (const pattern of webRoutePatterns) {
    if (SIGNED_OUT.includes(pattern)) continue;
    const user = userFor(pattern);
    byUser.set(user, [...(byUser.get(user) ?? []), pattern]);
  }
  for (const user of HOMES)
    if (!byUser.get(user)?.includes('/')) byUser.set(user, ['/', ...(byUser.get(user) ?? [])]);

  it.each([...byUser.entries()])(
    'signed in as %s: no serious accessibility violation on %o',
    async (user, patterns) => {
      const context = await contextIn(locale);
      const page = await context.newPage();
      const errors = watchConsoleErrors(page);
      await signIn(page, user);
      const found: Record<string, string[]> = {};
      for (const pattern of patterns) {
        const address = await addressOf(page, pattern);
        const violations = await visit(page, address);
        if (violations.length) found[address] = violations;
      }
      await context.close();
      expect(found).toEqual({});
      expect(errors).toEqual([]);
    },
    600_000,
  );
});

describe('the audit trail page', () => {
  it('names actions in words, shows refusals apart, and takes days as dd/mm/yyyy', async () => {
    const worker = await browser.newContext();
    const workerPage = await worker.newPage();
    await signIn(workerPage, 'lan.nguyen');
    // A case worker asks for the audit trail: refused (403), and kept as a refusal.
    expect((await workerPage.request.get(`${server.baseUrl}/api/audit/events`)).status()).toBe(403);
    await worker.close();

    const context = await contextIn('vi');
    const page = await context.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, 'auditor');
    await page.goto(`${server.baseUrl}/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByLabel('Kết quả').selectOption('refused');
    await page.getByTestId('audit-from').fill('01/12/2026');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/outcome=refused/);
    expect(page.url()).toContain('from=2026-12-01');
    const refused = page.locator('tr[data-outcome="refused"]').filter({ hasText: 'lan.nguyen' }).first();
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Yêu cầu bị từ chối');
    expect(await refused.getByTestId('audit-refusal').textContent()).toContain('(forbidden)');
    expect(await page.locator('tr[data-outcome]:not([data-outcome="refused"])').count()).toBe(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
