import { communesOf, findUnit } from '../reference/admin-units';
import { draw, drawWeighted, type Random, type Table, table } from './random';

/**
 * The 34 provinces of 2025 (province and municipality codes), in code order: written out, so importing the
 * package does not load the administrative units (a test checks the list against them).
 */
export const SYNTHETIC_PROVINCES: readonly string[] =
  '01 04 08 11 12 14 15 19 20 22 24 25 31 33 37 38 40 42 44 46 48 51 52 56 66 68 75 79 80 82 86 91 92 96'.split(
    ' ',
  );

/**
 * Provinces (2025 codes) on a land border: with China (Điện Biên, Lai Châu, Lào Cai, Tuyên Quang, Cao Bằng,
 * Lạng Sơn, Quảng Ninh), Laos (Điện Biên, Sơn La, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Trị, Huế, Đà Nẵng,
 * Quảng Ngãi) and Cambodia (Quảng Ngãi, Gia Lai, Đắk Lắk, Lâm Đồng, Đồng Nai, Tây Ninh, Đồng Tháp, An Giang).
 * Only these have a border guard post among the agencies of the synthetic dataset.
 */
export const BORDER_PROVINCES: ReadonlySet<string> = new Set([
  '04',
  '08',
  '11',
  '12',
  '14',
  '15',
  '20',
  '22',
  '38',
  '40',
  '42',
  '44',
  '46',
  '48',
  '51',
  '52',
  '66',
  '68',
  '75',
  '80',
  '82',
  '91',
]);

/** The agency types the loader creates in every province (plus a border guard post in border provinces). */
export const PROVINCE_AGENCY_TYPES = [
  'social_work_centre',
  'womens_union_one_stop',
  'provincial_police_anti_trafficking',
  'commune_police',
  'social_protection_centre',
  'health_facility',
  'legal_aid_centre',
  'vocational_employment_centre',
] as const;

/** The agency types that register cases in the synthetic dataset. */
export const REGISTERING_AGENCY_TYPES = [
  'social_work_centre',
  'social_protection_centre',
  'womens_union_one_stop',
  'provincial_police_anti_trafficking',
  'commune_police',
  'border_guard_post',
] as const;

/** The agency types the synthetic dataset has in a province: the same rule for the generator and the loader. */
export function agencyTypesIn(provinceCode: string): string[] {
  return BORDER_PROVINCES.has(provinceCode)
    ? [...PROVINCE_AGENCY_TYPES, 'border_guard_post']
    : [...PROVINCE_AGENCY_TYPES];
}

/** Northern mountain provinces, where most cross-border marriage and sexual exploitation cases begin. */
export const NORTHERN_MOUNTAINS: ReadonlySet<string> = new Set([
  '04',
  '08',
  '11',
  '12',
  '14',
  '15',
  '19',
  '20',
]);
/** North central coast: the main source of irregular migration to Europe, and many labour migrants. */
export const NORTH_CENTRAL: ReadonlySet<string> = new Set(['38', '40', '42', '44']);

/** Where returnees come back across the border or land, by country of exploitation. */
const GATEWAYS: Readonly<Record<string, Table<string>>> = {
  // Northern border crossings: Lào Cai, Hữu Nghị (Lạng Sơn), Móng Cái (Quảng Ninh), Tà Lùng (Cao Bằng), Thanh Thủy (Hà Giang)…
  CHN: table([
    ['15', 25],
    ['20', 25],
    ['22', 20],
    ['04', 12],
    ['08', 9],
    ['12', 5],
    ['11', 4],
  ]),
  // Mộc Bài (Tây Ninh), Tịnh Biên and Hà Tiên (An Giang), Dinh Bà (Đồng Tháp), Hoa Lư (Đồng Nai), Lệ Thanh (Gia Lai).
  KHM: table([
    ['80', 45],
    ['91', 28],
    ['82', 10],
    ['75', 11],
    ['52', 6],
  ]),
  // Nậm Cắn (Nghệ An), Cầu Treo (Hà Tĩnh), Lao Bảo (Quảng Trị), Tây Trang (Điện Biên), Lóng Sập (Sơn La).
  LAO: table([
    ['40', 32],
    ['42', 25],
    ['44', 25],
    ['11', 10],
    ['14', 8],
  ]),
};
/** Returns by air (Nội Bài, Tân Sơn Nhất, Đà Nẵng). */
const AIRPORTS = table([
  ['01', 50],
  ['79', 42],
  ['48', 8],
]);

/** The province where someone exploited in `country` is handed over or lands. */
export function gatewayFor(random: Random, country: string, homeProvince: string): string {
  const land = GATEWAYS[country];
  if (!land) return draw(random, AIRPORTS);
  // A returnee from a neighbouring province usually crosses at home.
  if (land.values.includes(homeProvince) && random() < 0.6) return homeProvince;
  return draw(random, land);
}

/** Where people are exploited inside Viet Nam: cities and industrial provinces. */
export const DOMESTIC_DESTINATIONS = table([
  ['79', 28],
  ['75', 14],
  ['01', 15],
  ['24', 9],
  ['31', 8],
  ['48', 5],
  ['56', 4],
  ['92', 6],
  ['33', 4],
  ['22', 4],
  ['68', 3],
]);

/** Any of the 34 provinces, big cities more often: where someone lives or works now, away from home. */
export const ANY_PROVINCE = table(
  SYNTHETIC_PROVINCES.map((code) => [
    code,
    code === '01' || code === '79' ? 6 : code === '75' || code === '24' ? 3 : 1,
  ]),
);

/** Where the Women's Union runs a one-stop support office for returnees: Hà Nội, Hải Phòng, An Giang, Cần Thơ. */
const ONE_STOP_PROVINCES: ReadonlySet<string> = new Set(['01', '31', '91', '92']);

/** The registering agency type, for a person received at home or in a gateway province. */
export function registeringAgencyType(random: Random, provinceCode: string, atGateway: boolean): string {
  const border = BORDER_PROVINCES.has(provinceCode);
  const oneStopProvince = ONE_STOP_PROVINCES.has(provinceCode);
  if (atGateway) {
    return drawWeighted(random, [
      ['border_guard_post', border ? 40 : 0],
      ['provincial_police_anti_trafficking', border ? 22 : 35],
      ['social_work_centre', border ? 28 : 45],
      ['social_protection_centre', border ? 10 : 20],
      // Where the Women's Union runs a one-stop office, some women returnees are handed to it.
      ['womens_union_one_stop', oneStopProvince ? 8 : 0],
    ]);
  }
  return drawWeighted(random, [
    ['social_work_centre', 46],
    ['social_protection_centre', 11],
    ['womens_union_one_stop', oneStopProvince ? 20 : 9],
    ['provincial_police_anti_trafficking', 14],
    ['commune_police', 14],
    ['border_guard_post', border ? 6 : 0],
  ]);
}

const communeCodes = new Map<string, readonly string[]>();

/** The 2025 commune codes of a province, listed once. */
export function communeCodesOf(provinceCode: string): readonly string[] {
  let codes = communeCodes.get(provinceCode);
  if (!codes) {
    codes = communesOf(provinceCode, '2026-01-01').map((unit) => unit.code);
    communeCodes.set(provinceCode, codes);
  }
  return codes;
}

const unitNames = new Map<string, string>();

/** "xã Bát Xát", "tỉnh Lào Cai": a 2025 unit's full name as it reads inside a sentence. */
export function placeName(code: string | undefined): string | undefined {
  if (!code) return undefined;
  let name = unitNames.get(code);
  if (name === undefined) {
    const full = findUnit(code, '2025')?.fullName ?? '';
    name = full ? full.charAt(0).toLowerCase() + full.slice(1) : '';
    unitNames.set(code, name);
  }
  return name || undefined;
}

/** Everyday Vietnamese names of the countries in the dataset (the ISO list's names are formal). */
export const COUNTRY_NAMES_VI: Readonly<Record<string, string>> = {
  CHN: 'Trung Quốc',
  KHM: 'Campuchia',
  MMR: 'Myanmar',
  LAO: 'Lào',
  MYS: 'Malaysia',
  TWN: 'Đài Loan',
  SAU: 'Ả Rập Xê Út',
  ARE: 'UAE',
  THA: 'Thái Lan',
  KOR: 'Hàn Quốc',
  JPN: 'Nhật Bản',
  IDN: 'Indonesia',
  RUS: 'Nga',
  PHL: 'Philippines',
  GBR: 'Anh',
  DEU: 'Đức',
  FRA: 'Pháp',
  POL: 'Ba Lan',
  SGP: 'Singapore',
  VNM: 'Việt Nam',
};
