import { communesOf, foldVietnamese, provinces, randomSource, syntheticPerson } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import { bulkInsert } from './bulk-insert';
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

const NAMES: Readonly<Record<string, (place: string, commune: string) => string>> = {
  social_work_centre: (p) => `Trung tâm Công tác xã hội ${p}`,
  social_protection_centre: (p) => `Cơ sở Bảo trợ xã hội ${p}`,
  womens_union_one_stop: (p) => `Văn phòng hỗ trợ một cửa — Hội LHPN ${p}`,
  provincial_police_anti_trafficking: (p) => `Phòng Cảnh sát hình sự — Công an ${p}`,
  commune_police: (_, c) => `Công an ${c}`,
  border_guard_post: (p) => `Đồn Biên phòng — Bộ đội Biên phòng ${p}`,
  health_facility: (p) => `Bệnh viện Đa khoa ${p}`,
  legal_aid_centre: (p) => `Trung tâm Trợ giúp pháp lý nhà nước ${p}`,
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
  const users = {
    id: [] as string[],
    agency: [] as string[],
    username: [] as string[],
    name: [] as string[],
  };
  const grants = { user: [] as string[], role: [] as string[] };
  let individual = 0;
  for (const agency of agencies) {
    for (const role of STAFF[agency.type] ?? ['case_worker']) {
      const person = syntheticPerson(random, individual++);
      const parts = person.fullName.split(' ');
      // The province in the name keeps synthetic staff apart from the documented demo accounts.
      const base = `${ascii(parts.at(-1) ?? 'can')}.${ascii(parts[0] ?? 'bo')}.${agency.provinceCode}`;
      let username = base;
      for (let n = 2; taken.has(username); n++) username = `${base}.${n}`;
      taken.add(username);
      const id = seedId(seed, `user:${agency.id}:${users.id.length}`, at);
      users.id.push(id);
      users.agency.push(agency.id);
      users.username.push(username);
      users.name.push(person.fullName);
      grants.user.push(id);
      grants.role.push(roleIds.get(role) as string);
      if (role === 'supervisor') agency.supervisorIds.push(id);
      else if (role !== 'agency_admin') agency.userIds.push(id);
    }
  }
  await bulkInsert(
    session,
    'agencies',
    [
      { name: 'id', type: 'uuid', values: agencies.map((a) => a.id) },
      { name: 'name', type: 'text', values: agencies.map((a) => a.name) },
      { name: 'type_code', type: 'text', values: agencies.map((a) => a.type) },
      { name: 'province_code', type: 'text', values: agencies.map((a) => a.provinceCode) },
      { name: 'commune_code', type: 'text', values: agencies.map((a) => a.communeCode) },
    ],
    'on conflict (id) do nothing',
  );
  // Synthetic staff have no password: nobody signs in as them; they are the authors of the synthetic work.
  await bulkInsert(
    session,
    'users',
    [
      { name: 'id', type: 'uuid', values: users.id },
      { name: 'agency_id', type: 'uuid', values: users.agency },
      { name: 'username', type: 'text', values: users.username },
      { name: 'display_name', type: 'text', values: users.name },
      { name: 'demo', type: 'bool', values: users.id.map(() => true) },
    ],
    'on conflict (id) do nothing',
  );
  await bulkInsert(
    session,
    'user_roles',
    [
      { name: 'user_id', type: 'uuid', values: grants.user },
      { name: 'role_id', type: 'uuid', values: grants.role },
    ],
    'on conflict do nothing',
  );
  const byTypeAndProvince = new Map<string, GridAgency>();
  for (const agency of agencies) byTypeAndProvince.set(`${agency.type}:${agency.provinceCode}`, agency);
  return { ministry, byTypeAndProvince, userCount: users.id.length };
}
