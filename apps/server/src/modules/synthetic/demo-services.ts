import { randomSource } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import type { AgencyGrid, GridAgency } from './agency-grid';
import { bulkInsertRows } from './bulk-insert';
import { seedId } from './seed-ids';

/** One service an agency type publishes: who it is for and, where places are counted, how many. */
interface ServiceTemplate {
  code: string;
  sexes?: string[];
  minAge?: number;
  maxAge?: number;
  acceptsForeigners?: boolean;
  /** Places in all, as a range; free places are drawn below it. No range: places are not counted. */
  places?: [number, number];
  hours: string;
  /** Also serves the neighbouring provinces of its region (regional centres, hospitals). */
  regional?: boolean;
}

const OFFICE_HOURS = 'Thứ 2–6, 7:30–11:30 và 13:30–17:00';
const ROUND_THE_CLOCK = '24/7';

// What each kind of agency provides under Law 53/2024/QH15 and the coordination regulation: social work
// centres shelter and counsel, social protection centres take in women and children, the Women's Union offices
// counsel women and open the way to training, jobs and loans, hospitals treat, legal-aid centres represent,
// police and border guards verify and bring people home, the employment service centres train and place, and
// the Women's Union offices also open the way to training and jobs for the women they counsel.
const SERVICES_BY_TYPE: Readonly<Record<string, readonly ServiceTemplate[]>> = {
  social_work_centre: [
    { code: 'vn.Shelter', places: [12, 40], hours: ROUND_THE_CLOCK, regional: true },
    { code: 'vn.EssentialNeeds', hours: ROUND_THE_CLOCK },
    { code: 'vn.Psychological', places: [4, 12], hours: OFFICE_HOURS },
    { code: 'vn.FamilyTracing', hours: OFFICE_HOURS },
    { code: 'vn.TravelCosts', hours: OFFICE_HOURS },
  ],
  social_protection_centre: [
    { code: 'vn.Shelter', sexes: ['Feminine'], places: [10, 30], hours: ROUND_THE_CLOCK },
    { code: 'vn.GeneralEducation', maxAge: 17, hours: OFFICE_HOURS },
  ],
  womens_union_one_stop: [
    { code: 'vn.Psychological', sexes: ['Feminine'], minAge: 16, hours: OFFICE_HOURS },
    { code: 'vn.LegalInformation', hours: OFFICE_HOURS },
    { code: 'vn.VocationalTrainingAndEmployment', minAge: 15, places: [10, 25], hours: OFFICE_HOURS },
    {
      code: 'vn.InitialHardshipAllowanceAndLoans',
      minAge: 18,
      acceptsForeigners: false,
      hours: OFFICE_HOURS,
    },
  ],
  vocational_employment_centre: [
    { code: 'vn.VocationalTrainingAndEmployment', minAge: 15, places: [15, 40], hours: OFFICE_HOURS },
    {
      code: 'vn.InitialHardshipAllowanceAndLoans',
      minAge: 18,
      acceptsForeigners: false,
      hours: OFFICE_HOURS,
    },
  ],
  provincial_police_anti_trafficking: [
    { code: 'vn.Verification', hours: ROUND_THE_CLOCK },
    { code: 'vn.LegalInformation', hours: OFFICE_HOURS },
  ],
  commune_police: [{ code: 'vn.Verification', hours: ROUND_THE_CLOCK }],
  border_guard_post: [
    { code: 'vn.Verification', hours: ROUND_THE_CLOCK },
    { code: 'vn.Repatriation', hours: ROUND_THE_CLOCK },
    { code: 'vn.Interpretation', hours: OFFICE_HOURS },
  ],
  health_facility: [
    { code: 'vn.Medical', places: [20, 60], hours: ROUND_THE_CLOCK, regional: true },
    { code: 'vn.Psychological', hours: OFFICE_HOURS },
  ],
  legal_aid_centre: [
    { code: 'vn.LegalAid', hours: OFFICE_HOURS },
    { code: 'vn.LegalInformation', hours: OFFICE_HOURS },
  ],
};

// Languages spoken across the border (China, Laos, Cambodia) and in the northern mountains.
const NEIGHBOUR_LANGUAGE: Readonly<Record<string, string>> = {
  '04': 'zho',
  '08': 'zho',
  '11': 'lao',
  '12': 'zho',
  '14': 'lao',
  '15': 'zho',
  '20': 'zho',
  '22': 'zho',
  '38': 'lao',
  '40': 'lao',
  '42': 'lao',
  '44': 'lao',
  '46': 'lao',
  '48': 'lao',
  '51': 'lao',
  '52': 'lao',
  '66': 'khm',
  '68': 'khm',
  '75': 'khm',
  '80': 'khm',
  '82': 'khm',
  '91': 'khm',
};

function languagesIn(provinceCode: string, type: string): string[] {
  const languages: string[] = [];
  const neighbour = NEIGHBOUR_LANGUAGE[provinceCode];
  if (neighbour && (type === 'border_guard_post' || type === 'social_work_centre')) languages.push(neighbour);
  if (NORTHERN_MOUNTAINS.includes(provinceCode) && type !== 'border_guard_post') languages.push('hmn');
  if ((provinceCode === '01' || provinceCode === '79') && type !== 'commune_police') languages.push('eng');
  return languages;
}

// Regions whose provinces a regional centre or hospital also serves: the north central coast (the main source
// of migration to Europe) and the northern mountains (cross-border marriage), as the synthetic dataset draws them.
const NORTH_CENTRAL = ['38', '40', '42', '44'];
const NORTHERN_MOUNTAINS = ['04', '08', '11', '12', '14', '15', '19', '20'];

function regionOf(provinceCode: string): string[] {
  return [NORTH_CENTRAL, NORTHERN_MOUNTAINS].find((region) => region.includes(provinceCode)) ?? [];
}

const DEMO_SEED = 20261205;

/**
 * The services the agencies of the synthetic country publish in the directory, with free places drawn from a
 * fixed seed (some full, most with room), so a demo search ranks real-looking choices. Written by the demo
 * seed in its own transaction, whose system audit event covers these rows; ids are fixed and existing rows are
 * left alone, so a resumed seed finds the same entries.
 */
export async function publishDemoServices(session: SqlSession, grid: AgencyGrid): Promise<number> {
  const random = randomSource(DEMO_SEED);
  const at = Date.UTC(2026, 0, 1);
  const rows: Record<string, unknown>[] = [];
  const agencies = [...grid.byTypeAndProvince.values()];
  for (const agency of agencies) {
    const publisher = publisherOf(agency);
    if (!publisher) continue;
    // One made-up desk number per agency, in the shape of a provincial landline.
    const phone = `02${agency.provinceCode} ${3_800_000 + rows.length}`;
    for (const template of SERVICES_BY_TYPE[agency.type] ?? []) {
      const total = template.places
        ? template.places[0] + Math.floor(random() * (template.places[1] - template.places[0] + 1))
        : null;
      // About one counted service in six is full right now.
      const free =
        total === null ? null : random() < 0.17 ? 0 : 1 + Math.floor(random() * Math.min(total, 8));
      rows.push({
        id: seedId(DEMO_SEED, `service:${agency.id}:${template.code}`, at),
        agency_id: agency.id,
        service_code: template.code,
        province_codes: template.regional ? regionOf(agency.provinceCode) : [],
        sexes: template.sexes ?? [],
        min_age: template.minAge ?? null,
        max_age: template.maxAge ?? null,
        accepts_foreigners: template.acceptsForeigners ?? true,
        capacity_total: total,
        capacity_free: free,
        hours: template.hours,
        languages: languagesIn(agency.provinceCode, agency.type),
        contact_phone: phone,
        contact_email: null,
        updated_by: publisher,
      });
    }
  }
  await bulkInsertRows(
    session,
    'agency_services',
    [
      ['id', 'uuid'],
      ['agency_id', 'uuid'],
      ['service_code', 'text'],
      ['province_codes', 'text[]'],
      ['sexes', 'text[]'],
      ['min_age', 'int'],
      ['max_age', 'int'],
      ['accepts_foreigners', 'bool'],
      ['capacity_total', 'int'],
      ['capacity_free', 'int'],
      ['hours', 'text'],
      ['languages', 'text[]'],
      ['contact_phone', 'text'],
      ['contact_email', 'text'],
      ['updated_by', 'uuid'],
    ],
    rows,
    'on conflict do nothing',
  );
  return rows.length;
}

/** Whoever keeps the entry up to date: a supervisor, else any member of staff. */
function publisherOf(agency: GridAgency): string | undefined {
  return agency.supervisorIds[0] ?? agency.userIds[0];
}
