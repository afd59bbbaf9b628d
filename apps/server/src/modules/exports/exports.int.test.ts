import { BlobReader, TextWriter, ZipReader } from '@zip.js/zip.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { registerCase } from '../case-work/test-fixtures';

// Partner exports (#19). Centre A holds 24 registrations of 2026 (20 Vietnamese women of 18–20 exploited in
// China, 3 of 21–23 exploited in Taiwan, 1 man from Laos — a person alone in their class), post B holds 12.
// An analyst downloads the k-anonymised CTDC file of the country; A's supervisor the HTCDS file of A's cases.
let t: TestApp;
let analyst: TestClient;
let supervisorA: TestClient;
let transferOfficerA: TestClient;
let workerA: TestClient;

async function addCases(
  agency: string,
  by: string,
  rows: [prefix: string, n: number, sex: string, age: string, nat: string, country: string][],
) {
  await t.testDb.asOwner(async (owner) => {
    for (const [prefix, count, sex, age, nationality, country] of rows) {
      await owner.query(
        `with made as (
           select $2 || n as code, gen_random_uuid() as person_id, gen_random_uuid() as case_id
           from generate_series(1, $3::int) n)
         , people as (
           insert into persons (id, owner_agency_id, identity_sealed, sex, age_band, nationality, created_by)
           select person_id, $1, 'sealed-fixture', $4, $5, $6, $8 from made returning id)
         insert into cases (id, code, person_id, owner_agency_id, province_code, state, received_on,
           trafficking_status, intake_route, exploitation_types, control_methods, journey, created_by)
         select case_id, code, person_id, $1, '42', 'received', '2026-03-10', 'PossibleVictimOfTrafficking',
           'vn.ReturnedByForeignAuthorities', array['SexualExploitation'], array['DebtBondage'],
           jsonb_build_object('exploitation', jsonb_build_array(jsonb_build_object('country', $7::text,
             'from', '2025-01-01', 'to', '2025-08-01'))), $8
         from made`,
        [agency, prefix, count, sex, age, nationality, country, by],
      );
    }
    await recordSystemAudit(owner, { action: 'test.fixture', resourceType: 'agency', resourceId: agency });
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const centreA = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42', 'social_work_centre');
  const postB = await t.createAgency('Đồn Biên phòng Cầu Treo', '42', 'border_guard_post');
  const ministry = await t.createAgency('Bộ Công an', '01', 'ministry');
  const supervisor = await t.createUser('supervisor.a', centreA, ['supervisor']);
  const workerB = await t.createUser('worker.b', postB, ['case_worker']);
  supervisorA = await signedInClient(t.app, supervisor);
  transferOfficerA = await signedInClient(
    t.app,
    await t.createUser('transfer.a', centreA, ['case_worker', 'data_transfer_officer']),
  );
  workerA = await signedInClient(t.app, await t.createUser('worker.a', centreA, ['case_worker']));
  analyst = await signedInClient(t.app, await t.createUser('analyst', ministry, ['programme_analyst']));
  await addCases(centreA, supervisor.id, [
    ['a', 20, 'Feminine', '18-20', 'VNM', 'CHN'],
    ['t', 3, 'Feminine', '21-23', 'VNM', 'TWN'],
    ['m', 1, 'Masculine', '30-38', 'LAO', 'THA'],
  ]);
  await addCases(postB, workerB.id, [['b', 12, 'Feminine', '18-20', 'VNM', 'CHN']]);
}, 60_000);
afterAll(() => t.close());

const year = 'from=2026-01-01&to=2026-12-31';

/** A GET whose answer may be a file rather than JSON. */
async function download(client: TestClient, path: string, language = 'en') {
  const response = await t.app.request(path, {
    headers: { Cookie: `lantern_session=${client.cookie}`, 'Accept-Language': language },
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: isJson ? JSON.parse(text) : undefined,
  };
}
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));

describe(`CTDC-style export (${testEngine})`, () => {
  it('gives an analyst a k-anonymous CSV of the country, saying how many records were left out', async () => {
    const response = await download(analyst, `/api/exports/ctdc?${year}`);
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header = [], ...rows] = csvRows(response.text);
    expect(header.slice(0, 6)).toEqual([
      'yearOfRegistration',
      'gender',
      'ageBroad',
      'citizenship',
      'CountryOfExploitation',
      'traffickMonths',
    ]);
    const suppressed = Number(response.headers.get('x-lantern-suppressed'));
    expect(rows.length + suppressed).toBe(36);
    expect(suppressed).toBeLessThanOrEqual(1);
    // Every combination of the quasi-identifiers appears at least 11 times.
    const counts = new Map<string, number>();
    for (const row of rows)
      counts.set(row.slice(0, 6).join('|'), (counts.get(row.slice(0, 6).join('|')) ?? 0) + 1);
    expect([...counts.values()].every((count) => count >= 11)).toBe(true);
    expect(rows.every((row) => row[header.indexOf('isSexualExploit')] === '1')).toBe(true);
    const [event] = (
      await t.testDb.asOwner((o) =>
        o.query<{ details: Record<string, unknown> }>(
          "select details from audit_events where action = 'export.ctdc'",
        ),
      )
    ).rows;
    expect(event?.details).toMatchObject({ records: rows.length, suppressed, k: 11 });
  });

  it('refuses it to a case worker and names a reversed period in the reader’s language', async () => {
    expect((await download(workerA, `/api/exports/ctdc?${year}`)).status).toBe(403);
    const reversed = await download(analyst, '/api/exports/ctdc?from=2026-12-01&to=2026-01-01', 'vi');
    expect(reversed.status).toBe(400);
    expect(reversed.json.error.details).toEqual([
      expect.objectContaining({ field: 'to', code: 'range_reversed' }),
    ]);
  });
});

async function openArchive(json: { archive: string; password: string }) {
  const reader = new ZipReader(new BlobReader(new Blob([Buffer.from(json.archive, 'base64')])));
  const [entry] = await reader.getEntries();
  expect(entry?.encrypted).toBe(true);
  if (!entry || entry.directory) throw new Error('no file in the archive');
  await expect(entry.getData(new TextWriter(), { password: 'wrong-password' })).rejects.toThrow();
  return entry.getData(new TextWriter(), { password: json.password });
}

describe(`HTCDS export (${testEngine})`, () => {
  it("exports the agency's own cases only, in an AES zip, without identifying fields", async () => {
    const { status, json } = await supervisorA.request('POST', '/api/exports/htcds', {
      from: '2026-01-01',
      to: '2026-12-31',
      format: 'csv',
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json).toMatchObject({ records: 24, fileName: 'htcds-2026-01-01-2026-12-31.csv.zip' });
    expect(json.password).toMatch(/^[A-Za-z2-9]{20}$/);
    const [header = [], ...rows] = csvRows(await openArchive(json));
    expect(header).toContain('vic_TypeOfExploitation');
    expect(header).not.toContain('prs_FirstName');
    expect(rows).toHaveLength(24);
    // Post B's twelve cases never appear: no record of A's file has B's count of them.
    const citizenship = header.indexOf('prs_Citizenship');
    expect(rows.filter((row) => row[citizenship] === 'LAO')).toHaveLength(1);
    const [event] = (
      await t.testDb.asOwner((o) =>
        o.query<{ details: Record<string, unknown> }>(
          "select details from audit_events where action = 'export.htcds'",
        ),
      )
    ).rows;
    expect(event?.details).toMatchObject({ records: 24, identifying: false, format: 'csv' });
    expect(JSON.stringify(event?.details)).not.toContain(json.password);
  });

  it('refuses identifying fields without export.identifying, and the export to a case worker', async () => {
    const body = { from: '2026-01-01', to: '2026-12-31', identifying: true };
    expect((await supervisorA.request('POST', '/api/exports/htcds', body)).status).toBe(403);
    expect(
      (await workerA.request('POST', '/api/exports/htcds', { ...body, identifying: false })).status,
    ).toBe(403);
  });

  it('adds names and birth dates for a data transfer officer, in JSON', async () => {
    await registerCase(transferOfficerA, 'Nguyễn Thị Hoa', '1999-04-02');
    const { status, json } = await transferOfficerA.request('POST', '/api/exports/htcds', {
      from: '2026-11-01',
      to: '2026-11-30',
      format: 'json',
      identifying: true,
    });
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json.fields).toContain('prs_Birthdate');
    const file = JSON.parse(await openArchive(json));
    expect(file.records).toEqual([
      expect.objectContaining({
        prs_SecondName: 'Nguyễn',
        prs_FirstName: 'Thị Hoa',
        prs_Birthdate: '1999-04-02',
      }),
    ]);
  });
});
