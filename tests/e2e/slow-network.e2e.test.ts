import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchConsoleErrors } from './support/browser';
import { type RunningServer, startServer } from './support/server';
import { DEMO_PASSWORD } from './support/session';

/**
 * The network profile of a phone on slow 3G in Viet Nam's countryside, as Chromium emulates it: 400 ms
 * round trip added to every request, 400 kbit/s down and up, shared by all requests of the page.
 */
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
/**
 * The issue (#17) asks for the sign-in form within 3 s. The app itself cannot draw that soon on this
 * profile: it needs ~235 KB (brotli) of React, Mantine, router and catalogue, 235/50 = 4.7 s on the link
 * alone, and takes 7–9 s on a busy 2-core runner. So the server sends /sign-in with the form already in
 * the HTML (apps/web/src/features/auth/sign-in-shell-html.ts, ~2 KB brotli): readable and typeable as
 * soon as the page arrives, it never submits, and the app's own form takes over what was typed. Measured
 * here: first paint at 0.7–1 s, typed into at ~1 s (up to 2.8 s on a heavily loaded runner), app at 7–8 s.
 */
const SIGN_IN_FORM_WITHIN_MS = 3_000;
/** The app's own form, once its code has arrived: catches a lost preload wave or lost compression. */
const APP_FORM_WITHIN_MS = 12_000;

const USERNAME = 'lan.nguyen';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // The demo accounts: signing in with what was typed before the app arrived must work.
  server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A new phone-sized context: nothing cached, nothing stored — every load here is a first visit. */
async function slowPhone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  return { context, page };
}

describe('the first screen on a slow 3G phone', () => {
  it('shows a typeable sign-in form within 3 s; the app keeps what was typed and signs in with it', async () => {
    const { context, page } = await slowPhone();
    const consoleErrors = watchConsoleErrors(page);
    // The first screen's downloads, and everything the page asks for before the app's form has taken over.
    let appReady = false;
    const encodings = new Map<string, string>();
    page.on('response', (response) => {
      if (!appReady && /\/assets\/.+\.(js|css)$/.test(response.url())) {
        encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding'] ?? 'none');
      }
    });
    // None of what the page asks for before the app's form took over may carry what was typed.
    const sentEarly: string[] = [];
    page.on('request', (request) => {
      if (!appReady) sentEarly.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`);
    });

    const started = Date.now();
    await page.goto(`${server.baseUrl}/sign-in`, { waitUntil: 'commit' });
    const shell = page.locator('#sign-in-shell');
    const early = shell.getByLabel('Tên đăng nhập');
    await early.waitFor({ state: 'visible', timeout: 20_000 });
    await early.fill(USERNAME);
    expect(await early.inputValue()).toBe(USERNAME);
    const typeable = Date.now() - started;
    // Typed key by key into the password field, then Enter: the early form must not send it anywhere.
    await shell.getByLabel('Mật khẩu').pressSequentially(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    const button = shell.getByRole('button');
    expect(await button.isDisabled()).toBe(true);
    expect(await button.textContent()).toBe('Đang tải…');
    // Still the pre-rendered form: the app's code had not arrived yet.
    expect(await shell.count()).toBe(1);

    await shell.waitFor({ state: 'detached', timeout: 30_000 });
    appReady = true;
    const appForm = Date.now() - started;
    process.stdout.write(
      `slow 3G: sign-in form typeable after ${typeable} ms, app took over after ${appForm} ms\n`,
    );
    expect(typeable).toBeLessThanOrEqual(SIGN_IN_FORM_WITHIN_MS);
    expect(appForm).toBeLessThanOrEqual(APP_FORM_WITHIN_MS);

    // The app's form has what was typed, and the focus where it was.
    expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe(USERNAME);
    const password = page.locator('input[name="password"]');
    expect(await password.inputValue()).toBe(DEMO_PASSWORD);
    expect(await password.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/sign-in');
    expect(sentEarly.filter((line) => !line.startsWith('GET '))).toEqual([]);
    expect(sentEarly.filter((line) => line.includes(USERNAME) || line.includes(DEMO_PASSWORD))).toEqual([]);

    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/sign-in'));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    expect((await answer).status()).toBe(200);
    await page.getByTestId('greeting').waitFor({ timeout: 30_000 });

    expect(encodings.size).toBeGreaterThan(1);
    expect([...encodings].filter(([, encoding]) => encoding !== 'br')).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('pre-renders the form only at /sign-in, in the language the reader chose in the app', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('lantern.locale', 'ar'));
    const page = await context.newPage();
    // Another page, opened by a signed-in user, must never flash a sign-in form.
    const other = await page.request.get(`${server.baseUrl}/cases`);
    expect(await other.text()).not.toContain('sign-in-shell');
    // The app, started once, tells the server its language; the server then sends the form in it.
    await page.goto(`${server.baseUrl}/status`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const signInPage = await page.request.get(`${server.baseUrl}/sign-in`);
    expect(signInPage.headers().vary).toBe('Accept-Encoding, Cookie');
    const html = await signInPage.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('>اسم المستخدم<');
    // Its script-free form: none inline, and nothing that would send what is typed anywhere.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).toMatch(/<form[^>]* method="dialog"/);
    expect(html).toMatch(/<button type="submit" disabled>/);
    expect(html).toContain('autocomplete="username"');
    expect(html).toContain('autocomplete="current-password"');
    await context.close();
  });

  it('keeps source maps private', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    const scripts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script[src]'), (s) => (s as HTMLScriptElement).src),
    );
    const entry = scripts[0];
    expect(entry).toMatch(/\/assets\/.+\.js$/);
    const source = await (await page.request.get(entry as string)).text();
    expect(source).not.toContain('sourceMappingURL');
    const map = await page.request.get(`${entry}.map`);
    expect(map.status()).toBe(404);
    await context.close();
  });
});
