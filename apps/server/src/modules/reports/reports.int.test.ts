import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { buildIndicatorCountry } from '../indicators/indicator-fixture.test-support';
import { pdfText, readWorkbook } from './report-files.test-support';
import { reportsIdle } from './report-queue';

type Users = Awaited<ReturnType<typeof buildIndicatorCountry>> & { admin: TestUser };

describe(`indicator targets and review reports (${testEngine})`, () => {
  let t: TestApp;
  let users: Users;
  const as = signedInClients(() => t, TestClient);
  const auditActions = async (resourceId: string) =>
    (
      await t.testDb.asOwner((o) =>
        o.query<{ action: string }>('select action from audit_events where resource_id = $1 order by seq', [
          resourceId,
        ]),
      )
    ).rows.map((row) => row.action);
  const download = async (who: TestUser, path: string) => {
    const client = await as(who);
    const response = await t.app.request(path, { headers: { Cookie: `lantern_session=${client.cookie}` } });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  const requestReport = async (who: TestUser, body: Record<string, unknown>) => {
    const response = await (await as(who)).request('POST', '/api/reports/review', body);
    expect(response.status, JSON.stringify(response.json)).toBe(202);
    await reportsIdle();
    return response.json.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp();
    const country = await buildIndicatorCountry(t);
    const office = await t.createAgency('Văn phòng Thường trực 138', '01', 'ministry');
    users = { ...country, admin: await t.createUser('admin.targets', office, ['system_admin']) };
  }, 60_000);
  afterAll(() => t.close());

  it('lets the system administrator set and clear targets, audited, and the catalogue carries them', async () => {
    const admin = await as(users.admin);
    const set = await admin.request('PUT', '/api/indicators/persons_received/targets', {
      targets: [
        { year: 2025, value: 40 },
        { year: 2026, value: 50 },
        { year: 2030, value: 70 },
      ],
    });
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    const cleared = await admin.request('PUT', '/api/indicators/persons_received/targets', {
      targets: [{ year: 2030, value: null }],
    });
    expect(
      cleared.json.targets.map((entry: { year: number; value: number }) => [entry.year, entry.value]),
    ).toEqual([
      [2025, 40],
      [2026, 50],
    ]);
    const catalogue = await (await as(users.analyst)).request('GET', '/api/indicators');
    const received = catalogue.json.indicators.find(
      (entry: { code: string }) => entry.code === 'persons_received',
    );
    expect(received.targets).toEqual([
      { year: 2025, value: 40 },
      { year: 2026, value: 50 },
    ]);
    const listed = await (await as(users.supervisorA)).request('GET', '/api/indicator-targets');
    expect(listed.json.targets).toHaveLength(2);
    const actions = await t.testDb.asOwner((o) =>
      o.query<{ action: string; n: number }>(
        `select action, count(*)::int as n from audit_events where action like 'indicator.target_%' group by action order by action`,
      ),
    );
    expect(actions.rows).toEqual([
      { action: 'indicator.target_clear', n: 1 },
      { action: 'indicator.target_set', n: 3 },
    ]);
  });

  it('refuses targets from anyone but the administrator, and bad targets with a clear message', async () => {
    const worker = await (await as(users.supervisorA)).request(
      'PUT',
      '/api/indicators/persons_received/targets',
      {
        targets: [{ year: 2026, value: 1 }],
      },
    );
    expect(worker.status).toBe(403);
    const admin = await as(users.admin);
    const repeated = await admin.request('PUT', '/api/indicators/persons_received/targets', {
      targets: [
        { year: 2026, value: 1 },
        { year: 2026, value: 2 },
      ],
    });
    expect(repeated.status).toBe(400);
    expect(repeated.json.error.details[0].message).toBe('Enter one target per year.');
    const unknown = await admin.request('PUT', '/api/indicators/no_such_thing/targets', {
      targets: [{ year: 2026, value: 1 }],
    });
    expect(unknown.status).toBe(404);
    const province = await admin.request('PUT', '/api/indicators/persons_received/targets', {
      provinceCode: '99',
      targets: [{ year: 2026, value: 1 }],
    });
    expect(province.status).toBe(400);
    expect(province.json.error.details[0].field).toBe('provinceCode');
  });

  it('builds an own-scope report in the background: queued, then done, with start, finish and downloads audited', async () => {
    const client = await as(users.supervisorA);
    const queued = await client.request(
      'POST',
      '/api/reports/review',
      { fromYear: 2025, toYear: 2026, targetYear: 2026 },
      { 'Accept-Language': 'vi' },
    );
    expect(queued.status).toBe(202);
    expect(queued.json).toMatchObject({ status: 'queued', progress: 0, scope: 'own', language: 'vi' });
    await reportsIdle();
    const done = await client.request('GET', `/api/reports/${queued.json.id}`);
    expect(done.json).toMatchObject({ status: 'done', progress: 100, expired: false });
    const days = (Date.parse(done.json.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(
      (await client.request('GET', '/api/reports')).json.reports.map((job: { id: string }) => job.id),
    ).toContain(queued.json.id);

    const pdf = await download(users.supervisorA, `/api/reports/${queued.json.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    // Words as a reader copies them out, wherever a line happened to wrap.
    const text = pdfText(pdf.body).replace(/\s+/g, ' ');
    expect(text).toContain('BÁO CÁO ĐÁNH GIÁ THỰC HIỆN CHƯƠNG TRÌNH PHÒNG, CHỐNG MUA BÁN NGƯỜI');
    expect(text).toContain('Số người được tiếp nhận');
    expect(text).toContain('Tiếp nhận và xác định nạn nhân');
    expect(text).toContain('Thực hiện 2026 so với chỉ tiêu 2026 (%)');
    // Centre A received 20 persons in 2026 against a target of 50: 40 %.
    expect(text).toContain('Số người được tiếp nhận người 0 20 50 40 %');
    // Survivor voice has no own scope: named, left empty, and said why.
    expect(text).toContain('Người được hỗ trợ hài lòng (%) Chỉ có số liệu toàn quốc');
    expect(text.split('Chỉ có số liệu toàn quốc').length - 1).toBe(4);

    const xlsx = await download(users.supervisorA, `/api/reports/${queued.json.id}/xlsx`);
    expect(xlsx.status).toBe(200);
    expect(await auditActions(queued.json.id)).toEqual([
      'report.request',
      'report.start',
      'report.finish',
      'report.download',
      'report.download',
    ]);
  });

  it('gives the national reader suppressed figures: typed numbers, "<11" text with a note', async () => {
    const id = await requestReport(users.analyst, {
      fromYear: 2026,
      toYear: 2026,
      targetYear: 2026,
      language: 'en',
    });
    const job = await (await as(users.analyst)).request('GET', `/api/reports/${id}`);
    expect(job.json).toMatchObject({ status: 'done', scope: 'national', language: 'en' });
    const workbook = await readWorkbook((await download(users.analyst, `/api/reports/${id}/xlsx`)).body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Screening',
      'Reception and identification',
      'Referral',
      'Reintegration',
      'Survivor voice',
      'Other',
    ]);
    const rowOf = (sheet: string, name: string) => {
      const found = workbook.getWorksheet(sheet);
      let values: unknown[] = [];
      found?.eachRow((row) => {
        if (row.getCell(1).value === name) values = (row.values as unknown[]).slice(1);
      });
      return values;
    };
    // 45 persons received in the country (20 at A, 25 at B): a number, not text; the target and the share too.
    expect(rowOf('Reception and identification', 'Persons received')).toEqual([
      'Persons received',
      'persons',
      45,
      50,
      90,
    ]);
    // Survivor voice is reported nationally: 29 feedback answers and 28 complaints in 2026.
    expect(rowOf('Survivor voice', 'Feedback responses')[2]).toBe(29);
    expect(rowOf('Survivor voice', 'Complaints received')[2]).toBe(28);
    // 9 screenings in the country: fewer than 11, hidden.
    const screened = rowOf('Screening', 'Persons screened');
    expect(screened[2]).toBe('<11');
    const cell = workbook.getWorksheet('Screening')?.getCell('C2');
    expect(JSON.stringify(cell?.note)).toContain('fewer than 11 persons');
  });

  it('keeps reports to their requester and refuses unfinished, unknown and unauthorised reads', async () => {
    const id = await requestReport(users.supervisorA, { fromYear: 2026, toYear: 2026, targetYear: 2026 });
    expect((await (await as(users.analyst)).request('GET', `/api/reports/${id}`)).status).toBe(404);
    expect((await download(users.analyst, `/api/reports/${id}/pdf`)).status).toBe(404);
    expect((await download(users.workerB, `/api/reports/${id}/pdf`)).status).toBe(403);
    await t.testDb.asOwner((o) => o.query("update report_jobs set status = 'running' where id = $1", [id]));
    expect((await download(users.supervisorA, `/api/reports/${id}/pdf`)).status).toBe(409);
    await t.testDb.asOwner((o) =>
      o.query("update report_jobs set status = 'done', expires_at = now() - interval '1 day' where id = $1", [
        id,
      ]),
    );
    expect((await download(users.supervisorA, `/api/reports/${id}/xlsx`)).status).toBe(410);
    const reversed = await (await as(users.supervisorA)).request('POST', '/api/reports/review', {
      fromYear: 2026,
      toYear: 2021,
      targetYear: 2025,
    });
    expect(reversed.status).toBe(400);
    const ownForAnalyst = await (await as(users.analyst)).request('POST', '/api/reports/review', {
      fromYear: 2021,
      toYear: 2023,
      targetYear: 2025,
      scope: 'own',
    });
    expect(ownForAnalyst.status).toBe(403);
  });

  it('lets one reader keep at most three reports waiting', async () => {
    await t.testDb.asOwner((o) =>
      o.query(
        `insert into report_jobs (id, requested_by, agency_id, scope, periods, language, expires_at)
         select gen_random_uuid(), u.id, u.agency_id, 'own', '{"fromYear":2026,"toYear":2026,"targetYear":2026}', 'vi',
           now() + interval '7 days'
         from users u, generate_series(1, 3) where u.username = 'supervisor.a'`,
      ),
    );
    const busy = await (await as(users.supervisorA)).request('POST', '/api/reports/review', {
      fromYear: 2026,
      toYear: 2026,
      targetYear: 2026,
    });
    expect(busy.status).toBe(429);
    expect(busy.json.error.message).toBe(
      'You already have 3 reports waiting to be built. Wait for one to finish, then ask again.',
    );
  });
});
