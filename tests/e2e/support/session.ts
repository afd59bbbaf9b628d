import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from './browser';
import { type RunningServer, startServer } from './server';

/** The password of every demo account; demo accounts skip the second factor. */
export const DEMO_PASSWORD = 'demo-lantern-2026';

/** The demo's social work centre of Lào Cai, the province's default receiving agency. */
export const LAO_CAI_CENTRE = 'Trung tâm Công tác xã hội tỉnh Lào Cai';

/** The built server with the demo's agencies and accounts (no synthetic cases), and Chromium to drive it. */
export interface DemoApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly baseUrl: string;
  /** A new browser context, closed after the file's tests (before the browser). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a new context (see `newContext`), signed in through the sign-in form. */
  signedInPage(username: string, options?: BrowserContextOptions, password?: string): Promise<Page>;
}

/**
 * Starts the server (`--demo --demo-cases 0`) and Chromium before the file's tests and stops them after, with
 * every context opened through `newContext`. Call it once, at the top of a test file.
 */
export function useDemoApp(): DemoApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({}, { args: ['--demo', '--demo-cases', '0'] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  function started<T>(value: T | undefined, what: string): T {
    if (value === undefined) throw new Error(`${what} is not started yet: use it in a test or a hook`);
    return value;
  }

  const app: DemoApp = {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
    get baseUrl() {
      return app.server.baseUrl;
    },
    async newContext(options) {
      const context = await app.browser.newContext(options);
      contexts.push(context);
      return context;
    },
    async signedInPage(username, options, password = DEMO_PASSWORD) {
      const context = await app.newContext(options);
      const page = await context.newPage();
      await signIn(page, app.baseUrl, username, password);
      return page;
    },
  };
  return app;
}

/** Signs in through the sign-in form (an account without a second factor) and waits for the home's greeting. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('greeting').waitFor();
}

/** The signed-in session of the page's context, as the API tells it. */
export interface AuthSession {
  csrfToken: string;
  user: { id: string };
}

export async function authSession(page: Page, baseUrl: string): Promise<AuthSession> {
  const session = await page.request.get(`${baseUrl}/api/auth/session`);
  return (await session.json()) as AuthSession;
}

/** The CSRF token that a state-changing API call of the page's session must carry. */
export async function csrfToken(page: Page, baseUrl: string): Promise<string> {
  return (await authSession(page, baseUrl)).csrfToken;
}

/**
 * POSTs `data` to the API as the page's signed-in user, expects 201 Created (the answer's text is the failure
 * message) and returns the created resource. Tests use it for what other tests drive through the screens.
 */
export async function postCreated<T>(
  page: Page,
  baseUrl: string,
  apiPath: string,
  data: unknown,
): Promise<T> {
  const created = await page.request.post(`${baseUrl}${apiPath}`, {
    headers: { 'X-CSRF-Token': await csrfToken(page, baseUrl) },
    data,
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as T;
}

/**
 * A possible victim's screening made in Lào Cai (province 15), stored through the API as the page's signed-in
 * user: the screening screens have their own test. Returns its id.
 */
export async function screenPossibleVictimInLaoCai(page: Page, baseUrl: string): Promise<string> {
  const body = await postCreated<{ id: string; outcome: string }>(page, baseUrl, '/api/screenings', {
    screenedAt: new Date().toISOString(),
    consentToInterview: true,
    interviewLanguage: 'vie',
    interpreterUsed: false,
    provinceCode: '15',
    responses: [
      {
        instrumentId: 'act-means-purpose',
        instrumentVersion: 1,
        answers: {
          'age-group': 'adult',
          'offered-or-arranged': 'yes',
          'recruitment-method': ['through-online-social-networks'],
          'recruitment-platforms': ['vn-zalo'],
          movement: ['transported', 'handed-over'],
          'control-methods': ['false-promises', 'withholds-documents', 'physical-abuse'],
          'exploitation-types': ['vn-forced-online-scam'],
          'safe-place-tonight': 'no',
        },
      },
    ],
  });
  expect(body.outcome).toBe('possible-victim');
  return body.id;
}
