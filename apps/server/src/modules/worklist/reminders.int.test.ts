import { todayInVietNam } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase, signedInClients } from '../case-work/test-fixtures';
import { sendTaskReminders } from './send-task-reminders';

const daysFrom = (isoDate: string, days: number) =>
  new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);

describe(`task reminders (${testEngine})`, () => {
  let t: TestApp;
  const as = signedInClients(() => t, TestClient);
  const today = todayInVietNam();
  let worker: TestUser;
  let colleague: TestUser;
  let caseId = '';
  const task = { dueToday: '', late: '', later: '', done: '' };

  const noticesOf = async (user: TestUser) =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ kind: string; data: { taskId: string; caseId: string; dueOn: string } }>(
          `select kind, data from notifications where user_id = $1 and kind like 'task_%' order by created_at, kind`,
          [user.id],
        ),
      )
    ).rows.map((row) => `${row.kind} ${row.data.taskId}`);
  const add = async (body: Record<string, unknown>) => {
    const added = await (await as(worker)).request('POST', `/api/cases/${caseId}/tasks`, body);
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    return added.json.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Quảng Trị', '45');
    worker = await t.createUser('worker', centre, ['case_worker']);
    colleague = await t.createUser('colleague', centre, ['case_worker']);
    caseId = await registerCase(await as(worker), 'Phạm Thị Thu');
    task.dueToday = await add({ title: 'Nộp giấy tờ', dueOn: today, assigneeId: colleague.id });
    task.late = await add({ title: 'Gọi gia đình', dueOn: daysFrom(today, -2), assigneeId: colleague.id });
    task.later = await add({ title: 'Thăm lại', dueOn: daysFrom(today, 5), assigneeId: colleague.id });
    task.done = await add({ title: 'Đã xong', dueOn: daysFrom(today, -1), assigneeId: colleague.id });
    await (await as(worker)).request('PATCH', `/api/cases/${caseId}/tasks/${task.done}`, { done: true });
  }, 60_000);
  afterAll(() => t.close());

  it('tells the assignee when a task is given to them (not when they give it to themselves)', async () => {
    expect((await noticesOf(colleague)).filter((notice) => notice.startsWith('task_assigned'))).toHaveLength(
      4,
    );
    await add({ title: 'Việc của tôi', assigneeId: worker.id });
    expect(await noticesOf(worker)).toEqual([]);
  });

  it('reminds on the due day and when overdue, once each; done and later tasks are left alone', async () => {
    const first = await sendTaskReminders(t.testDb.database, today);
    expect(first).toEqual({ due: 1, overdue: 1 });
    const reminders = (await noticesOf(colleague)).filter((notice) => !notice.startsWith('task_assigned'));
    expect(reminders.sort()).toEqual([`task_due ${task.dueToday}`, `task_overdue ${task.late}`].sort());
    expect(await sendTaskReminders(t.testDb.database, today)).toEqual({ due: 0, overdue: 0 });

    // The next day the task due today is overdue: told once more, and then no more.
    const tomorrow = daysFrom(today, 1);
    expect(await sendTaskReminders(t.testDb.database, tomorrow)).toEqual({ due: 0, overdue: 1 });
    expect(await sendTaskReminders(t.testDb.database, tomorrow)).toEqual({ due: 0, overdue: 0 });
  });

  it('a moved due day earns its reminders again; every reminder is audited', async () => {
    const moved = await (await as(worker)).request('PATCH', `/api/cases/${caseId}/tasks/${task.late}`, {
      dueOn: daysFrom(today, 2),
    });
    expect(moved.status).toBe(200);
    expect(await sendTaskReminders(t.testDb.database, daysFrom(today, 2))).toEqual({ due: 1, overdue: 0 });
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ n: number }>(`select count(*)::int as n from audit_events where action = 'task.remind'`),
    );
    expect(rows[0]?.n).toBe(4);
  });
});
