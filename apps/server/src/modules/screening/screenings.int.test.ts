import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';

const returnee = {
  'age-group': 'adult',
  'offered-or-arranged': 'yes',
  'recruitment-method': ['through-online-social-networks'],
  'recruitment-platforms': ['vn-zalo'],
  movement: ['transported', 'handed-over'],
  'control-methods': ['false-promises', 'withholds-documents', 'physical-abuse'],
  'exploitation-types': ['vn-forced-online-scam'],
  'safe-place-tonight': 'no',
};
const scamAnswers = {
  'age-group': 'adult',
  'deceived-about-work': 'yes',
  'high-pay-offer': 'yes',
  'fraud-quotas': 'yes',
  'excessive-hours': 'yes',
  'passport-taken': 'yes',
  'confined-guarded': 'yes',
};

/** Submits a screening with these instrument responses, as the screening form does. */
const submit = (client: TestClient, responses: unknown[], extra: Record<string, unknown> = {}) =>
  client.request('POST', '/api/screenings', screening(responses, extra));

function screening(responses: unknown[], extra: Record<string, unknown> = {}) {
  return {
    screenedAt: new Date().toISOString(),
    consentToInterview: true,
    interviewLanguage: 'vie',
    interpreterUsed: false,
    provinceCode: '01',
    responses,
    ...extra,
  };
}

describe('screenings', () => {
  let t: TestApp;
  let screener: TestUser;
  let colleague: TestUser;
  let outsider: TestUser;
  let admin: TestUser;
  let analyst: TestUser;

  beforeAll(async () => {
    t = await createTestApp();
    const borderPost = await t.createAgency('Đồn Biên phòng Cầu Treo', '42', 'border_guard_post');
    const otherAgency = await t.createAgency('Trung tâm CTXH Hà Nội', '01');
    screener = await t.createUser('screener', borderPost, ['frontline_screener']);
    colleague = await t.createUser('colleague', borderPost, ['case_worker']);
    outsider = await t.createUser('outsider', otherAgency, ['supervisor']);
    admin = await t.createUser('sysadmin', otherAgency, ['system_admin']);
    analyst = await t.createUser('analyst', otherAgency, ['programme_analyst']);
  });
  afterAll(() => t.close());

  const storedScreenings = async () =>
    (await t.testDb.asOwner((o) => o.query<{ n: string }>('select count(*)::text as n from screenings')))
      .rows[0]?.n;

  // A TOTP code is accepted once, so each user signs in once and keeps their session.
  const sessions = new Map<string, TestClient>();
  async function signedIn(user: TestUser, language = 'en') {
    const key = `${user.username}:${language}`;
    const existing = sessions.get(key);
    if (existing) return existing;
    const client = new TestClient(t.app, { 'Accept-Language': language });
    expect((await client.signIn(user)).status).toBe(200);
    sessions.set(key, client);
    return client;
  }

  it('lists the shipped instruments, with the ILO–EC grades marked as a secondary source', async () => {
    const client = await signedIn(screener);
    const { status, json } = await client.request('GET', '/api/instruments');
    expect(status).toBe(200);
    const byId = Object.fromEntries(json.map((i: { id: string }) => [i.id, i]));
    expect(Object.keys(byId).sort()).toEqual([
      'act-means-purpose',
      'ilo-ec-labour',
      'migrant-vulnerability',
      'vn-scam-compound',
    ]);
    expect(byId['ilo-ec-labour'].sourceStatus).toBe('secondary');
    expect(byId['act-means-purpose'].role).toBe('default');
  });

  it('stores a screening scored by the server, ignoring a result the client sends', async () => {
    const client = await signedIn(screener);
    const { status, json } = await submit(
      client,
      [
        {
          instrumentId: 'act-means-purpose',
          instrumentVersion: 1,
          answers: returnee,
          result: { outcome: 'no-indicators' },
        },
        { instrumentId: 'vn-scam-compound', instrumentVersion: 1, answers: scamAnswers },
      ],
      { outcome: 'no-indicators' },
    );
    expect(status).toBe(201);
    expect(json.outcome).toBe('possible-victim');
    expect(json.htcdsStatus).toBe('PossibleVictimOfTrafficking');
    expect(json.needs).toEqual(
      expect.arrayContaining(['safe-shelter', 'identity-documents', 'psychological-support']),
    );
    expect(json.responses.map((r: { result: { outcome: string } }) => r.result.outcome)).toEqual([
      'possible-victim',
      'possible-victim',
    ]);

    const audit = await t.testDb.asOwner((owner) =>
      owner.query<{ action: string; details: Record<string, unknown> }>(
        'select action, details from audit_events where resource_id = $1',
        [json.id],
      ),
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        action: 'screening.create',
        details: expect.objectContaining({ outcome: 'possible-victim' }),
      }),
    ]);
  });

  it('refuses invalid answers field by field and stores nothing', async () => {
    const client = await signedIn(screener);
    const before = await storedScreenings();
    const { status, json } = await submit(client, [
      {
        instrumentId: 'act-means-purpose',
        instrumentVersion: 1,
        answers: {
          'no-such-question': 'yes',
          'in-danger-now': 42,
          'offered-or-arranged': 'no',
          'recruitment-method': ['at-work'],
        },
      },
      { instrumentId: 'vn-scam-compound', instrumentVersion: 1, answers: { 'age-group': 'ancient' } },
    ]);
    expect(status).toBe(400);
    const details = json.error.details.map((d: { field: string; code: string }) => `${d.field}:${d.code}`);
    expect(details).toEqual(
      expect.arrayContaining([
        'responses.0.answers.no-such-question:answer_unknown_question',
        'responses.0.answers.in-danger-now:answer_wrong_type',
        'responses.1.answers.age-group:answer_unknown_option',
      ]),
    );
    expect(json.error.details[0].message).not.toBe('');
    expect(await storedScreenings()).toBe(before);
  });

  it('refuses an answer to a question its condition hides', async () => {
    const client = new TestClient(t.app, { 'Accept-Language': 'vi' });
    expect((await client.signIn(screener, undefined, new Date(Date.now() + 30_000))).status).toBe(200);
    const { status, json } = await submit(client, [
      {
        instrumentId: 'act-means-purpose',
        instrumentVersion: 1,
        answers: { 'offered-or-arranged': 'no', 'recruitment-method': ['at-work'] },
      },
    ]);
    expect(status).toBe(400);
    expect(json.error.details).toEqual([
      {
        field: 'responses.0.answers.recruitment-method',
        code: 'answer_hidden_question',
        message: 'Với các câu trả lời này, câu hỏi này không được hỏi; hãy bỏ câu trả lời.',
      },
    ]);
  });

  it.each([
    [{ consentToInterview: false }, 'consentToInterview'],
    [{ interviewLanguage: 'xxx' }, 'interviewLanguage'],
    [{ provinceCode: '99' }, 'provinceCode'],
    [{ communeCode: '00004', provinceCode: '42' }, 'communeCode'],
    [{ screenedAt: new Date(Date.now() + 86_400_000).toISOString() }, 'screenedAt'],
  ])('refuses %o with an error on %s', async (extra, field) => {
    const client = await signedIn(screener);
    const { status, json } = await submit(
      client,
      [{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: {} }],
      extra,
    );
    expect(status).toBe(400);
    expect(json.error.details.map((d: { field: string }) => d.field)).toContain(field);
  });

  it('stores a retried draft once', async () => {
    const client = await signedIn(screener);
    const body = screening([{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: returnee }], {
      clientDraftId: randomUUID(),
    });
    const first = await client.request('POST', '/api/screenings', body);
    const second = await client.request('POST', '/api/screenings', body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.json.id).toBe(first.json.id);
  });

  it('an unknown instrument version is a field error, not a 500', async () => {
    const client = await signedIn(screener);
    const { status, json } = await submit(client, [
      { instrumentId: 'act-means-purpose', instrumentVersion: 99, answers: {} },
    ]);
    expect(status).toBe(400);
    expect(json.error.details[0]).toMatchObject({
      field: 'responses.0.instrumentVersion',
      code: 'unknown_instrument',
    });
  });

  it('screenings stay in the agency: colleagues read them, another agency gets 404, an analyst 403', async () => {
    const own = await signedIn(screener);
    const created = await own.request(
      'POST',
      '/api/screenings',
      screening([{ instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: returnee }]),
    );
    const path = `/api/screenings/${created.json.id}`;
    expect((await (await signedIn(colleague)).request('GET', path)).status).toBe(200);
    expect((await (await signedIn(outsider)).request('GET', path)).status).toBe(404);
    expect((await (await signedIn(analyst)).request('GET', path)).status).toBe(403);
    const list = await (await signedIn(outsider)).request('GET', '/api/screenings');
    expect(list.json.items.map((s: { id: string }) => s.id)).not.toContain(created.json.id);
    const colleagueList = await (await signedIn(colleague)).request(
      'GET',
      '/api/screenings?outcome=possible-victim',
    );
    expect(colleagueList.json.items.map((s: { id: string }) => s.id)).toContain(created.json.id);
    expect(colleagueList.json.items.every((s: { outcome: string }) => s.outcome === 'possible-victim')).toBe(
      true,
    );
  });

  it('row-level security holds even if the application scope were forgotten', async () => {
    const context = {
      requestId: randomUUID(),
      actorId: outsider.id,
      agencyId: outsider.agencyId,
      permissions: ['screening.read'],
    };
    const seen = (ctx: typeof context) =>
      runInRequestTransaction(t.testDb.database.db, ctx, (tx) =>
        queryRows<{ agency_id: string }>(tx, sql`select agency_id from screenings`),
      );
    expect(await seen(context)).toEqual([]);
    const own = await seen({ ...context, actorId: colleague.id, agencyId: colleague.agencyId });
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((row) => row.agency_id === colleague.agencyId)).toBe(true);
    // Without screening.read or screening.create, nothing at all.
    expect(
      await seen({ ...context, actorId: colleague.id, agencyId: colleague.agencyId, permissions: [] }),
    ).toEqual([]);
  });

  it('a dry run scores and explains without storing anything', async () => {
    const client = await signedIn(screener);
    const before = await storedScreenings();
    const { status, json } = await client.request('POST', '/api/instruments/vn-scam-compound/1/score', {
      answers: scamAnswers,
    });
    expect(status).toBe(200);
    expect(json.outcome).toBe('possible-victim');
    expect(json.groups.find((g: { id: string }) => g.id === 'coercion-at-compound').clause).toEqual({
      strong: 2,
    });
    expect(await storedScreenings()).toBe(before);
  });

  it('publishes a new version from data; the old screenings keep their version and result', async () => {
    const client = await signedIn(admin);
    const current = await client.request('GET', '/api/instruments/vn-scam-compound/1');
    const stricter = {
      ...current.json.definition,
      // Version 2 ships with Lantern (the pre-filled "offer came online"); the next free number is 3.
      version: 3,
      scoring: { ...current.json.definition.scoring, threshold: [{ strong: 3 }] },
    };
    const published = await client.request('POST', '/api/instruments', { definition: stricter });
    expect(published.status).toBe(201);
    expect((await client.request('POST', '/api/instruments', { definition: stricter })).status).toBe(409);

    const screenerClient = await signedIn(screener);
    const v2 = await screenerClient.request('POST', '/api/instruments/vn-scam-compound/3/score', {
      answers: scamAnswers,
    });
    expect(v2.json.outcome).toBe('some-indicators');
    const list = await screenerClient.request('GET', '/api/screenings');
    const old = await screenerClient.request('GET', `/api/screenings/${list.json.items.at(-1).id}`);
    expect(old.json.responses[1]).toMatchObject({
      instrumentVersion: 1,
      result: { outcome: 'possible-victim' },
    });
  });

  it('a used version cannot change, even by the owner', async () => {
    await expect(
      t.testDb.asOwner((o) =>
        o.query(
          `update screening_instruments set definition = '{}'::jsonb where id = 'vn-scam-compound' and version = 1`,
        ),
      ),
    ).rejects.toThrow(/in use and cannot change/);
  });

  it('records a verification of the secondary-source version; only administrators may', async () => {
    const note = 'Checked every grade against ILO WCMS_105023, pages 2–3.';
    const denied = await (await signedIn(screener)).request(
      'POST',
      '/api/instruments/ilo-ec-labour/1/verification',
      { note },
    );
    expect(denied.status).toBe(403);
    const client = await signedIn(admin);
    const { status, json } = await client.request('POST', '/api/instruments/ilo-ec-labour/1/verification', {
      note,
    });
    expect(status).toBe(200);
    expect(json.verification.note).toBe(note);
    const local = await client.request('POST', '/api/instruments/vn-scam-compound/1/verification', { note });
    expect(local.status).toBe(409);
  });

  it('an instrument that breaks the schema is refused with the path of the problem', async () => {
    const client = await signedIn(admin);
    const { status, json } = await client.request('POST', '/api/instruments', {
      definition: { id: 'broken', version: 1, sections: [] },
    });
    expect(status).toBe(400);
    expect(json.error.details.map((d: { field: string }) => d.field)).toContain('definition.sections');
  });
});
