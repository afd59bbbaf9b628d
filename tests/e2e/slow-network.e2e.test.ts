import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchConsoleErrors } from './support/browser';
import { type RunningServer, startServer } from './support/server';

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
 * The issue (#17) asks for 3 s; on this profile that is out of reach for any page that needs ~235 KB
 * (brotli) of React, Mantine, router and catalogue before it can draw: the link alone needs 235/50 = 4.7 s,
 * plus ~1 s for the connection and the page. Measured here: 7–9 s on a busy 2-core runner (12 s+ before
 * compression). This bound catches a regression (a lost preload wave, uncompressed assets); the 3 s
 * target needs a smaller first screen (server-rendered sign-in form or a lighter UI kit) — an open item.
 */
const SIGN_IN_FORM_WITHIN_MS = 12_000;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
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
  it('shows the sign-in form in one wave of compressed downloads (12 s bound, target 3 s not met)', async () => {
    const { context, page } = await slowPhone();
    const consoleErrors = watchConsoleErrors(page);
    const encodings = new Map<string, string>();
    page.on('response', (response) => {
      if (/\/assets\/.+\.(js|css)$/.test(response.url())) {
        encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding'] ?? 'none');
      }
    });

    const started = Date.now();
    await page.goto(`${server.baseUrl}/sign-in`, { waitUntil: 'commit' });
    await page.getByLabel('Tên đăng nhập').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ state: 'visible' });
    const elapsed = Date.now() - started;
    process.stdout.write(`slow 3G: sign-in form visible after ${elapsed} ms\n`);

    expect(elapsed).toBeLessThanOrEqual(SIGN_IN_FORM_WITHIN_MS);
    expect(encodings.size).toBeGreaterThan(1);
    expect([...encodings].filter(([, encoding]) => encoding !== 'br')).toEqual([]);
    expect(consoleErrors).toEqual([]);
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
