import { communesOf, foldVietnamese, provinces, randomSource, syntheticPerson } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import { bulkInsertRows } from './bulk-insert';
import { seedId } from './seed-ids';

/** Agency types present in every province of the synthetic country; border guards only on a land border. */
export const GRID_AGENCY_TYPES = [
  'social_work_centre',
  'social_protection_centre',
  'womens_union_one_stop',
  'provincial_police_anti_trafficking',
  'commune_police',
  'health_facility',
  'legal_aid_centre',
  'vocational_employment_centre',
] as const;

/** Who works at each kind of agency in the synthetic country (role codes, one user per entry). */
const STAFF: Readonly<Record<string, readonly string[]>> = {
  social_work_centre: ['case_worker', 'case_worker', 'supervisor', 'agency_admin'],
  social_protection_centre: ['case_worker', 'supervisor'],
  womens_union_one_stop: ['case_worker', 'case_worker', 'supervisor'],
  provincial_police_anti_trafficking: ['case_worker', 'supervisor'],
  commune_police: ['frontline_screener', 'frontline_screener'],
  border_guard_post: ['frontline_screener', 'frontline_screener'],
  health_facility: ['service_provider'],
  legal_aid_centre: ['service_provider'],
  ministry: ['programme_analyst', 'auditor'],
};

/**
 * Staff the grid gained later — a post chief who refers cases (field screeners may not), the vocational
 * centres' staff — made after everyone above, so an existing grid's staff keep their names and ids.
 */
const ADDED_STAFF: Readonly<Record<string, readonly string[]>> = {
  border_guard_post: ['supervisor'],
  commune_police: ['supervisor'],
  vocational_employment_centre: ['service_provider', 'service_provider'],
};
const REFERS = new Set(['case_worker', 'supervisor']);
const ANSWERS_REFERRALS = new Set(['case_worker', 'supervisor', 'service_provider']);

const NAMES: Readonly<Record<string, (place: string, commune: string) => string>> = {
  social_work_centre: (p) => `Trung tâm Công tác xã hội ${p}`,
  social_protection_centre: (p) => `Cơ sở Bảo trợ xã hội ${p}`,
  womens_union_one_stop: (p) => `Văn phòng hỗ trợ một cửa — Hội LHPN ${p}`,
  provincial_police_anti_trafficking: (p) => `Phòng Cảnh sát hình sự — Công an ${p}`,
  commune_police: (_, c) => `Công an ${c}`,
  border_guard_post: (p) => `Đồn Biên phòng — Bộ đội Biên phòng ${p}`,
  health_facility: (p) => `Bệnh viện Đa khoa ${p}`,
  legal_aid_centre: (p) => `Trung tâm Trợ giúp pháp lý nhà nước ${p}`,
  vocational_employment_centre: (p) => `Trung tâm Dịch vụ việc làm ${p}`,
};

/** Communes whose police post the demo names (Bát Xát for Lào Cai); elsewhere the first commune. */
const COMMUNE_POLICE_AT: Readonly<Record<string, string>> = { '15': 'Bát Xát' };

export interface GridAgency {
  id: string;
  type: string;
  provinceCode: string;
  /** Staff able to register cases (case workers or screeners), then everyone else. */
  userIds: string[];
  supervisorIds: string[];
  /** Staff who may send a referral (case workers, supervisors), and who may answer one. */
  referrerIds: string[];
  responderIds: string[];
}

export interface AgencyGrid {
  ministry: GridAgency;
  /** Keyed by `${type}:${provinceCode}`. */
  byTypeAndProvince: Map<string, GridAgency>;
  userCount: number;
}

const GRID_SEED = 20250701;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const ascii = (text: string) => foldVietnamese(text).replace(/[^a-z]/g, '');

/**
 * Agencies across the 34 provinces with their staff. Ids are fixed, and rows that exist already are
 * left alone, so running again (or resuming an interrupted load) finds the same grid.
 */
export async function ensureAgencyGrid(
  session: SqlSession,
  agencyTypesIn: (provinceCode: string) => readonly string[],
): Promise<AgencyGrid> {
  // One synthetic country for every dataset seed, so the demo accounts and any --synthetic load share it.
  const seed = GRID_SEED;
  const at = Date.UTC(2023, 0, 1);
  const roleIds = new Map(
    (await session.query<{ id: string; code: string }>('select id, code from roles')).rows.map((r) => [
      r.code,
      r.id,
    ]),
  );
  const agencies: Array<GridAgency & { name: string; communeCode: string | null }> = [];
  const make = (type: string, provinceCode: string, name: string, communeCode: string | null) => {
    const agency = {
      id: seedId(seed, `agency:${type}:${provinceCode}`, at),
      type,
      provinceCode,
      name,
      communeCode,
      userIds: [] as string[],
      supervisorIds: [] as string[],
      referrerIds: [] as string[],
      responderIds: [] as string[],
    };
    agencies.push(agency);
    return agency;
  };
  const ministry = make('ministry', '01', 'Cục Bảo trợ xã hội — Bộ Y tế', null);
  for (const province of provinces('2026-01-01')) {
    const place = lowerFirst(province.fullName);
    const communes = communesOf(province.code, '2026-01-01');
    const commune =
      communes.find((unit) => unit.name === COMMUNE_POLICE_AT[province.code]) ??
      (communes[0] as (typeof communes)[0]);
    for (const type of agencyTypesIn(province.code)) {
      const name = (NAMES[type] as (p: string, c: string) => string)(place, lowerFirst(commune.fullName));
      make(type, province.code, name, type === 'commune_police' ? commune.code : null);
    }
  }

  const random = randomSource(seed ^ 0x5eed);
  const taken = new Set<string>();
  const users: Array<{ id: string; agency_id: string; username: string; display_name: string }> = [];
  const grants: Array<{ user_id: string; role_id: string }> = [];
  let individual = 0;
  const staffing = [
    ...agencies.map((agency) => [agency, STAFF[agency.type] ?? []] as const),
    ...agencies.map((agency) => [agency, ADDED_STAFF[agency.type] ?? []] as const),
  ];
  for (const [agency, roles] of staffing) {
    for (const role of roles) {
      const person = syntheticPerson(random, individual++);
      const parts = person.fullName.split(' ');
      // The province in the name keeps synthetic staff apart from the documented demo accounts.
      const base = `${ascii(parts.at(-1) ?? 'can')}.${ascii(parts[0] ?? 'bo')}.${agency.provinceCode}`;
      let username = base;
      for (let n = 2; taken.has(username); n++) username = `${base}.${n}`;
      taken.add(username);
      const id = seedId(seed, `user:${agency.id}:${users.length}`, at);
      users.push({ id, agency_id: agency.id, username, display_name: person.fullName });
      grants.push({ user_id: id, role_id: roleIds.get(role) as string });
      if (role === 'supervisor') agency.supervisorIds.push(id);
      else if (role !== 'agency_admin') agency.userIds.push(id);
      if (REFERS.has(role)) agency.referrerIds.push(id);
      if (ANSWERS_REFERRALS.has(role)) agency.responderIds.push(id);
    }
  }
  await bulkInsertRows(
    session,
    'agencies',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['type_code', 'text'],
      ['province_code', 'text'],
      ['commune_code', 'text'],
    ],
    agencies.map((a) => ({
      id: a.id,
      name: a.name,
      type_code: a.type,
      province_code: a.provinceCode,
      commune_code: a.communeCode,
    })),
    'on conflict (id) do nothing',
  );
  // Synthetic staff have no password: nobody signs in as them; they are the authors of the synthetic work.
  const staffColumns = [
    ['id', 'uuid'],
    ['agency_id', 'uuid'],
    ['username', 'text'],
    ['display_name', 'text'],
    ['demo', 'bool'],
  ] as const;
  const staff = users.map((user) => ({ ...user, demo: true }));
  await bulkInsertRows(session, 'users', staffColumns, staff, 'on conflict (id) do nothing');
  const roleColumns = [
    ['user_id', 'uuid'],
    ['role_id', 'uuid'],
  ] as const;
  await bulkInsertRows(session, 'user_roles', roleColumns, grants, 'on conflict do nothing');
  const byTypeAndProvince = new Map<string, GridAgency>();
  for (const agency of agencies) byTypeAndProvince.set(`${agency.type}:${agency.provinceCode}`, agency);
  return { ministry, byTypeAndProvince, userCount: users.length };
}
