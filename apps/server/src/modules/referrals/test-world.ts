import { expect } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { registration, sharingConsent, witnessedConsent } from '../case-work/test-fixtures';

// Test-only: the agencies and people of the referral tests. Nothing in the server imports this file.

/**
 * A border guard post in Quảng Trị (the sender), a social work centre in Hà Tĩnh (the recipient) and a shelter
 * nobody consented to, with a case worker and a supervisor at each end, the recipient's provincial coordinator,
 * and a user of an agency outside it all.
 */
export async function createReferralWorld() {
  const t: TestApp = await createTestApp();
  const border = await t.createAgency('Đồn Biên phòng Cửa khẩu Lao Bảo', '44', 'border_guard_post');
  const centre = await t.createAgency('Trung tâm Công tác xã hội Hà Tĩnh', '42', 'social_work_centre');
  const shelter = await t.createAgency('Nhà tạm lánh Nghệ An', '40', 'social_protection_centre');
  const office = await t.createAgency('Sở Y tế Hà Tĩnh', '42', 'provincial_health_social_protection');
  const people = {
    guard: [border, ['case_worker']],
    guardChief: [border, ['supervisor']],
    worker: [centre, ['case_worker']],
    provider: [centre, ['service_provider']],
    centreChief: [centre, ['supervisor']],
    coordinator: [office, ['provincial_coordinator']],
    outsider: [shelter, ['supervisor']],
  } satisfies Record<string, [string, string[]]>;
  type Name = keyof typeof people;
  const users = {} as Record<Name, TestUser>;
  const clients = {} as Record<Name, TestClient>;
  for (const [name, [agency, roles]] of Object.entries(people) as [Name, [string, string[]]][]) {
    users[name] = await t.createUser(name.toLowerCase(), agency, roles);
    clients[name] = new TestClient(t.app);
    expect((await clients[name].signIn(users[name])).status).toBe(200);
  }
  /** A case of the border post; `consentTo` the agencies the person agreed to share with. */
  async function caseOfBorderPost(
    fullName: string,
    consentTo: string[] = [centre],
    consentToTypes: string[] = [],
  ): Promise<string> {
    const body = registration(fullName);
    const sharing = sharingConsent({ sharingAgencyIds: consentTo, sharingAgencyTypes: consentToTypes });
    body.consents = [
      witnessedConsent,
      ...(consentTo.length + consentToTypes.length > 0 ? [sharing as typeof witnessedConsent] : []),
    ];
    const { status, json } = await clients.guard.request('POST', '/api/cases', body);
    expect(status, JSON.stringify(json)).toBe(201);
    return json.id as string;
  }
  return {
    t,
    agencies: { border, centre, shelter, office },
    users,
    client: (name: Name) => clients[name],
    caseOfBorderPost,
  };
}

export type ReferralWorld = Awaited<ReturnType<typeof createReferralWorld>>;

/** An urgent referral for shelter and psychological support, with the given sections opened. */
export function referralTo(agencyId: string, sections: string[] = [], extra: Record<string, unknown> = {}) {
  return {
    agencyId,
    services: ['vn.Shelter', 'vn.Psychological'],
    urgency: 'urgent',
    reason: 'AdditionalServicesRequired',
    message: 'Chị cần chỗ ở an toàn ngay tối nay.',
    sections,
    ...extra,
  };
}

export async function refer(world: ReferralWorld, caseId: string, body: Record<string, unknown>) {
  const { status, json } = await world
    .client('guard')
    .request('POST', `/api/cases/${caseId}/referrals`, body);
  expect(status, JSON.stringify(json)).toBe(201);
  return json.id as string;
}

export async function notificationsOf(world: ReferralWorld, user: TestUser, kind: string) {
  const { rows } = await world.t.testDb.asOwner((o) =>
    o.query<{ data: Record<string, unknown> }>(
      'select data from notifications where user_id = $1 and kind = $2',
      [user.id, kind],
    ),
  );
  return rows.map((row) => row.data);
}
