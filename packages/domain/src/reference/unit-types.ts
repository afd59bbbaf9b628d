import type { Locale } from '../i18n/locales';

/**
 * Kinds of administrative unit. The district level (and with it the township) exists only in the
 * pre-2025 set; the special zone (đặc khu) only in the 2025 set.
 */
export const unitTypes = [
  'province',
  'municipality',
  'rural-district',
  'urban-district',
  'district-town',
  'district-city',
  'commune',
  'ward',
  'township',
  'special-zone',
] as const;
export type UnitType = (typeof unitTypes)[number];
export type UnitLevel = 'province' | 'district' | 'commune';

interface UnitTypeInfo {
  level: UnitLevel;
  /** How Vietnamese writes the type in front of a name ("Tỉnh Hà Tĩnh"). */
  prefixVi: string;
  /** How the source's English names write it after a name ("Ha Tinh Province"). */
  suffixEn: string;
  labels: Readonly<Record<Locale, string>>;
}

export const unitTypeInfo: Readonly<Record<UnitType, UnitTypeInfo>> = {
  province: {
    level: 'province',
    prefixVi: 'Tỉnh',
    suffixEn: 'Province',
    labels: { vi: 'Tỉnh', en: 'Province', ar: 'مقاطعة' },
  },
  municipality: {
    level: 'province',
    prefixVi: 'Thành phố',
    suffixEn: 'City',
    labels: {
      vi: 'Thành phố trực thuộc trung ương',
      en: 'Centrally-run city',
      ar: 'مدينة تابعة للحكومة المركزية',
    },
  },
  'rural-district': {
    level: 'district',
    prefixVi: 'Huyện',
    suffixEn: 'District',
    labels: { vi: 'Huyện', en: 'Rural district', ar: 'ناحية ريفية' },
  },
  'urban-district': {
    level: 'district',
    prefixVi: 'Quận',
    suffixEn: 'District',
    labels: { vi: 'Quận', en: 'Urban district', ar: 'ناحية حضرية' },
  },
  'district-town': {
    level: 'district',
    prefixVi: 'Thị xã',
    suffixEn: 'Town',
    labels: { vi: 'Thị xã', en: 'District-level town', ar: 'بلدة على مستوى الناحية' },
  },
  'district-city': {
    level: 'district',
    prefixVi: 'Thành phố',
    suffixEn: 'City',
    labels: { vi: 'Thành phố thuộc tỉnh', en: 'District-level city', ar: 'مدينة على مستوى الناحية' },
  },
  commune: {
    level: 'commune',
    prefixVi: 'Xã',
    suffixEn: 'Commune',
    labels: { vi: 'Xã', en: 'Commune', ar: 'بلدية' },
  },
  ward: {
    level: 'commune',
    prefixVi: 'Phường',
    suffixEn: 'Ward',
    labels: { vi: 'Phường', en: 'Ward', ar: 'حي' },
  },
  township: {
    level: 'commune',
    prefixVi: 'Thị trấn',
    suffixEn: 'Township',
    labels: { vi: 'Thị trấn', en: 'Township', ar: 'بلدة' },
  },
  'special-zone': {
    level: 'commune',
    prefixVi: 'Đặc khu',
    suffixEn: 'Special administrative region',
    labels: { vi: 'Đặc khu', en: 'Special zone', ar: 'منطقة خاصة' },
  },
};

export function isUnitType(value: unknown): value is UnitType {
  return typeof value === 'string' && (unitTypes as readonly string[]).includes(value);
}

export function unitTypeLabel(type: UnitType, locale: Locale): string {
  return unitTypeInfo[type].labels[locale];
}

export function levelOf(type: UnitType): UnitLevel {
  return unitTypeInfo[type].level;
}
