import { type AdminUnit, type Era, eraData, type UnitRef } from './admin-units-data';
import { type DateInput, REFORM_DATE, todayInVietNam, toVietNamDate } from './dates';
import type { UnitType } from './unit-types';

export type { AdminUnit, Era, TypeChange, UnitRef } from './admin-units-data';
export { eras } from './admin-units-data';

/** The set of units in force on a date (today when omitted). */
export function eraAt(at?: DateInput): Era {
  const day = at === undefined ? todayInVietNam() : toVietNamDate(at);
  return day < REFORM_DATE ? 'pre-2025' : '2025';
}

/** First and last day of a set; null where open or not stated by the source. */
export function eraValidity(era: Era): { validFrom: string | null; validTo: string | null } {
  const { validFrom, validTo } = eraData(era);
  return { validFrom, validTo };
}

/** The unit with this code in this set. Codes alone are ambiguous across sets, so the set is required. */
export function findUnit(code: string, era: Era): AdminUnit | undefined {
  return eraData(era).byCode.get(code);
}

export function getUnit(ref: UnitRef): AdminUnit | undefined {
  return findUnit(ref.code, ref.era);
}

/** Every unit of a set: provinces, then (pre-2025) districts, then communes. */
export function allUnits(era: Era): readonly AdminUnit[] {
  return eraData(era).units;
}

/** The provinces in force on a date, by code: the 34 of 2025 by default, the 63 before 1 July 2025. */
export function provinces(at?: DateInput): readonly AdminUnit[] {
  return eraData(eraAt(at)).children.get('') ?? [];
}

/** The units directly under a unit (districts of a pre-2025 province, communes of a district or a 2025 province). */
export function childrenOf(ref: UnitRef): readonly AdminUnit[] {
  return eraData(ref.era).children.get(ref.code) ?? [];
}

/** The districts of a pre-2025 province; the 2025 set has no districts. */
export function districtsOf(provinceCode: string, at?: DateInput): readonly AdminUnit[] {
  const era = eraAt(at);
  if (era !== 'pre-2025') return [];
  return childrenOf({ era, code: provinceCode }).filter((unit) => unit.level === 'district');
}

/**
 * The communes, wards, townships and special zones of a province (or, before 2025, of a district too)
 * in force on a date, by code.
 */
export function communesOf(parentCode: string, at?: DateInput): readonly AdminUnit[] {
  const era = eraAt(at);
  const parent = findUnit(parentCode, era);
  if (!parent || parent.level === 'commune') return [];
  const direct = childrenOf(parent);
  if (parent.level === 'district' || era === '2025') return direct;
  return direct.flatMap((district) => childrenOf(district));
}

/** The unit above, in the same set. */
export function parentOf(unit: AdminUnit): AdminUnit | undefined {
  return unit.parentCode === null ? undefined : findUnit(unit.parentCode, unit.era);
}

/** The province of a unit in its own set (see `currentProvinceOf` for today's province). */
export function provinceOf(unit: AdminUnit): AdminUnit {
  const province = findUnit(unit.provinceCode, unit.era);
  if (!province) throw new Error(`${unit.era} unit ${unit.code} has no province`);
  return province;
}

export function isInForce(unit: AdminUnit, at: DateInput): boolean {
  const day = toVietNamDate(at);
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || day <= unit.validTo);
}

/**
 * The unit's type on a date: one type, or both the earlier and the later one on dates between the
 * last evidence of the earlier type and the first evidence of the later one (the sources do not give
 * the day of the change). Empty when the unit was not in force.
 */
export function unitTypesAt(unit: AdminUnit, at: DateInput): UnitType[] {
  if (!isInForce(unit, at)) return [];
  const change = unit.typeChange;
  if (!change) return [unit.type];
  const day = toVietNamDate(at);
  if (day <= change.previousTypeKnownUntil) return [change.previousType];
  if (day >= change.typeKnownFrom) return [unit.type];
  return [change.previousType, unit.type];
}
