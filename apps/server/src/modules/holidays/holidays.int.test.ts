import { addWorkingDays } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, signedInClient, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';

// Public holidays in complaint deadlines (#20): the system administrator keeps the list of days off that
// deadlines skip; the 2026–2027 days come seeded, every one marked to check; each change is audited.
let t: TestApp;
let admin: TestClient;
let centre: string;
const owner = async <T>(text: string, values: unknown[] = []) =>
  (await t.testDb.asOwner((o) => o.query(text, values))).rows as T[];
const entry = (day: string, extra: Record<string, unknown> = {}) => ({
  day,
  nameVi: 'Ngày nghỉ bù',
  nameEn: 'Day off in lieu',
  ...extra,
});

beforeAll(async () => {
  t = await createTestApp();
  const ministry = await t.createAgency('Bộ Công an', '01', 'ministry');
  const department = await t.createAgency('Sở Y tế Lào Cai', '15', 'provincial_health_social_protection');
  centre = await t.createAgency('Trung tâm Bảo trợ xã hội Lào Cai', '15', 'social_protection_centre');
  admin = await signedInClient(t.app, await t.createUser('quan.tri', ministry, ['system_admin']));
  await t.createUser('thu.pham', department, ['complaints_officer']);
}, 120_000);
afterAll(() => t?.close());

describe(`public holidays (${testEngine})`, () => {
  it('comes with the 2027 days off in the usual pattern, each marked to check', async () => {
    const list = await admin.request('GET', '/api/admin/public-holidays?year=2027');
    expect(list.status).toBe(200);
    const days = list.json.items.map((h: { day: string }) => h.day);
    expect(days).toEqual(expect.arrayContaining(['2027-01-01', '2027-02-06', '2027-04-30', '2027-09-02']));
    expect(days.every((day: string) => day.startsWith('2027-'))).toBe(true);
    expect(list.json.items.every((h: { toCheck: boolean }) => h.toCheck)).toBe(true);
  });

  it('pushes the deadline of a complaint received just before Tết past the days off', async () => {
    // Monday 1 February 2027, four days before Tết's eve: 15 working days would end on 22 February without
    // the holidays; with the seven days off (5–11 February, two of them made up) the deadline is 1 March.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-02-01T03:00:00Z'));
    try {
      const filed = await new TestClient(t.app).request('POST', '/api/complaints', {
        concernedAgencyId: centre,
        category: 'delay',
        description: 'Tôi chờ hai tháng mà chưa được trả lời về hỗ trợ ban đầu.',
      });
      expect(filed.status, JSON.stringify(filed.json)).toBe(201);
      expect(addWorkingDays('2027-02-01', 15)).toBe('2027-02-22');
      expect(filed.json.dueOn).toBe('2027-03-01');
    } finally {
      vi.useRealTimers();
    }
  });

  it('adds, corrects and removes a day off, each change in the audit trail', async () => {
    const added = await admin.request('POST', '/api/admin/public-holidays', entry('2028-01-03'));
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(added.json).toMatchObject({ day: '2028-01-03', toCheck: false });
    const corrected = await admin.request(
      'PUT',
      `/api/admin/public-holidays/${added.json.id}`,
      entry('2028-01-04', { toCheck: true }),
    );
    expect(corrected.status, JSON.stringify(corrected.json)).toBe(200);
    expect(corrected.json).toMatchObject({ day: '2028-01-04', toCheck: true });
    const removed = await admin.request('DELETE', `/api/admin/public-holidays/${added.json.id}`);
    expect(removed.status).toBe(204);
    expect((await admin.request('GET', '/api/admin/public-holidays?year=2028')).json.items).toEqual([]);
    const trail = await owner<{ action: string; details: Record<string, unknown> }>(
      `select action, details from audit_events where resource_id = $1 order by occurred_at, action`,
      [added.json.id],
    );
    expect(trail.map((event) => event.action)).toEqual(['holiday.add', 'holiday.update', 'holiday.remove']);
    expect(trail[1]?.details).toMatchObject({ from: '2028-01-03', to: '2028-01-04' });
  });

  it.each([
    ['vi', 'Ngày này đã có'],
    ['en', 'already in the list'],
    ['ar', 'موجود بالفعل'],
  ])('refuses a day already in the list, naming the field (%s)', async (language, words) => {
    const refused = await admin.request('POST', '/api/admin/public-holidays', entry('2027-02-06'), {
      'Accept-Language': language,
    });
    expect(refused.status).toBe(400);
    expect(refused.json.error.details).toEqual([expect.objectContaining({ field: 'day' })]);
    expect(refused.json.error.details[0].message).toContain(words);
  });

  it('refuses a date that does not exist, naming the field, and a correction onto a taken day', async () => {
    const invalid = await admin.request('POST', '/api/admin/public-holidays', entry('2027-02-30'));
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.details.map((f: { field: string }) => f.field)).toContain('day');
    const list = (await admin.request('GET', '/api/admin/public-holidays?year=2027')).json.items;
    const [first, second] = list as { id: string; day: string }[];
    const clash = await admin.request(
      'PUT',
      `/api/admin/public-holidays/${first?.id}`,
      entry(second?.day ?? ''),
    );
    expect(clash.status).toBe(400);
    expect(clash.json.error.details[0].field).toBe('day');
  });
});
