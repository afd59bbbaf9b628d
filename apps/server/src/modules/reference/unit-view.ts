import {
  type AdminUnit,
  type Locale,
  parentOf,
  provinceFullNameAr,
  todayInVietNam,
  toVietNamDate,
  unitTypeLabel,
} from '@lantern/domain';
import type { UnitSummary } from './schemas';

/**
 * The name shown to a reader. English readers get the source's English name ("Hanoi", "Ha Tinh
 * Province"). Arabic readers get an Arabic name for the 34 provinces (a reviewed transliteration table)
 * and the Vietnamese name with its diacritics below that: there are no Arabic names for Viet Nam's
 * communes, and the Vietnamese spelling is the one on every document, sign and record an interpreter or
 * case worker has to match; the type is also given in Arabic (`typeLabel`).
 */
export function unitLabel(unit: AdminUnit, locale: Locale): string {
  if (locale === 'ar') return provinceFullNameAr(unit) ?? unit.fullName;
  return locale === 'en' ? unit.fullNameEn : unit.fullName;
}

export function unitSummary(unit: AdminUnit, locale: Locale): UnitSummary {
  return {
    era: unit.era,
    code: unit.code,
    level: unit.level,
    type: unit.type,
    typeLabel: unitTypeLabel(unit.type, locale),
    name: unit.name,
    fullName: unit.fullName,
    nameEn: unit.nameEn,
    fullNameEn: unit.fullNameEn,
    label: unitLabel(unit, locale),
    aliases: [...unit.aliases],
    parentCode: unit.parentCode,
    provinceCode: unit.provinceCode,
  };
}

/** The units above a unit in its own set, nearest first. */
export function unitsAbove(unit: AdminUnit): AdminUnit[] {
  const above: AdminUnit[] = [];
  for (let parent = parentOf(unit); parent; parent = parentOf(parent)) above.push(parent);
  return above;
}

/** The requested day, or today in Viet Nam. The query schema has already checked that it is a real date. */
export function dayOrToday(at: string | undefined): string {
  return at === undefined ? todayInVietNam() : toVietNamDate(at);
}
