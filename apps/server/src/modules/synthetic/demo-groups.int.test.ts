import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { seedDemoGroups } from './demo-groups';
import { seedSynthetic } from './synthetic-seed';

describe(`demo self-help groups (${testEngine})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedSynthetic(t.testDb.database, t.secrets, {
      seed: 7,
      asOf: '2026-11-28',
      total: 300,
      programme: false,
    });
    await t.testDb.asOwner((session) => seedDemoGroups(session, t.secrets));
  }, 180_000);
  afterAll(() => t.close());

  it('makes groups with members and monthly meetings in Bắc Giang, Huế and Tây Ninh communes, names sealed', async () => {
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ province: string; groups: number; meetings: number; members: number; named: number }>(
        `select g.province_code as province, count(distinct g.id)::int as groups,
                count(distinct m.id)::int as meetings, count(distinct x.id)::int as members,
                count(distinct x.id) filter (where x.name_sealed like '%Thị%' or x.name_sealed like '%Văn%')::int as named
           from self_help_groups g
           left join self_help_group_meetings m on m.group_id = g.id
           left join self_help_group_members x on x.group_id = g.id
          group by g.province_code order by g.province_code`,
      ),
    );
    expect(rows.map((row) => row.province)).toEqual(['24', '46', '80']);
    for (const row of rows) {
      expect(row.groups).toBe(2);
      expect(row.meetings).toBeGreaterThanOrEqual(8);
      expect(row.members).toBeGreaterThanOrEqual(4);
      expect(row.named).toBe(0);
    }
  });

  it('reads as real groups to a case worker elsewhere: reports, no identities', async () => {
    const agency = await t.createAgency('Trung tâm CTXH Lào Cai', '15');
    const client = new TestClient(t.app);
    expect((await client.signIn(await t.createUser('reader', agency, ['case_worker']))).status).toBe(200);
    const list = await client.request('GET', '/api/groups?provinceCode=46');
    expect(list.json.items).toHaveLength(2);
    const group = await client.request('GET', `/api/groups/${list.json.items[0].id}`);
    expect(group.status).toBe(200);
    expect(group.json.report.meetings).toBeGreaterThan(0);
    expect(group.json.report.savingsVnd).toBeGreaterThan(0);
    expect(group.json.members.every((member: { identified: boolean }) => !member.identified)).toBe(true);
  });
});
