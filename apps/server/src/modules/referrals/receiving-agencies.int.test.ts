import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../test-support/test-app';
import { createReferralWorld, type ReferralWorld } from './test-world';

// The administration list of where each province's screenings go by default, and clearing a province's setting.

interface Row {
  provinceCode: string;
  configured: { id: string; name: string } | null;
  fallback: { id: string; name: string } | null;
  mayChange: boolean;
}

describe('receiving agencies of the provinces', () => {
  let world: ReferralWorld;
  let admin: TestClient;
  const list = async (client: TestClient) => {
    const { status, json } = await client.request('GET', '/api/provinces/receiving-agencies');
    expect(status, JSON.stringify(json)).toBe(200);
    return new Map((json as Row[]).map((row) => [row.provinceCode, row]));
  };
  const set = (client: TestClient, code: string, agencyId: string | null) =>
    client.request('PUT', `/api/provinces/${code}/receiving-agency`, { agencyId });
  const auditOf = async (provinceCode: string) =>
    (
      await world.t.testDb.asOwner((o) =>
        o.query<{ details: { agencyId: string | null } }>(
          `select details from audit_events
            where action = 'handoff.receiving_agency_set' and resource_id = $1 order by seq`,
          [provinceCode],
        ),
      )
    ).rows.map((row) => row.details.agencyId);

  beforeAll(async () => {
    world = await createReferralWorld();
    const user = await world.t.createUser('sysadmin', world.agencies.office, ['system_admin']);
    admin = new TestClient(world.t.app);
    expect((await admin.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => world.t.close());

  it('lists the 34 provinces: a configured one, one falling back to its social work centre, one with neither', async () => {
    const configured = await set(admin, '44', world.agencies.shelter);
    expect(configured.status, JSON.stringify(configured.json)).toBe(200);

    const rows = await list(admin);
    expect(rows.size).toBe(34);
    expect(rows.get('44')).toEqual({
      provinceCode: '44',
      configured: { id: world.agencies.shelter, name: 'Nhà tạm lánh Nghệ An' },
      fallback: null,
      mayChange: true,
    });
    expect(rows.get('42')).toEqual({
      provinceCode: '42',
      configured: null,
      fallback: { id: world.agencies.centre, name: 'Trung tâm Công tác xã hội Hà Tĩnh' },
      mayChange: true,
    });
    expect(rows.get('01')).toMatchObject({ configured: null, fallback: null });
    // A pre-2025 province code is not among the provinces in force.
    expect(rows.has('30')).toBe(false);
  });

  it('lets a provincial coordinator read every province and change only their own', async () => {
    const rows = await list(world.client('coordinator'));
    expect(rows.size).toBe(34);
    expect([...rows.values()].filter((row) => row.mayChange).map((row) => row.provinceCode)).toEqual(['42']);
  });

  it('refuses a role without the permission', async () => {
    for (const name of ['worker', 'guard'] as const) {
      const { status } = await world.client(name).request('GET', '/api/provinces/receiving-agencies');
      expect(status, name).toBe(403);
    }
  });

  it('clears a province’s setting with a null agency, audited; the fallback applies again', async () => {
    expect((await set(admin, '42', world.agencies.shelter)).status).toBe(200);
    expect((await list(admin)).get('42')?.configured?.id).toBe(world.agencies.shelter);

    expect((await set(world.client('worker'), '42', null)).status).toBe(403);
    expect((await set(world.client('coordinator'), '40', null)).status).toBe(403);
    const cleared = await set(world.client('coordinator'), '42', null);
    expect(cleared.status, JSON.stringify(cleared.json)).toBe(200);
    expect(cleared.json).toMatchObject({ source: 'fallback', agency: { id: world.agencies.centre } });
    expect((await list(admin)).get('42')).toMatchObject({
      configured: null,
      fallback: { id: world.agencies.centre },
    });
    expect(await auditOf('42')).toEqual([world.agencies.shelter, null]);

    // Clearing a province that has no setting changes nothing and still answers with its fallback.
    const again = await set(admin, '01', null);
    expect(again.status, JSON.stringify(again.json)).toBe(200);
    expect(again.json).toEqual({ provinceCode: '01', agency: null, source: 'none' });
  });
});
