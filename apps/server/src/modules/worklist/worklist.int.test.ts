import { todayInVietNam } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration, sharingConsent, signedInClients } from '../case-work/test-fixtures';

const daysFrom = (isoDate: string, days: number) =>
  new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);

interface Row {
  id: string;
  title?: string;
  code?: string;
  status?: string;
  overdue?: boolean;
  case?: { id: string };
  worker?: { displayName: string };
  assignee?: { displayName: string } | null;
}
const titles = (rows: Row[]) => rows.map((row) => row.title);
const ids = (rows: Row[]) => rows.map((row) => row.id);

describe(`worklist and assignable tasks (${testEngine})`, () => {
  let t: TestApp;
  const as = signedInClients(() => t, TestClient);
  const today = todayInVietNam();
  let worker: TestUser;
  let colleague: TestUser;
  let supervisor: TestUser;
  let shelterWorker: TestUser;
  let hospitalWorker: TestUser;
  let outsider: TestUser;
  let outsiderChief: TestUser;
  let lateCase = '';
  let freshCase = '';
  let outsiderCase = '';

  const addTask = async (user: TestUser, caseId: string, body: Record<string, unknown>) => {
    const added = await (await as(user)).request('POST', `/api/cases/${caseId}/tasks`, body);
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    return added.json.id as string;
  };
  const register = async (user: TestUser, name: string, receivedOn: string, shareWith: string[] = []) => {
    const body = registration(name);
    body.case.receivedOn = receivedOn;
    if (shareWith.length > 0) body.consents.push(sharingConsent({ sharingAgencyIds: shareWith }) as never);
    const registered = await (await as(user)).request('POST', '/api/cases', body);
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    return registered.json.id as string;
  };
  const worklistOf = async (user: TestUser) => {
    const read = await (await as(user)).request('GET', '/api/worklist');
    expect(read.status, JSON.stringify(read.json)).toBe(200);
    return read.json;
  };
  const notices = async (user: TestUser, kind: string) =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ data: Record<string, unknown> }>(
          'select data from notifications where user_id = $1 and kind = $2',
          [user.id, kind],
        ),
      )
    ).rows.map((row) => row.data);

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const shelter = await t.createAgency('Nhà tạm lánh Bình An', '42', 'ngo');
    const hospital = await t.createAgency('Bệnh viện Đa khoa Hà Tĩnh', '42', 'health_facility');
    const otherCentre = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    worker = await t.createUser('worker', centre, ['case_worker']);
    colleague = await t.createUser('colleague', centre, ['case_worker']);
    supervisor = await t.createUser('supervisor', centre, ['supervisor']);
    shelterWorker = await t.createUser('shelter.worker', shelter, ['case_worker']);
    hospitalWorker = await t.createUser('hospital.worker', hospital, ['case_worker']);
    outsider = await t.createUser('outsider', otherCentre, ['case_worker']);
    outsiderChief = await t.createUser('outsider.chief', otherCentre, ['supervisor']);
    // Received a week ago: verification was due four days ago. The person agreed to share with both.
    lateCase = await register(worker, 'Nguyễn Thị Lan', daysFrom(today, -7), [shelter, hospital]);
    freshCase = await register(worker, 'Trần Văn Minh', today);
    outsiderCase = await register(outsider, 'Lê Thị Hoa', daysFrom(today, -10));
    const shared = await (await as(worker)).request('POST', `/api/cases/${lateCase}/shares`, {
      agencyId: shelter,
      purpose: 'support',
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(201);
    await addTask(worker, lateCase, {
      title: 'Gọi cho chị Lan',
      dueOn: daysFrom(today, -1),
      assigneeId: worker.id,
    });
    await addTask(worker, freshCase, { title: 'Đưa anh Minh đi khám', dueOn: today, assigneeId: worker.id });
    await addTask(worker, freshCase, {
      title: 'Việc của đồng nghiệp',
      dueOn: daysFrom(today, -2),
      assigneeId: colleague.id,
    });
    await addTask(outsider, outsiderCase, {
      title: 'Việc Nghệ An',
      dueOn: daysFrom(today, -3),
      assigneeId: outsider.id,
    });
  }, 90_000);
  afterAll(() => t.close());

  it("a case worker's home: my open cases with the Law's deadline, my open tasks, no team", async () => {
    const list = await worklistOf(worker);
    expect(ids(list.myCases.items)).toEqual([lateCase, freshCase]);
    expect(list.myCases.items[0]).toMatchObject({
      verificationDueOn: daysFrom(today, -4),
      overdue: true,
      worker: { displayName: 'worker' },
    });
    expect(list.myCases.items[1]).toMatchObject({ verificationDueOn: daysFrom(today, 3), overdue: false });
    expect(titles(list.myTasks.items)).toEqual(['Gọi cho chị Lan', 'Đưa anh Minh đi khám']);
    expect(list.myTasks.items.map((task: Row) => task.status)).toEqual(['overdue', 'open']);
    expect(list.myTasks.hasMore).toBe(false);
    expect(list.team).toBeNull();
    // A plain worker may not ask for the team's tasks either.
    expect((await (await as(worker)).request('GET', '/api/tasks?assignee=team')).status).toBe(403);
  });

  it("a supervisor sees the team's late cases and overdue tasks, per worker; never another agency's", async () => {
    const list = await worklistOf(supervisor);
    expect(list.myCases.items).toEqual([]);
    expect(ids(list.team.lateCases.items)).toEqual([lateCase]);
    expect(list.team.lateCases.items[0].worker).toMatchObject({ displayName: 'worker' });
    expect(titles(list.team.overdueTasks.items)).toEqual(['Việc của đồng nghiệp', 'Gọi cho chị Lan']);
    expect(list.team.overdueTasks.items[0].assignee).toMatchObject({ displayName: 'colleague' });
    const team = await (await as(supervisor)).request('GET', '/api/tasks?assignee=team&status=open');
    expect(team.json).toMatchObject({ total: 3, totalIsLowerBound: false, hasMore: false });
    expect(titles(team.json.items)).not.toContain('Việc Nghệ An');

    const other = await worklistOf(outsiderChief);
    expect(ids(other.team.lateCases.items)).toEqual([outsiderCase]);
    expect(titles(other.team.overdueTasks.items)).toEqual(['Việc Nghệ An']);
  });

  it('reading task titles on the home is audited', async () => {
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ details: { tasks: number } }>(
        `select details from audit_events where action = 'worklist.view' and actor_user_id = $1`,
        [worker.id],
      ),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]?.details.tasks).toBe(2);
  });

  it('assigns to a shared agency only while the share allows it; otherwise 400 on the field', async () => {
    const client = await as(worker);
    const toShelter = await client.request('POST', `/api/cases/${lateCase}/tasks`, {
      title: 'Sắp xếp chỗ ở',
      dueOn: today,
      assigneeId: shelterWorker.id,
    });
    expect(toShelter.status, JSON.stringify(toShelter.json)).toBe(201);
    expect(await notices(shelterWorker, 'task_assigned')).toEqual([
      expect.objectContaining({ taskId: toShelter.json.id, caseId: lateCase, dueOn: today }),
    ]);
    // The consent names the hospital, but nobody shared the case with it: nobody there works on it.
    for (const [caseId, assigneeId] of [
      [lateCase, hospitalWorker.id],
      [lateCase, outsider.id],
      [freshCase, shelterWorker.id],
    ] as const) {
      const refused = await client.request('POST', `/api/cases/${caseId}/tasks`, { title: 'x', assigneeId });
      expect(refused.status).toBe(400);
      expect(refused.json.error.details).toContainEqual(
        expect.objectContaining({ field: 'assigneeId', code: 'assignee_not_on_case' }),
      );
    }

    // The picker offers exactly those people: the centre's staff first, then the shelter's.
    const offered = await client.request('GET', `/api/cases/${lateCase}/task-assignees`);
    expect(offered.json.map((person: { displayName: string }) => person.displayName)).toEqual([
      'colleague',
      'supervisor',
      'worker',
      'shelter.worker',
    ]);
    expect(
      (await (await as(shelterWorker)).request('GET', `/api/cases/${lateCase}/task-assignees`)).status,
    ).toBe(404);

    // The shelter worker finds it under "my tasks", marks it done, and may change nothing else.
    const shelterClient = await as(shelterWorker);
    const mine = await shelterClient.request('GET', '/api/tasks?assignee=me&status=open');
    expect(mine.json.items).toEqual([
      expect.objectContaining({
        title: 'Sắp xếp chỗ ở',
        ownAgency: false,
        case: expect.objectContaining({ id: lateCase }),
      }),
    ]);
    const path = `/api/cases/${lateCase}/tasks/${toShelter.json.id}`;
    expect((await shelterClient.request('PATCH', path, { dueOn: daysFrom(today, 9) })).status).toBe(404);
    const done = await shelterClient.request('PATCH', path, { done: true });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    expect(done.json.status).toBe('done');
    const doneList = await shelterClient.request('GET', '/api/tasks?status=done');
    expect(titles(doneList.json.items)).toEqual(['Sắp xếp chỗ ở']);
    // Someone else's task on the same case is not theirs to touch.
    const others = await (await as(worker)).request('GET', `/api/cases/${lateCase}/tasks`);
    const workerTask = others.json.find((task: Row) => task.title === 'Gọi cho chị Lan');
    expect(
      (await shelterClient.request('PATCH', `/api/cases/${lateCase}/tasks/${workerTask.id}`, { done: true }))
        .status,
    ).toBe(404);
  });

  it('assigns to a referred agency once it accepted a referral that opened the notes', async () => {
    const client = await as(worker);
    const sent = await client.request('POST', `/api/cases/${lateCase}/referrals`, {
      agencyId: hospitalWorker.agencyId,
      services: ['vn.Psychological'],
      urgency: 'normal',
      reason: 'AdditionalServicesRequired',
      sections: ['identity', 'notes'],
    });
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
    const task = { title: 'Khám sức khoẻ', assigneeId: hospitalWorker.id };
    // Sent but not yet accepted: the hospital does not work on the case yet.
    expect((await client.request('POST', `/api/cases/${lateCase}/tasks`, task)).status).toBe(400);
    const accepted = await (await as(hospitalWorker)).request(
      'POST',
      `/api/referrals/${sent.json.id}/accept`,
      {},
    );
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    expect((await client.request('POST', `/api/cases/${lateCase}/tasks`, task)).status).toBe(201);
    const mine = await (await as(hospitalWorker)).request('GET', '/api/tasks');
    expect(titles(mine.json.items)).toEqual(['Khám sức khoẻ']);
  });

  it("another agency's tasks never appear in my tasks", async () => {
    const mine = await (await as(outsider)).request('GET', '/api/tasks?assignee=me&status=open');
    expect(titles(mine.json.items)).toEqual(['Việc Nghệ An']);
    const overdue = await (await as(worker)).request('GET', '/api/tasks?status=overdue');
    expect(titles(overdue.json.items)).toEqual(['Gọi cho chị Lan']);
  });

  it('answers bad filters with a 400 naming the field', async () => {
    const bad = await (await as(worker)).request('GET', '/api/tasks?status=someday');
    expect(bad.status).toBe(400);
    expect(bad.json.error.details).toContainEqual(expect.objectContaining({ field: 'status' }));
  });
});
