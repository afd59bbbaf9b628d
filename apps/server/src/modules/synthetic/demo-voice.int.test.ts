import { feedbackInstrument, formatReceiptCode, toVietNamDate } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registration } from '../case-work/test-fixtures';
import { demoReceiptCode } from './demo-complaints';
import { seedDemoVoice } from './demo-voice';

// A new demo's survivor voice (#20): feedback, complaints and stories are there to see, written as the
// modules write them and keeping their rules — feedback tied to no person or case, a complaint never handled
// by the agency it is about, a story only with consent and without its case.
let t: TestApp;
let supervisor: TestClient;
let officer: TestClient;
let officerId: string;
const PEOPLE = ['Giàng Thị Dua', 'Lý Thị Mẩy', 'Thào Thị Sua', 'Vàng Thị Pằng', 'Hầu Thị Dế'];
const owner = async <T>(text: string, values: unknown[] = []) =>
  (await t.testDb.asOwner((o) => o.query(text, values))).rows as T[];

beforeAll(async () => {
  t = await createTestApp();
  const centre = await t.createAgency('Trung tâm Công tác xã hội Lào Cai', '15', 'social_work_centre');
  await t.createAgency('Văn phòng hỗ trợ một cửa An Giang', '91', 'womens_union_one_stop');
  await t.createAgency('Đồn Biên phòng Bát Xát', '15', 'border_guard_post');
  await t.createAgency('Công an xã Bát Xát', '15', 'commune_police');
  const ministry = await t.createAgency('Bộ Y tế', '01', 'ministry');
  const worker = await signedInClient(t.app, await t.createUser('lan.nguyen', centre, ['case_worker']));
  supervisor = await signedInClient(t.app, await t.createUser('minh.tran', centre, ['supervisor']));
  const thu = await t.createUser('thu.pham', ministry, ['complaints_officer']);
  officerId = thu.id;
  officer = await signedInClient(t.app, thu);
  for (const name of PEOPLE)
    expect((await worker.request('POST', '/api/cases', registration(name))).status).toBe(201);
  const seeded = await t.testDb.asOwner((session) => seedDemoVoice(session, t.secrets, 2026));
  expect(seeded).toEqual({ feedback: 79, complaints: 5, stories: 5 });
}, 180_000);
afterAll(() => t?.close());

describe(`demo survivor voice (${testEngine})`, () => {
  it('shows the centre feedback over six months, some services above k = 11 and some suppressed', async () => {
    const today = toVietNamDate(new Date());
    const from = `${Number(today.slice(0, 4)) - 1}-01`;
    const results = await supervisor.request(
      'GET',
      `/api/feedback/results?from=${from}&to=${today.slice(0, 7)}`,
    );
    expect(results.status, JSON.stringify(results.json)).toBe(200);
    const responses = Object.fromEntries(
      results.json.services.map((s: { serviceType: string; responses: number | null }) => [
        s.serviceType,
        s.responses,
      ]),
    );
    expect(responses['vn.Shelter']).toBe(26);
    expect(responses['vn.Psychological']).toBe(15);
    expect(responses['vn.LegalAid']).toBeNull();
    const months = await owner<{ n: number }>(
      'select count(distinct period_month)::int as n from feedback_responses',
    );
    expect(months[0]?.n).toBe(6);
  });

  it('has free texts screened and one waiting for screening', async () => {
    const screened = await supervisor.request('GET', '/api/feedback/texts?status=screened');
    expect(screened.json.items.map((i: { status: string }) => i.status).sort()).toEqual([
      'cleared',
      'cleared',
      'cleared',
      'redacted',
    ]);
    const redacted = screened.json.items.find((i: { status: string }) => i.status === 'redacted');
    expect(redacted.text).not.toMatch(/Chị Hạnh/);
    expect((await supervisor.request('GET', '/api/feedback/texts?status=pending')).json.items).toHaveLength(
      1,
    );
  });

  it('ties no feedback to a person or a case: no such column, only survey answers, no name in the text', async () => {
    const columns = await owner<{ column_name: string }>(
      "select column_name from information_schema.columns where table_name = 'feedback_responses'",
    );
    expect(
      columns.map((c) => c.column_name).filter((c) => /case|person|user|code|created|_at$/.test(c)),
    ).toEqual([]);
    const questionIds = feedbackInstrument.sections.flatMap((s) => s.questions.map((q) => q.id));
    const rows = await owner<{ answers: Record<string, string> }>('select answers from feedback_responses');
    for (const row of rows) expect(questionIds).toEqual(expect.arrayContaining(Object.keys(row.answers)));
    const texts = [
      ...(await supervisor.request('GET', '/api/feedback/texts?status=screened')).json.items,
      ...(await supervisor.request('GET', '/api/feedback/texts?status=pending')).json.items,
    ].map((i: { text: string }) => i.text);
    const { rows: caseNumbers } = await t.testDb.asOwner((o) =>
      o.query<{ n: string }>('select code as n from cases'),
    );
    for (const text of texts) {
      for (const name of PEOPLE) expect(text).not.toContain(name);
      for (const { n } of caseNumbers) expect(text).not.toContain(n);
    }
  });

  it('fills the complaints inbox in every state, one overdue, all routed to thu.pham and never to the agency concerned', async () => {
    const inbox = await officer.request('GET', '/api/complaints');
    expect(inbox.status).toBe(200);
    const closed = await officer.request('GET', '/api/complaints?status=closed');
    const items = [...inbox.json.items, ...closed.json.items] as {
      status: string;
      overdue: boolean;
      officer: { id: string } | null;
    }[];
    expect(items.map((i) => i.status).sort()).toEqual([
      'closed',
      'in_review',
      'received',
      'received',
      'responded',
    ]);
    expect(items.filter((i) => i.overdue)).toHaveLength(1);
    expect(items.every((i) => i.officer?.id === officerId)).toBe(true);
    const outside = await owner<{ n: number }>(
      'select count(*)::int as n from complaints where handling_agency_id is distinct from concerned_agency_id',
    );
    expect(outside[0]?.n).toBe(5);
  });

  it('lets the holder of the documented receipt code read the answer', async () => {
    const status = await new TestClient(t.app).request('POST', '/api/complaints/status', {
      receiptCode: formatReceiptCode(demoReceiptCode()),
    });
    expect(status.status, JSON.stringify(status.json)).toBe(200);
    expect(status.json.status).toBe('responded');
    expect(status.json.response).toMatch(/đồn biên phòng/);
  });

  it('puts approved stories in the library by theme and one draft in the review queue', async () => {
    const library = await supervisor.request('GET', '/api/stories');
    expect(library.status).toBe(200);
    expect(library.json.items).toHaveLength(4);
    expect(JSON.stringify(library.json)).not.toMatch(/caseRef|case_ref|caseId/);
    const review = await supervisor.request('GET', '/api/stories/review');
    expect(review.json.items).toHaveLength(1);
    expect(review.json.items[0].consent.audiences.length).toBeGreaterThan(0);
  });

  it('adds nothing when run again', async () => {
    expect(await t.testDb.asOwner((session) => seedDemoVoice(session, t.secrets, 2026))).toEqual({
      feedback: 0,
      complaints: 0,
      stories: 0,
    });
  });
});
