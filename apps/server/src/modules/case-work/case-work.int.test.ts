import { foldVietnamese, todayInVietNam } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  auditActions,
  auditCount,
  createCaseTeam,
  dumpDatabase,
  PNG,
  registerCase,
  signedInClients,
  upload,
} from './test-fixtures';

const dayBefore = (isoDate: string) => new Date(Date.parse(isoDate) - 86_400_000).toISOString().slice(0, 10);

describe(`case work: tasks, details, timeline, scope (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let colleague: TestUser;
  let screener: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  const ids = { task: '', consent: '', attachment: '' };

  const caseEventCount = async () =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ n: number }>('select count(*)::int as n from case_events where case_id = $1', [caseId]),
      )
    ).rows[0]?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    const team = await createCaseTeam(t);
    ({ worker, screener, coordinator, outsider } = team);
    colleague = await t.createUser('colleague', team.centre, ['case_worker']);
    caseId = await registerCase(await as(worker), 'Nguyễn Thị Lan');
  }, 60_000);
  afterAll(() => t.close());

  describe('tasks', () => {
    it('computes the status from the due day in Viet Nam: overdue once the day has passed', async () => {
      const client = await as(worker);
      const today = todayInVietNam();
      const overdue = await client.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'Gọi điện hỏi thăm',
        dueOn: dayBefore(today),
      });
      expect(overdue.status, JSON.stringify(overdue.json)).toBe(201);
      expect(overdue.json).toMatchObject({ status: 'overdue', doneAt: null, assignee: null });
      ids.task = overdue.json.id;
      const dueToday = await client.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'Nộp hồ sơ hỗ trợ',
        dueOn: today,
        assigneeId: colleague.id,
      });
      expect(dueToday.json).toMatchObject({
        status: 'open',
        assignee: { id: colleague.id, displayName: 'colleague' },
      });
      const undated = await client.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'Tìm lớp học nghề',
      });
      expect(undated.json).toMatchObject({ status: 'open', dueOn: null });

      const list = await client.request('GET', `/api/cases/${caseId}/tasks`);
      expect(list.json.map((task: { status: string }) => task.status)).toEqual(['overdue', 'open', 'open']);
      expect(list.json.map((task: { title: string }) => task.title)).toContain('Tìm lớp học nghề');
      // Titles are free text that can name people: sealed like notes.
      expect(foldVietnamese(await dumpDatabase(t))).not.toContain(foldVietnamese('Tìm lớp học nghề'));
    });

    it('marks a task done and open again; each change is audited and on the timeline', async () => {
      const client = await as(worker);
      const path = `/api/cases/${caseId}/tasks/${ids.task}`;
      const done = await client.request('PATCH', path, { done: true });
      expect(done.status).toBe(200);
      expect(done.json).toMatchObject({ status: 'done', doneAt: expect.any(String) });
      const reopened = await client.request('PATCH', path, { done: false, dueOn: null });
      expect(reopened.json).toMatchObject({ status: 'open', doneAt: null, dueOn: null });
      const actions = await auditActions(t, caseId);
      expect(actions.filter((a) => a === 'case.task_update')).toHaveLength(2);
      const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
      expect(timeline.json.slice(0, 2).map((e: { kind: string }) => e.kind)).toEqual([
        'task.reopened',
        'task.done',
      ]);
      expect(timeline.json[0].details).toEqual({ task: ids.task, fields: 'done,dueOn' });
    });

    it('assigns only to users of the owning agency', async () => {
      const client = await as(worker);
      const refused = await client.request('POST', `/api/cases/${caseId}/tasks`, {
        title: 'x',
        assigneeId: outsider.id,
      });
      expect(refused.status).toBe(400);
      expect(refused.json.error.details).toContainEqual(
        expect.objectContaining({ field: 'assigneeId', code: 'assignee_not_on_case' }),
      );
      const patched = await client.request('PATCH', `/api/cases/${caseId}/tasks/${ids.task}`, {
        assigneeId: outsider.id,
      });
      expect(patched.status).toBe(400);
      const assigned = await client.request('PATCH', `/api/cases/${caseId}/tasks/${ids.task}`, {
        assigneeId: colleague.id,
      });
      expect(assigned.json.assignee).toEqual({ id: colleague.id, displayName: 'colleague' });
    });

    it('a coordinator sees the case but not its working record', async () => {
      const client = await as(coordinator);
      expect((await client.request('GET', `/api/cases/${caseId}`)).status).toBe(200);
      expect((await client.request('GET', `/api/cases/${caseId}/tasks`)).status).toBe(403);
    });
  });

  describe('case details', () => {
    it('updates the trafficking details with codes from the vocabularies, auditing the field names', async () => {
      const client = await as(worker);
      const updated = await client.request('PATCH', `/api/cases/${caseId}`, {
        subjectCategory: 'vn.Victim',
        exploitationTypes: ['vn.ForcedOnlineScam', 'ForcedLabour'],
        controlMethods: ['DebtBondage'],
        relationshipToRecruiter: 'Acquainted',
      });
      expect(updated.status, JSON.stringify(updated.json)).toBe(200);
      expect(updated.json).toMatchObject({
        subjectCategory: 'vn.Victim',
        exploitationTypes: ['vn.ForcedOnlineScam', 'ForcedLabour'],
        controlMethods: ['DebtBondage'],
        relationshipToRecruiter: 'Acquainted',
      });
      const { rows } = await t.testDb.asOwner((o) =>
        o.query<{ details: { fields: string } }>(
          `select details from audit_events where action = 'case.update' and resource_id = $1`,
          [caseId],
        ),
      );
      expect(rows.map((r) => r.details.fields)).toEqual([
        'subjectCategory,exploitationTypes,controlMethods,relationshipToRecruiter',
      ]);
      const cleared = await client.request('PATCH', `/api/cases/${caseId}`, {
        relationshipToRecruiter: null,
      });
      expect(cleared.json.relationshipToRecruiter).toBeNull();
    });

    it('an unchanged value is not a change', async () => {
      const before = await auditActions(t, caseId);
      const same = await (await as(worker)).request('PATCH', `/api/cases/${caseId}`, {
        exploitationTypes: ['ForcedLabour', 'vn.ForcedOnlineScam'],
      });
      expect(same.status).toBe(200);
      expect((await auditActions(t, caseId)).filter((a) => a === 'case.update')).toHaveLength(
        before.filter((a) => a === 'case.update').length,
      );
    });

    it('refuses unknown codes, naming the field', async () => {
      const { status, json } = await (await as(worker)).request('PATCH', `/api/cases/${caseId}`, {
        exploitationTypes: ['ForcedLabour', 'Piracy'],
        subjectCategory: 'vn.Nobody',
      });
      expect(status).toBe(400);
      expect(json.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
        'exploitationTypes.1',
        'subjectCategory',
      ]);
    });

    it('only with case.update', async () => {
      expect(
        (await (await as(screener)).request('PATCH', `/api/cases/${caseId}`, { exploitationTypes: [] }))
          .status,
      ).toBe(403);
    });
  });

  describe('timeline', () => {
    it('lists the events newest first with who did them, and no sealed value', async () => {
      const client = await as(worker);
      await client.request('POST', `/api/cases/${caseId}/transitions`, {
        action: 'start_verification',
        reason: 'Chị Lan đã đồng ý nói chuyện',
      });
      const { status, json } = await client.request('GET', `/api/cases/${caseId}/timeline`);
      expect(status).toBe(200);
      expect(json[0]).toMatchObject({
        kind: 'transition.start_verification',
        actor: { id: worker.id, displayName: 'worker' },
        details: { from: 'received', to: 'under_verification', reason: 'Chị Lan đã đồng ý nói chuyện' },
      });
      expect(json.at(-1).kind).toBe('registered');
      const times = json.map((e: { at: string }) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
      expect(JSON.stringify(json)).not.toMatch(/Sealed|"e1\./);
      expect((await auditActions(t, caseId)).at(-1)).toBe('case.timeline_view');

      const province = await (await as(coordinator)).request('GET', `/api/cases/${caseId}/timeline`);
      expect(province.json[0].details).toEqual({
        from: 'received',
        to: 'under_verification',
        closureReason: null,
      });
    });
  });

  describe('every change is audited in its transaction and shown on the timeline', () => {
    const mutations: [string, () => Promise<{ status: number; json?: { id?: string } }>][] = [
      [
        'record a consent',
        async () =>
          (await as(worker)).request('POST', `/api/cases/${caseId}/consents`, {
            purpose: 'contact',
            method: 'signed_form',
            language: 'vie',
            obtainedOn: '2026-11-21',
            givenBy: 'person',
          }),
      ],
      [
        'withdraw a consent',
        async () =>
          (await as(worker)).request('POST', `/api/cases/${caseId}/consents/${ids.consent}/withdraw`),
      ],
      [
        'add a note',
        async () => (await as(worker)).request('POST', `/api/cases/${caseId}/notes`, { body: 'Ghi chú' }),
      ],
      [
        'add a task',
        async () => (await as(worker)).request('POST', `/api/cases/${caseId}/tasks`, { title: 'Việc' }),
      ],
      [
        'update a task',
        async () =>
          (await as(worker)).request('PATCH', `/api/cases/${caseId}/tasks/${ids.task}`, {
            dueOn: '2030-01-01',
          }),
      ],
      [
        'upload an attachment',
        async () => upload(t.app, await as(worker), caseId, { content: PNG, name: 'p.png', kind: 'photo' }),
      ],
      [
        'update the details',
        async () =>
          (await as(worker)).request('PATCH', `/api/cases/${caseId}`, {
            recruitmentMethods: ['ThroughOnlineSocialNetworks'],
          }),
      ],
    ];
    it.each(mutations)('%s', async (name, run) => {
      const [audits, events] = [await auditCount(t), await caseEventCount()];
      const { status, json } = await run();
      expect(status, name).toBeLessThan(300);
      if (name === 'record a consent') ids.consent = json?.id ?? '';
      if (name === 'upload an attachment') ids.attachment = json?.id ?? '';
      expect(await auditCount(t)).toBeGreaterThan(audits);
      expect(await caseEventCount()).toBe(events + 1);
    });
  });

  it('another agency is told the case does not exist, on every route', async () => {
    const client = await as(outsider);
    const base = `/api/cases/${caseId}`;
    const requests: [string, string, unknown?][] = [
      ['GET', `${base}/consents`],
      [
        'POST',
        `${base}/consents`,
        {
          purpose: 'contact',
          method: 'signed_form',
          language: 'vie',
          obtainedOn: '2026-11-21',
          givenBy: 'person',
        },
      ],
      ['POST', `${base}/consents/${ids.consent}/withdraw`],
      ['GET', `${base}/notes`],
      ['POST', `${base}/notes`, { body: 'x' }],
      ['GET', `${base}/tasks`],
      ['POST', `${base}/tasks`, { title: 'x' }],
      ['PATCH', `${base}/tasks/${ids.task}`, { done: true }],
      ['GET', `${base}/attachments`],
      ['GET', `${base}/attachments/${ids.attachment}`],
      ['GET', `${base}/timeline`],
      ['PATCH', base, { exploitationTypes: [] }],
    ];
    for (const [method, path, body] of requests) {
      const { status } = await client.request(method, path, body);
      expect(status, `${method} ${path}`).toBe(404);
    }
    expect((await upload(t.app, client, caseId, { content: PNG, name: 'x.png' })).status).toBe(404);
  });
});
