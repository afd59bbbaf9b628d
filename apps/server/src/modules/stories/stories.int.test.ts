import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase } from '../case-work/test-fixtures';

// Survivor voice (#20), stories: a case worker of a social work centre records a survivor's account, redacts
// what the system highlights and submits it; the centre's supervisor returns it once, then approves it; a
// programme analyst reads it in the library with no way back to the case; the survivor withdraws, and it is
// gone everywhere. A worker of another centre never sees the drafts.
let t: TestApp;
let worker: TestClient;
let supervisor: TestClient;
let analyst: TestClient;
let workerB: TestClient;
let caseId: string;

const RAW =
  'Tôi là Nguyễn Thị Hằng ở xã Tân Lập. Chị Hoa rủ tôi sang Trung Quốc làm việc, gọi 0912 345 678. ' +
  'Khi về, cán bộ ở xã nhìn tôi khác, không ai hỏi tôi cần gì.';
const REDACTED =
  'Tôi là một phụ nữ ở miền núi. Một người quen rủ tôi sang nước ngoài làm việc qua điện thoại. ' +
  'Khi về, cán bộ ở xã nhìn tôi khác, không ai hỏi tôi cần gì.';
const consent = {
  purpose: 'Góp ý cho chính sách hỗ trợ tái hòa nhập',
  audiences: ['policy_makers', 'programme_staff'],
  withdrawalContact: 'Trung tâm Công tác xã hội tỉnh, đường dây 1800 1567',
  obtainedOn: '2026-11-30',
};
const count = async (table: 'stories' | 'story_drafts') =>
  Number(
    (await t.testDb.asOwner((o) => o.query<{ n: number }>(`select count(*)::int as n from ${table}`))).rows[0]
      ?.n,
  );

beforeAll(async () => {
  t = await createTestApp();
  const centre = await t.createAgency('Trung tâm Công tác xã hội Lào Cai', '15');
  const other = await t.createAgency('Trung tâm Công tác xã hội An Giang', '91');
  worker = await signedInClient(t.app, await t.createUser('worker.a', centre, ['case_worker']));
  supervisor = await signedInClient(t.app, await t.createUser('supervisor.a', centre, ['supervisor']));
  analyst = await signedInClient(t.app, await t.createUser('analyst', centre, ['programme_analyst']));
  workerB = await signedInClient(t.app, await t.createUser('worker.b', other, ['case_worker']));
  caseId = await registerCase(worker, 'Nguyễn Thị Hằng');
}, 120_000);
afterAll(() => t?.close());

describe(`stories (${testEngine})`, () => {
  let draftId = '';
  let storyId = '';

  it('records a consented draft and highlights the planted identifiers', async () => {
    const created = await worker.request('POST', `/api/cases/${caseId}/stories`, {
      consent,
      text: RAW,
      themes: ['recruitment_channel', 'stigma'],
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    draftId = created.json.id;
    const found = created.json.details.map((d: { kind: string; text: string }) => [d.kind, d.text]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['name', 'Nguyễn Thị Hằng'],
        ['place', 'Tân Lập'],
        ['name', 'Hoa'],
        ['phone', '0912 345 678'],
      ]),
    );
    expect(created.json.consent).toEqual(consent);
  });

  it('keeps drafts to the recording agency', async () => {
    expect((await workerB.request('GET', `/api/cases/${caseId}/stories`)).status).toBe(404);
    expect((await workerB.request('POST', `/api/stories/drafts/${draftId}/submit`)).status).toBe(404);
    expect((await analyst.request('GET', `/api/cases/${caseId}/stories`)).status).toBe(403);
  });

  it('lets the worker redact and submit, then locks the text while it waits for review', async () => {
    const edited = await worker.request('PUT', `/api/stories/drafts/${draftId}`, {
      text: REDACTED,
      themes: ['recruitment_channel', 'stigma'],
    });
    expect(edited.status).toBe(200);
    expect(edited.json.details).toEqual([]);
    expect((await worker.request('POST', `/api/stories/drafts/${draftId}/submit`)).json.status).toBe(
      'submitted',
    );
    const again = await worker.request('PUT', `/api/stories/drafts/${draftId}`, {
      text: RAW,
      themes: ['stigma'],
    });
    expect(again.status).toBe(409);
  });

  it('shows the reviewer the story without a case, and asks a reason to return it', async () => {
    const queue = await supervisor.request('GET', '/api/stories/review');
    expect(queue.status).toBe(200);
    expect(queue.json.items).toHaveLength(1);
    expect(JSON.stringify(queue.json)).not.toContain(caseId);
    const noReason = await supervisor.request('POST', `/api/stories/review/${draftId}`, {
      decision: 'return',
    });
    expect(noReason.status).toBe(400);
    const returned = await supervisor.request('POST', `/api/stories/review/${draftId}`, {
      decision: 'return',
      note: 'Bỏ chi tiết "miền núi".',
    });
    expect(returned.json).toEqual({ storyId: null });
    const drafts = await worker.request('GET', `/api/cases/${caseId}/stories`);
    expect(drafts.json.drafts[0]).toMatchObject({
      status: 'returned',
      reviewerNote: 'Bỏ chi tiết "miền núi".',
    });
    await worker.request('POST', `/api/stories/drafts/${draftId}/submit`);
  });

  it('refuses a reviewer their own story', async () => {
    const own = await supervisor.request('POST', `/api/cases/${caseId}/stories`, {
      consent,
      text: REDACTED,
      themes: ['support_gaps'],
    });
    await supervisor.request('POST', `/api/stories/drafts/${own.json.id}/submit`);
    const decided = await supervisor.request('POST', `/api/stories/review/${own.json.id}`, {
      decision: 'approve',
    });
    expect(decided.status).toBe(409);
    expect(decided.json.error.code).toBe('story.own_review');
  });

  it('publishes on approval with no link to the case: the draft is deleted, the story row holds no case id', async () => {
    const approved = await supervisor.request('POST', `/api/stories/review/${draftId}`, {
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    storyId = approved.json.storyId;
    const columns = (
      await t.testDb.asOwner((o) =>
        o.query<{ column_name: string }>(
          "select column_name from information_schema.columns where table_name = 'stories'",
        ),
      )
    ).rows.map((row) => row.column_name);
    expect(columns).not.toContain('case_id');
    const row = (await t.testDb.asOwner((o) => o.query('select * from stories where id = $1', [storyId])))
      .rows[0];
    expect(JSON.stringify(row)).not.toContain(caseId);
    const remaining = (
      await t.testDb.asOwner((o) => o.query('select id from story_drafts where id = $1', [draftId]))
    ).rows;
    expect(remaining).toEqual([]);
    expect((await worker.request('GET', `/api/cases/${caseId}/stories`)).json.published).toBe(1);
  });

  it('gives policy users the story by theme: words, themes and audiences only', async () => {
    const library = await analyst.request('GET', '/api/stories?theme=stigma');
    expect(library.status).toBe(200);
    expect(library.json.items).toHaveLength(1);
    expect(Object.keys(library.json.items[0]).sort()).toEqual([
      'audiences',
      'id',
      'publishedOn',
      'text',
      'themes',
    ]);
    expect(library.json.items[0].text).toBe(REDACTED);
    expect((await analyst.request('GET', '/api/stories?theme=justice')).json.items).toEqual([]);
    expect((await workerB.request('GET', '/api/stories')).status).toBe(403);
  });

  it('removes every story of the case everywhere when the survivor withdraws', async () => {
    expect(await count('stories')).toBe(1);
    const withdrawn = await worker.request('POST', `/api/cases/${caseId}/stories/withdraw`);
    expect(withdrawn.status).toBe(200);
    // The published story and the supervisor's own draft (still waiting) of the same case.
    expect(withdrawn.json.removed).toBe(2);
    expect(await count('stories')).toBe(0);
    expect(await count('story_drafts')).toBe(0);
    expect((await analyst.request('GET', '/api/stories')).json.items).toEqual([]);
    expect((await supervisor.request('GET', '/api/stories/review')).json.items).toEqual([]);
    expect((await worker.request('GET', `/api/cases/${caseId}/stories`)).json).toEqual({
      drafts: [],
      published: 0,
    });
  });
});
