import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import {
  createTestApp,
  signedInClient,
  TEST_PASSWORD,
  type TestApp,
  TestClient,
} from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase } from '../case-work/test-fixtures';

// Anonymous feedback (#20): a Lào Cai centre's case worker hands out codes and survivor mode; its supervisor
// reads the results and screens free text. One trusted proxy hop names each phone's address.
let t: TestApp;
let worker: TestClient;
let supervisor: TestClient;
let supervisorB: TestClient;
let caseId: string;
let phones = 0;
const phone = () => {
  phones += 1;
  return new TestClient(t.app, { 'X-Forwarded-For': `198.51.100.${phones}` });
};
const happy = { respect: 'yes', safety: 'yes', helped: 'yes', change: 'nothing' };
const issue = async (serviceType = 'vn.VocationalTrainingAndEmployment') => {
  const issued = await worker.request('POST', '/api/feedback/codes', { serviceType });
  expect(issued.status, JSON.stringify(issued.json)).toBe(201);
  return issued.json as { code: string; link: string; qrSvg: string; expiresAt: string };
};
const answer = (code: string, extra: Record<string, unknown> = {}) =>
  phone().request('POST', '/api/survivor/feedback', { code, answers: happy, ...extra });
const responses = () =>
  t.testDb.asOwner((o) => o.query<Record<string, unknown>>('select * from feedback_responses'));

beforeAll(async () => {
  t = await createTestApp({ sessions: { trustProxy: { kind: 'hops', hops: 1 } } });
  const centre = await t.createAgency('Trung tâm CTXH Lào Cai', '15');
  const other = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
  worker = await signedInClient(t.app, await t.createUser('worker', centre, ['case_worker']));
  supervisor = await signedInClient(t.app, await t.createUser('supervisor', centre, ['supervisor']));
  supervisorB = await signedInClient(t.app, await t.createUser('supervisor.b', other, ['supervisor']));
  caseId = await registerCase(worker, 'Nguyễn Thị Lan');
}, 60_000);
afterAll(() => t?.close());

describe(`anonymous feedback by code (${testEngine})`, () => {
  it('stores an answer with agency, service, month and answers only — no person, case, code or time', async () => {
    const { code, link, qrSvg, expiresAt } = await issue();
    expect(link).toMatch(/\/survivor\/feedback\?code=[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(qrSvg).toContain('<svg');
    expect(new Date(expiresAt).getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    const state = await phone().request('POST', '/api/survivor/feedback/code', { code });
    expect(state.json).toEqual({ serviceType: 'vn.VocationalTrainingAndEmployment' });
    const sent = await answer(code, { freeText: 'Chị Hoa ở trung tâm rất tốt với tôi' });
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);

    const [row, ...others] = (await responses()).rows;
    expect(others).toEqual([]);
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'agency_id',
      'answers',
      'free_text_sealed',
      'free_text_status',
      'id',
      'instrument_id',
      'instrument_version',
      'period_month',
      'redacted_text_sealed',
      'screened',
      'service_type',
    ]);
    expect(row?.answers).toEqual(happy);
    expect(row?.free_text_status).toBe('pending');
    expect(row?.screened).toBe(false);
    const text = JSON.stringify(row);
    for (const reference of [caseId, 'Nguyễn', 'Chị Hoa', 'worker', code.replaceAll('-', '')])
      expect(text).not.toContain(reference);
    // The id is random (UUIDv4), not a time-ordered UUIDv7 that would date the answer.
    expect(String(row?.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const codes = await t.testDb.asOwner((o) => o.query('select id, used_at from feedback_codes'));
    expect(text).not.toContain(String(codes.rows[0]?.id));
  });

  it('takes a code once', async () => {
    const { code } = await issue();
    expect((await answer(code)).status).toBe(201);
    const again = await answer(code);
    expect(again.status).toBe(404);
    expect(again.json.error.code).toBe('feedback.unknown_code');
    expect((await phone().request('POST', '/api/survivor/feedback/code', { code })).status).toBe(404);
  });

  it('refuses an expired code', async () => {
    const { code } = await issue();
    await t.testDb.asOwner(async (o) => {
      await o.query(
        "update feedback_codes set expires_at = now() - interval '1 minute' where used_at is null",
      );
      await recordSystemAudit(o, { action: 'test.expire_codes' });
    });
    expect((await answer(code)).status).toBe(404);
  });

  it('refuses answers the survey does not offer, naming the question, and uses up nothing', async () => {
    const { code } = await issue();
    const wrong = await answer(code, { answers: { respect: 'maybe', colour: 'blue' } });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'answers.colour',
      'answers.respect',
    ]);
    expect((await answer(code, { answers: { respect: 'declined' } })).status).toBe(201);
  });

  it('limits attempts per address and per code', async () => {
    await t.testDb.asOwner((o) => o.query('delete from rate_limit_hits'));
    const one = phone();
    const guess = (i: number) => `ABCD-EFGH-${'JKMNPQRSTVWXYZ23456789'.slice(i % 18, (i % 18) + 4)}`;
    for (let i = 0; i < 30; i += 1)
      expect((await one.request('POST', '/api/survivor/feedback/code', { code: guess(i) })).status).toBe(404);
    const limited = await one.request('POST', '/api/survivor/feedback/code', { code: guess(0) });
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe('feedback.rate_limited');
    await t.testDb.asOwner((o) => o.query('delete from rate_limit_hits'));
  });
});

describe(`survivor mode, results and screening (${testEngine})`, () => {
  it('stores the answer given on the worker’s device, which the worker cannot read back', async () => {
    const sent = await worker.request('POST', '/api/feedback/responses', {
      serviceType: 'vn.Medical',
      answers: { respect: 'no', safety: 'partly', helped: 'no', change: 'kinder-treatment' },
      freeText: '  ',
    });
    expect(sent.status, JSON.stringify(sent.json)).toBe(201);
    expect((await worker.request('GET', '/api/feedback/results?from=2026-01&to=2030-12')).status).toBe(403);
  });

  it('leaves survivor mode only with the worker’s password, and limits wrong ones', async () => {
    const wrong = await worker.request('POST', '/api/feedback/survivor-mode/exit', { password: 'guess' });
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details[0].field).toBe('password');
    const right = await worker.request('POST', '/api/feedback/survivor-mode/exit', {
      password: TEST_PASSWORD,
    });
    expect(right.status).toBe(200);
    for (let i = 0; i < 4; i += 1)
      await worker.request('POST', '/api/feedback/survivor-mode/exit', { password: `guess ${i}` });
    const locked = await worker.request('POST', '/api/feedback/survivor-mode/exit', {
      password: TEST_PASSWORD,
    });
    expect(locked.status).toBe(429);
    await t.testDb.asOwner((o) => o.query('delete from rate_limit_hits'));
  });

  it('shows results per service only above the suppression threshold', async () => {
    for (let i = 0; i < 12; i += 1) expect((await answer((await issue('vn.Shelter')).code)).status).toBe(201);
    const results = await supervisor.request('GET', '/api/feedback/results?from=2020-01&to=2035-12');
    expect(results.status, JSON.stringify(results.json)).toBe(200);
    const shelter = results.json.services.find(
      (s: { serviceType: string }) => s.serviceType === 'vn.Shelter',
    );
    const medical = results.json.services.find(
      (s: { serviceType: string }) => s.serviceType === 'vn.Medical',
    );
    expect(shelter).toMatchObject({ responses: 12, satisfiedPercent: 100 });
    expect(medical).toMatchObject({ responses: null, satisfiedPercent: null });
    expect(results.json.k).toBe(11);
    const elsewhere = await supervisorB.request('GET', '/api/feedback/results?from=2020-01&to=2035-12');
    expect(elsewhere.json.services).toEqual([]);
    expect((await supervisor.request('GET', '/api/feedback/results?from=2026-13&to=2026-01')).status).toBe(
      400,
    );
  });

  it('shows free text to reviewers only after screening: cleared as written, redacted as the redaction', async () => {
    const pending = await supervisor.request('GET', '/api/feedback/texts?status=pending');
    expect(pending.status, JSON.stringify(pending.json)).toBe(200);
    expect(pending.json.items).toEqual([
      expect.objectContaining({ status: 'pending', text: 'Chị Hoa ở trung tâm rất tốt với tôi' }),
    ]);
    const screened = await supervisor.request('GET', '/api/feedback/texts?status=screened');
    expect(screened.json.items).toEqual([]);
    const id = pending.json.items[0].id;
    expect(
      (await supervisorB.request('POST', `/api/feedback/texts/${id}/screening`, { decision: 'cleared' }))
        .status,
    ).toBe(404);
    const noRedaction = await supervisor.request('POST', `/api/feedback/texts/${id}/screening`, {
      decision: 'redacted',
    });
    expect(noRedaction.status).toBe(400);
    const redacted = await supervisor.request('POST', `/api/feedback/texts/${id}/screening`, {
      decision: 'redacted',
      redaction: 'Một cán bộ ở trung tâm rất tốt với tôi',
    });
    expect(redacted.status).toBe(200);
    const after = await supervisor.request('GET', '/api/feedback/texts?status=screened');
    expect(after.json.items).toEqual([
      expect.objectContaining({ status: 'redacted', text: 'Một cán bộ ở trung tâm rất tốt với tôi' }),
    ]);
    expect(
      (await supervisor.request('POST', `/api/feedback/texts/${id}/screening`, { decision: 'cleared' }))
        .status,
    ).toBe(409);
  });

  it('audits each step without naming a response’s origin', async () => {
    const events = await t.testDb.asOwner((o) =>
      o.query<{ action: string; resource_id: string | null }>(
        `select action, resource_id from audit_events where action = 'feedback.submit'`,
      ),
    );
    expect(events.rows.length).toBeGreaterThan(10);
    expect(events.rows.every((row) => row.resource_id === null)).toBe(true);
  });
});
