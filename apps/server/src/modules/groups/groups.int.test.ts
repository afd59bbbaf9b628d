import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  asRequest,
  auditActions,
  auditCount,
  createCaseTeam,
  registerCase,
  signedInClients,
} from '../case-work/test-fixtures';

const groupBody = {
  name: 'Nhóm tự lực Hoa Sen',
  communeCode: '07210',
  startedOn: '2026-09-01',
  livelihoodFocus: 'vn.Livestock',
  facilitatorName: 'Trần Thị Thu',
};

describe(`self-help groups (${testEngine})`, () => {
  let t: TestApp;
  let team: Awaited<ReturnType<typeof createCaseTeam>>;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  let groupId = '';
  let survivorId = '';
  let communityId = '';

  const rows = async (table: string) =>
    (await t.testDb.asOwner((o) => o.query<{ n: number }>(`select count(*)::int as n from ${table}`))).rows[0]
      ?.n ?? 0;

  beforeAll(async () => {
    t = await createTestApp();
    team = await createCaseTeam(t);
    caseId = await registerCase(await as(team.worker), 'Lê Thị Hoa');
  }, 60_000);
  afterAll(() => t.close());

  it('creates a group in a 2025 commune, its province taken from the commune', async () => {
    const { status, json } = await (await as(team.worker)).request('POST', '/api/groups', groupBody);
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json).toMatchObject({
      provinceCode: '24',
      communeCode: '07210',
      status: 'active',
      mayManage: true,
    });
    groupId = json.id;
    const stored = await t.testDb.asOwner((o) =>
      o.query<{ f: string }>('select facilitator_name_sealed as f from self_help_groups where id = $1', [
        groupId,
      ]),
    );
    expect(stored.rows[0]?.f).not.toContain('Thu');
  });

  it('finds the cases the facilitator may see by number, and only those', async () => {
    const { json: kase } = await (await as(team.worker)).request('GET', `/api/cases/${caseId}`);
    const found = await (await as(team.worker)).request(
      'GET',
      `/api/groups/${groupId}/case-candidates?code=${encodeURIComponent(kase.code.slice(-6))}`,
    );
    expect(found.status, JSON.stringify(found.json)).toBe(200);
    expect(found.json.items).toEqual([
      expect.objectContaining({ id: caseId, code: kase.code, member: false }),
    ]);
    const outsiderGroup = await (await as(team.outsider)).request('POST', '/api/groups', {
      ...groupBody,
      name: 'Nhóm Nghệ An',
    });
    const none = await (await as(team.outsider)).request(
      'GET',
      `/api/groups/${outsiderGroup.json.id}/case-candidates?code=${encodeURIComponent(kase.code)}`,
    );
    expect(none.json.items).toEqual([]);
  });

  it('adds a survivor from a visible case and a community member (name sealed), refusing a second joining', async () => {
    const client = await as(team.worker);
    const survivor = await client.request('POST', `/api/groups/${groupId}/members`, {
      kind: 'survivor',
      caseId,
      joinedOn: '2026-09-01',
    });
    expect(survivor.status, JSON.stringify(survivor.json)).toBe(201);
    survivorId = survivor.json.id;
    const community = await client.request('POST', `/api/groups/${groupId}/members`, {
      kind: 'community',
      name: 'Nguyễn Văn Bình',
      joinedOn: '2026-09-15',
    });
    expect(community.status).toBe(201);
    communityId = community.json.id;
    const sealed = await t.testDb.asOwner((o) =>
      o.query<{ n: string }>('select name_sealed as n from self_help_group_members where id = $1', [
        communityId,
      ]),
    );
    expect(sealed.rows[0]?.n).not.toContain('Bình');
    expect(await auditActions(t, caseId)).toContain('group.member_add');
    const timeline = await client.request('GET', `/api/cases/${caseId}/timeline`);
    expect(timeline.json.map((entry: { kind: string }) => entry.kind)).toContain('group.joined');
  });

  it('records a meeting with who attended and reports it to the facilitating agency with names', async () => {
    const client = await as(team.worker);
    const meeting = await client.request('POST', `/api/groups/${groupId}/meetings`, {
      heldOn: '2026-10-01',
      topic: 'Lập kế hoạch tiết kiệm',
      activities: ['vn.Savings', 'vn.PeerSupport'],
      attendedCount: 2,
      attendeeIds: [survivorId, communityId],
      savingsVnd: 1_500_000,
      businessStarts: 1,
    });
    expect(meeting.status, JSON.stringify(meeting.json)).toBe(201);
    const { status, json } = await client.request('GET', `/api/groups/${groupId}`);
    expect(status).toBe(200);
    expect(json.facilitator).toBe('Trần Thị Thu');
    expect(json.members).toEqual([
      expect.objectContaining({
        id: survivorId,
        identified: true,
        name: 'Lê Thị Hoa',
        caseId,
        meetingsAttended: 1,
      }),
      expect.objectContaining({
        id: communityId,
        identified: true,
        name: 'Nguyễn Văn Bình',
        meetingsAttended: 1,
      }),
    ]);
    expect(json.meetings[0]).toMatchObject({
      topic: 'Lập kế hoạch tiết kiệm',
      attendeeIds: expect.any(Array),
    });
    expect(json.meetings[0].attendeeIds).toHaveLength(2);
    expect(json.report).toMatchObject({
      meetings: 1,
      members: { survivor: 1, community: 1, active: 2 },
      attendanceRate: 1,
      savingsVnd: 1_500_000,
      businessStarts: 1,
    });
    const audited = await t.testDb.asOwner((o) =>
      o.query<{ n: number }>(
        "select count(*)::int as n from audit_events where action = 'group.members_read' and resource_id = $1",
        [groupId],
      ),
    );
    expect(audited.rows[0]?.n).toBeGreaterThan(0);
  });

  it('shows a user of another agency the report and counts, never who the members are', async () => {
    const client = await as(team.outsider);
    const before = await auditCount(t);
    const { status, json } = await client.request('GET', `/api/groups/${groupId}`);
    expect(status).toBe(200);
    expect(json.mayManage).toBe(false);
    expect(json.report).toMatchObject({
      meetings: 1,
      members: { survivor: 1, community: 1 },
      savingsVnd: 1_500_000,
    });
    for (const member of json.members)
      expect(member).toMatchObject({
        identified: false,
        name: null,
        caseId: null,
        caseCode: null,
        meetingsAttended: null,
      });
    expect(json.meetings[0].attendeeIds).toBeNull();
    const text = JSON.stringify(json);
    for (const secret of ['Lê Thị Hoa', 'Nguyễn Văn Bình', caseId]) expect(text).not.toContain(secret);
    // Nothing identifying was read, so nothing was audited as such.
    expect(await auditCount(t)).toBe(before);
    const list = await client.request('GET', '/api/groups?provinceCode=24');
    expect(list.json.items).toContainEqual(
      expect.objectContaining({ id: groupId, memberCount: 2, meetingCount: 1, mayManage: false }),
    );
    expect((await client.request('GET', `/api/cases/${caseId}/groups`)).status).toBe(404);
    // And writes to another agency's group: not found.
    const add = await client.request('POST', `/api/groups/${groupId}/members`, {
      kind: 'community',
      name: 'X',
      joinedOn: '2026-10-01',
    });
    expect(add.status).toBe(404);
    const meet = await client.request('POST', `/api/groups/${groupId}/meetings`, {
      heldOn: '2026-10-02',
      topic: 'x',
      activities: ['vn.Training'],
      attendedCount: 1,
    });
    expect(meet.status).toBe(404);
  });

  it('row-level security hides the case link and the attendance list from another agency', async () => {
    const seen = await asRequest(t, team.outsider, ['group.read', 'case.read'], async (tx) => ({
      links: await queryRows(tx, sql`select member_id from self_help_group_member_cases`),
      attendance: await queryRows(tx, sql`select member_id from self_help_group_attendance`),
      members: await queryRows(tx, sql`select id from self_help_group_members`),
    }));
    expect(seen.links).toHaveLength(0);
    expect(seen.attendance).toHaveLength(0);
    expect(seen.members).toHaveLength(2);
  });

  it('gives the provincial coordinator the case number of a case in the province, not the name', async () => {
    const { json } = await (await as(team.coordinator)).request('GET', `/api/groups/${groupId}`);
    const survivor = json.members.find((member: { id: string }) => member.id === survivorId);
    expect(survivor).toMatchObject({ identified: true, name: null, caseId });
    expect(JSON.stringify(json)).not.toContain('Lê Thị Hoa');
  });

  it('shows the participation on the case, audited', async () => {
    const { status, json } = await (await as(team.worker)).request('GET', `/api/cases/${caseId}/groups`);
    expect(status).toBe(200);
    expect(json.items).toEqual([
      expect.objectContaining({
        groupId,
        groupName: groupBody.name,
        joinedOn: '2026-09-01',
        meetingsAttended: 1,
      }),
    ]);
    expect(await auditActions(t, caseId)).toContain('group.case_participation_read');
  });

  it('refuses bad input naming the field, in the reader’s language, writing nothing', async () => {
    const vi = new TestClient(t.app, { 'Accept-Language': 'vi' });
    expect((await vi.signIn(await t.createUser('worker-vi', team.centre, ['case_worker']))).status).toBe(200);
    const meeting = {
      heldOn: '2026-10-08',
      topic: 'Tập huấn',
      activities: ['vn.Training'],
      attendedCount: 1,
    };
    const cases: [string, string, Record<string, unknown>, string][] = [
      [
        `/api/groups/${groupId}/meetings`,
        'heldOn',
        { ...meeting, heldOn: '2999-01-01' },
        'group_date_in_future',
      ],
      [`/api/groups/${groupId}/meetings`, 'savingsVnd', { ...meeting, savingsVnd: -5 }, ''],
      [
        `/api/groups/${groupId}/meetings`,
        'activities.0',
        { ...meeting, activities: ['vn.Karaoke'] },
        'group_activity_unknown',
      ],
      [
        `/api/groups/${groupId}/meetings`,
        'attendedCount',
        { ...meeting, attendedCount: 0, attendeeIds: [survivorId] },
        'group_attendance_below_list',
      ],
      [
        `/api/groups/${groupId}/members`,
        'caseId',
        { kind: 'survivor', caseId, joinedOn: '2026-10-01' },
        'group_member_already',
      ],
      ['/api/groups', 'communeCode', { ...groupBody, communeCode: '99999' }, 'group_commune_unknown'],
    ];
    const before = { audit: await auditCount(t), meetings: await rows('self_help_group_meetings') };
    for (const [path, field, body, code] of cases) {
      const { status, json } = await vi.request('POST', path, body);
      expect(status, `${field}: ${JSON.stringify(json)}`).toBe(400);
      expect(json.error.details).toEqual([expect.objectContaining({ field })]);
      if (code) {
        expect(json.error.details[0].code).toBe(code);
        expect(json.error.details[0].message).not.toContain(code);
        expect(json.error.details[0].message.length).toBeGreaterThan(10);
      }
    }
    expect(await auditCount(t)).toBe(before.audit);
    expect(await rows('self_help_group_meetings')).toBe(before.meetings);
  });

  it('records a member leaving, which ends their count among active members', async () => {
    const client = await as(team.worker);
    const left = await client.request('POST', `/api/groups/${groupId}/members/${communityId}/left`, {
      leftOn: '2026-11-01',
    });
    expect(left.status, JSON.stringify(left.json)).toBe(200);
    const { json } = await client.request('GET', `/api/groups/${groupId}`);
    expect(json.report.members.active).toBe(1);
    const again = await client.request('POST', `/api/groups/${groupId}/members/${communityId}/left`, {
      leftOn: '2026-11-02',
    });
    expect(again.status).toBe(409);
  });

  it('corrects a group the agency facilitates — name, commune, facilitator — audited with the field names only', async () => {
    const client = await as(team.worker);
    const changed = await client.request('PATCH', `/api/groups/${groupId}`, {
      name: 'Nhóm tự lực Sen Hồng',
      communeCode: '00004',
      facilitatorName: 'Đỗ Văn Tâm',
    });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    const { json } = await client.request('GET', `/api/groups/${groupId}`);
    expect(json).toMatchObject({
      name: 'Nhóm tự lực Sen Hồng',
      communeCode: '00004',
      provinceCode: '01',
      facilitator: 'Đỗ Văn Tâm',
      facilitatorUserId: null,
    });
    const me = await client.request('PATCH', `/api/groups/${groupId}`, { facilitatorUserId: team.worker.id });
    expect(me.status, JSON.stringify(me.json)).toBe(200);
    const after = (await client.request('GET', `/api/groups/${groupId}`)).json;
    expect(after.facilitatorUserId).toBe(team.worker.id);
    const audit = await t.testDb.asOwner((o) =>
      o.query<{ details: Record<string, unknown> }>(
        `select details from audit_events where action = 'group.update' and resource_id = $1 order by seq`,
        [groupId],
      ),
    );
    expect(audit.rows.map((row) => row.details.fields)).toEqual([
      'communeCode,facilitatorName,name',
      'facilitatorUserId',
    ]);
    expect(JSON.stringify(audit.rows)).not.toContain('Tâm');
  });

  it('refuses a correction that would break the group, naming the field in the reader’s language', async () => {
    const ar = new TestClient(t.app, { 'Accept-Language': 'ar' });
    expect((await ar.signIn(await t.createUser('worker-ar', team.centre, ['case_worker']))).status).toBe(200);
    const before = await auditCount(t);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ startedOn: '2026-09-10' }, 'startedOn', 'group_start_after_activity'],
      [{ communeCode: '99999' }, 'communeCode', 'group_commune_unknown'],
      [{ livelihoodFocus: 'vn.Karaoke' }, 'livelihoodFocus', 'group_livelihood_unknown'],
      [{ name: '  ' }, 'name', ''],
      [{}, 'status', ''],
    ];
    for (const [body, field, code] of cases) {
      const { status, json } = await ar.request('PATCH', `/api/groups/${groupId}`, body);
      expect(status, `${field}: ${JSON.stringify(json)}`).toBe(400);
      expect(json.error.details).toEqual([expect.objectContaining({ field })]);
      if (code) {
        expect(json.error.details[0].code).toBe(code);
        expect(json.error.details[0].message).toMatch(/[\u0600-\u06FF]/);
      }
    }
    const outsider = await (await as(team.outsider)).request('PATCH', `/api/groups/${groupId}`, {
      name: 'X',
    });
    expect(outsider.status).toBe(404);
    expect(await auditCount(t)).toBe(before);
  });
});
