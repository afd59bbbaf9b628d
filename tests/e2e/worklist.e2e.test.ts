import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { screenshotDir, seriousAccessibilityViolations, watchConsoleErrors } from './support/browser';
import { authSession, csrfToken, postCreated, signIn, useDemoApp } from './support/session';

// The Lào Cai social work centre of the demo: a case worker on a phone and her supervisor at a desk; a commune
// police screener. Demo accounts skip the second factor; no synthetic cases, so every list starts empty.
const WORKER = 'lan.nguyen';
const SUPERVISOR = 'minh.tran';
const SCREENER = 'hoa.le';

const app = useDemoApp();
let phone: BrowserContext;
let desk: BrowserContext;

beforeAll(async () => {
  phone = await app.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true });
  desk = await app.newContext({ viewport: { width: 1280, height: 900 } });
});

const dayOffset = (days: number) =>
  new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** A case received five days ago, so its 3-day verification is two days overdue (registration has its own test). */
async function registerLateCase(page: Page): Promise<{ id: string; code: string }> {
  const received = dayOffset(-5);
  return postCreated<{ id: string; code: string }>(page, app.baseUrl, '/api/cases', {
    person: {
      identity: { fullName: 'Thào Thị Dung', dateOfBirth: '2003-02-11' },
      profile: { sex: 'Feminine', homeProvinceCode: '15', languages: ['vie'] },
    },
    case: {
      receivedOn: received,
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['ForcedMarriage'],
    },
    consents: [
      {
        purpose: 'services',
        method: 'signed_form',
        language: 'vie',
        obtainedOn: received,
        givenBy: 'person',
      },
    ],
  });
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the home is a worklist', () => {
  let kase: { id: string; code: string };

  it('a case worker on a phone: an empty home says what to do, then her late case and her tasks', async () => {
    const page = await phone.newPage();
    const errors = watchConsoleErrors(page);
    await signIn(page, app.baseUrl, WORKER);
    await page.getByTestId('my-cases-empty').getByRole('link', { name: 'Đăng ký hồ sơ' }).waitFor();
    await page.getByText('Không có việc nào đang mở.', { exact: false }).waitFor();
    await page.getByText('Không có chuyển gửi nào đang chờ trả lời.').waitFor();
    await noSidewaysScroll(page);

    kase = await registerLateCase(page);
    const overdue = await page.request.post(`${app.baseUrl}/api/cases/${kase.id}/tasks`, {
      headers: { 'X-CSRF-Token': await csrfToken(page, app.baseUrl) },
      data: { title: 'Gọi điện cho gia đình chị Dung', dueOn: dayOffset(-1) },
    });
    expect(overdue.status()).toBe(201);
    // She gives the overdue task to herself so it is hers on the home.
    const mine = (await overdue.json()) as { id: string };
    const me = await authSession(page, app.baseUrl);
    await page.request.patch(`${app.baseUrl}/api/cases/${kase.id}/tasks/${mine.id}`, {
      headers: { 'X-CSRF-Token': await csrfToken(page, app.baseUrl) },
      data: { assigneeId: me.user.id },
    });

    await page.goto(app.baseUrl);
    const cases = page.getByTestId('my-cases');
    await cases.getByRole('link', { name: kase.code }).waitFor();
    expect(await cases.getByTestId('deadline').textContent()).toBe('Quá hạn xác minh 2 ngày');
    const tasks = page.getByTestId('my-tasks');
    await tasks.getByText('Gọi điện cho gia đình chị Dung').waitFor();
    expect(await tasks.getByTestId('deadline').textContent()).toBe('Quá hạn 1 ngày');
    await noSidewaysScroll(page);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(screenshotDir, 'worklist-worker-phone.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('she gives a task to her supervisor from the case; he finds it, with the team behind, and ticks it done', async () => {
    const page = await phone.newPage();
    await page.goto(`${app.baseUrl}/cases/${kase.id}?tab=tasks`);
    await page.getByLabel('Việc cần làm').fill('Ký quyết định hỗ trợ khẩn cấp');
    await page.getByTestId('task-assignee').click();
    await page.getByTestId('task-assignee').fill('Trần Văn Minh');
    await page.getByRole('option', { name: 'Trần Văn Minh', exact: true }).click();
    await page.getByRole('button', { name: 'Thêm công việc' }).last().click();
    const added = page.getByTestId('task-item').filter({ hasText: 'Ký quyết định hỗ trợ khẩn cấp' });
    await added.getByText('Người phụ trách: Trần Văn Minh').waitFor();
    await noSidewaysScroll(page);

    const boss = await desk.newPage();
    const errors = watchConsoleErrors(boss);
    await signIn(boss, app.baseUrl, SUPERVISOR);
    // His team: her case past the Law's deadline and her overdue task, under her name.
    const load = boss.getByTestId('team-load');
    await load.getByText('Nguyễn Thị Lan').waitFor();
    await load.getByText('1 hồ sơ quá hạn · 1 việc quá hạn').waitFor();
    await boss.getByTestId('team-late-cases').getByRole('link', { name: kase.code }).waitFor();
    await boss.getByTestId('team-overdue-tasks').getByText('Gọi điện cho gia đình chị Dung').waitFor();
    // His own task, given to him a moment ago; the assignment reached him as a notification too.
    await boss.getByTestId('my-tasks').getByText('Ký quyết định hỗ trợ khẩn cấp').waitFor();
    expect(await seriousAccessibilityViolations(boss)).toEqual([]);
    await boss.screenshot({ path: path.join(screenshotDir, 'worklist-supervisor.png'), fullPage: true });

    // From the navigation to "My tasks": he ticks it done; it leaves the open list and shows under done.
    await boss.getByRole('link', { name: 'Việc của tôi', exact: true }).first().click();
    await boss.getByRole('heading', { name: 'Việc của tôi', level: 1 }).waitFor();
    const list = boss.getByTestId('task-list');
    await list.getByRole('checkbox', { name: 'Ký quyết định hỗ trợ khẩn cấp' }).click();
    await boss.getByTestId('tasks-empty').getByText('Không có việc nào đang mở.').waitFor();
    await boss.getByText('Đã xong', { exact: true }).first().click();
    await list.getByText('Ký quyết định hỗ trợ khẩn cấp').waitFor();
    // The team's view holds every task of the agency's cases.
    await boss.getByText('Của nhóm', { exact: true }).click();
    await boss.getByText('Đang mở', { exact: true }).click();
    await list.getByText('Gọi điện cho gia đình chị Dung').waitFor();
    expect(await seriousAccessibilityViolations(boss)).toEqual([]);
    const notices = await boss.request.get(`${app.baseUrl}/api/notifications`);
    expect(JSON.stringify(await notices.json())).toContain('task_assigned');
    expect(errors).toEqual([]);
  });

  it('a screener is offered to start a screening, and sees no case lists', async () => {
    const page = await phone.newPage();
    await phone.clearCookies();
    await signIn(page, app.baseUrl, SCREENER);
    await page.getByTestId('start-screening').waitFor();
    expect(await page.getByTestId('my-cases').count()).toBe(0);
    expect(await page.getByTestId('team-load').count()).toBe(0);
    await noSidewaysScroll(page);
  });
});
