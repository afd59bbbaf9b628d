// The fixed knowledge the derivation of administrative units relies on: how the sources write unit types,
// and the corrections and facts that the source files themselves cannot carry.

// Type keys shared with packages/domain/src/reference/unit-types.ts; the Vietnamese prefix is how
// the sources spell the type in front of a name.
export const TYPES = {
  province: 'Tỉnh',
  municipality: 'Thành phố',
  'rural-district': 'Huyện',
  'urban-district': 'Quận',
  'district-town': 'Thị xã',
  'district-city': 'Thành phố',
  commune: 'Xã',
  ward: 'Phường',
  township: 'Thị trấn',
  'special-zone': 'Đặc khu',
};
export const EN_SUFFIX = {
  province: 'Province',
  municipality: 'City',
  'rural-district': 'District',
  'urban-district': 'District',
  'district-town': 'Town',
  'district-city': 'City',
  commune: 'Commune',
  ward: 'Ward',
  township: 'Township',
  'special-zone': 'Special administrative region',
};
export const TYPES_2025 = ['province', 'municipality', 'commune', 'ward', 'special-zone'];
export const TYPES_PRE_2025 = [
  'province',
  'municipality',
  'rural-district',
  'urban-district',
  'district-town',
  'district-city',
  'commune',
  'ward',
  'township',
];
export const NEW_PROVINCE_TYPE_BY_ID = { 1: 'municipality', 2: 'province' };
export const NEW_COMMUNE_TYPE_BY_ID = { 3: 'ward', 4: 'commune', 5: 'special-zone' };

// Codes in the conversion table that do not match the statistics-office lists. Each is applied only
// when the row also carries the expected name, and the build fails if a correction no longer applies.
export const CORRECTIONS = [
  {
    column: 'old_ward_code',
    from: '01615',
    to: '01651',
    name: 'Xã Mỹ Hưng',
    reason: 'listed under the code of Xã Hồng Quang (same district); stated in the data README',
  },
  {
    column: 'old_ward_code',
    from: '02485',
    to: '02482',
    name: 'Xã Phú Thịnh',
    reason: 'listed under the code of Xã Công Đa (same district); stated in the data README',
  },
  {
    column: 'old_ward_code',
    from: '00553',
    to: '00556',
    name: 'Xã Đặng Xá',
    reason:
      'listed under the code of Xã Cổ Bi (same district); 00556 is Đặng Xá, whose other link is in the same row group',
  },
  {
    column: 'new_ward_code',
    from: '06970',
    to: '06978',
    name: 'Xã Ba Chẽ',
    reason: 'the unit list gives Ba Chẽ the code 06978; stated in the data README',
  },
];

// Facts about a type change that the unit files cannot carry; from the data README.
export const TYPE_CHANGE_BASIS = {
  75: { basis: 'Nghị quyết 30/2026/QH16', notBefore: '2026-01-01' },
};

// Names a user will meet in pre-2025 records that the pre-2025 snapshot no longer shows.
export const EXTRA_ALIASES_PRE_2025 = {
  46: ['Thừa Thiên Huế'],
};
