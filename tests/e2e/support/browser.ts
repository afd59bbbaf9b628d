import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { repoRoot } from './server';

export const screenshotDir = path.join(repoRoot, 'test-results', 'e2e');

/** Debian's Chromium, headless, with the background networking that a closed network refuses turned off. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.LANTERN_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core (WCAG 2.x A/AA rules) and returns the serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's own Content-Security-Policy stays untouched.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      count: v.nodes.length,
      where: JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.count}) ${v.help} at ${v.where}`);
}

/**
 * Collects script errors and Content-Security-Policy refusals printed to the browser console. With
 * `failedRequests`, a request answered 4xx/5xx counts too: a page that works as intended (a signed-out
 * visit) must not leave one.
 */
export function watchConsoleErrors(page: Page, options: { failedRequests?: boolean } = {}): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // An API answering 4xx/5xx is logged by the browser as a failed resource; that is the app working.
    const failedRequest = message.text().startsWith('Failed to load resource');
    if (message.type() === 'error' && (options.failedRequests || !failedRequest)) {
      errors.push(failedRequest ? `${message.text()} ${message.location().url}` : message.text());
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
