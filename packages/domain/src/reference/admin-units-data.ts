import { z } from 'zod';
import units2025 from '../../data/admin-units-2025.json' with { type: 'json' };
import unitsPre2025 from '../../data/admin-units-pre-2025.json' with { type: 'json' };
import { dayBefore } from './dates';
import { type UnitLevel, type UnitType, unitTypeInfo, unitTypes } from './unit-types';

/**
 * The two sets of administrative units. Codes are only unique within a set: the 2025 provinces and
 * communes reuse codes of different pre-2025 units (2025 province 15 is Lào Cai, pre-2025 15 was
 * Yên Bái), so a unit is always named by its set and its code.
 */
export const eras = ['pre-2025', '2025'] as const;
export type Era = (typeof eras)[number];

export interface UnitRef {
  era: Era;
  code: string;
}

/**
 * A unit whose type changed inside its era. The sources give the type on one date and the later type on
 * another, not the day of the change, so between the two dates both types are possible.
 */
export interface TypeChange {
  previousType: UnitType;
  /** Last date on which the previous type is attested. */
  previousTypeKnownUntil: string;
  /** First date on which the current type is attested (the date of the source snapshot). */
  typeKnownFrom: string;
  /** The legal act, when the sources name it. */
  basis?: string;
}

export interface AdminUnit {
  era: Era;
  code: string;
  level: UnitLevel;
  /** The type as the latest source gives it; see `typeChange` and `unitTypesAt`. */
  type: UnitType;
  /** Name with diacritics, without the type ("Hà Tĩnh"). */
  name: string;
  /** Name with the type in front ("Tỉnh Hà Tĩnh"). */
  fullName: string;
  nameEn: string;
  fullNameEn: string;
  /** The unit one level up in the same era; null for provinces. */
  parentCode: string | null;
  provinceCode: string;
  /** First day in force; null where the source does not say (the pre-2025 set is a snapshot). */
  validFrom: string | null;
  /** Last day in force; null while in force. */
  validTo: string | null;
  /** Other spellings found in the official conversion table (and a few former names). */
  aliases: readonly string[];
  typeChange?: TypeChange;
}

const code = z.string().regex(/^\d{2,5}$/);
const entry = z.tuple([
  code,
  z.string().min(1),
  z.number().int().nonnegative(),
  z.string().min(1).nullable().optional(),
  z.string().min(1).optional(),
]);
const group = z.object({ parent: code, units: z.array(entry) });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const common = {
  sourceSnapshot2025: isoDate,
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  types: z.array(z.enum(unitTypes)),
  provinces: z.array(entry),
  communes: z.array(group),
  aliases: z.array(z.tuple([code, z.array(z.string().min(1))])),
};
const file2025 = z.object({
  ...common,
  era: z.literal('2025'),
  typeChanges: z.array(
    z.object({
      code,
      previousType: z.enum(unitTypes),
      previousTypeAsOf: isoDate,
      basis: z.string().optional(),
      notBefore: isoDate.optional(),
    }),
  ),
});
const filePre2025 = z.object({ ...common, era: z.literal('pre-2025'), districts: z.array(group) });

export interface EraData {
  era: Era;
  validFrom: string | null;
  validTo: string | null;
  units: readonly AdminUnit[];
  byCode: ReadonlyMap<string, AdminUnit>;
  /** Children of a unit, by the parent's code; provinces under the empty string. */
  children: ReadonlyMap<string, readonly AdminUnit[]>;
}

/** The English name of the sources is the Vietnamese one without diacritics unless stored explicitly. */
function asciiName(name: string): string {
  return name.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function build(file: z.infer<typeof file2025> | z.infer<typeof filePre2025>): EraData {
  const units: AdminUnit[] = [];
  const byCode = new Map<string, AdminUnit>();
  const children = new Map<string, AdminUnit[]>();
  const aliases = new Map(file.aliases);
  const add = (row: z.infer<typeof entry>, parent: AdminUnit | null) => {
    const [unitCode, name, typeIndex, explicitNameEn, explicitFullNameEn] = row;
    const type = file.types[typeIndex];
    if (!type) throw new Error(`${file.era} unit ${unitCode} has an unknown type index ${typeIndex}`);
    if (byCode.has(unitCode)) throw new Error(`${file.era} unit code ${unitCode} appears twice`);
    const info = unitTypeInfo[type];
    const nameEn = explicitNameEn ?? asciiName(name);
    const unit: AdminUnit = {
      era: file.era,
      code: unitCode,
      level: info.level,
      type,
      name,
      fullName: `${info.prefixVi} ${name}`,
      nameEn,
      fullNameEn: explicitFullNameEn ?? `${nameEn} ${info.suffixEn}`,
      parentCode: parent?.code ?? null,
      provinceCode: parent?.provinceCode ?? unitCode,
      validFrom: file.validFrom,
      validTo: file.validTo,
      aliases: aliases.get(unitCode) ?? [],
    };
    units.push(unit);
    byCode.set(unitCode, unit);
    const siblings = children.get(parent?.code ?? '') ?? [];
    siblings.push(unit);
    children.set(parent?.code ?? '', siblings);
  };
  for (const row of file.provinces) add(row, null);
  const groups = file.era === 'pre-2025' ? [...file.districts, ...file.communes] : file.communes;
  for (const { parent, units: rows } of groups) {
    const parentUnit = byCode.get(parent);
    if (!parentUnit) throw new Error(`${file.era} group under unknown unit ${parent}`);
    for (const row of rows) add(row, parentUnit);
  }
  if (file.era === '2025') {
    for (const change of file.typeChanges) {
      const unit = byCode.get(change.code);
      if (!unit) throw new Error(`type change for unknown unit ${change.code}`);
      unit.typeChange = {
        previousType: change.previousType,
        previousTypeKnownUntil: change.notBefore ? dayBefore(change.notBefore) : change.previousTypeAsOf,
        typeKnownFrom: file.sourceSnapshot2025,
        ...(change.basis ? { basis: change.basis } : {}),
      };
    }
  }
  for (const list of children.values()) list.sort((a, b) => a.code.localeCompare(b.code));
  return { era: file.era, validFrom: file.validFrom, validTo: file.validTo, units, byCode, children };
}

const cache = new Map<Era, EraData>();

/** Parsed and indexed on first use: the pre-2025 set has some eleven thousand units. */
export function eraData(era: Era): EraData {
  let data = cache.get(era);
  if (!data) {
    data = era === '2025' ? build(file2025.parse(units2025)) : build(filePre2025.parse(unitsPre2025));
    cache.set(era, data);
  }
  return data;
}
