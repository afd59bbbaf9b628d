import { z } from 'zod';
import crosswalkFile from '../../data/admin-crosswalk-2025.json' with { type: 'json' };
import { type AdminUnit, childrenOf, findUnit, getUnit, type UnitRef } from './admin-units';
import { type CrosswalkNoteKind, classifyCrosswalkNote } from './crosswalk-notes';

/** One row of the official old→new commune conversion table. */
export interface CrosswalkLink {
  /** A pre-2025 commune; for the island districts without communes and one uncoded area, the district. */
  from: UnitRef;
  /** A 2025 commune, ward or special zone. */
  to: UnitRef;
  kind: CrosswalkNoteKind;
  /** The table's own words (Nhập toàn bộ, Nhập một phần, Giữ nguyên, …). */
  note: string;
  /** Set when the old side is an uncoded area inside the district rather than the district itself. */
  area?: string;
}

/** A code in the conversion table that Lantern replaced, with the reason. */
export interface CrosswalkCorrection {
  column: string;
  from: string;
  to: string;
  name: string;
  reason: string;
  rows: number;
}

const code = z.string().regex(/^\d{2,5}$/);
const fileSchema = z.object({
  from: z.literal('pre-2025'),
  to: z.literal('2025'),
  provinces: z.array(z.tuple([code, code])),
  notes: z.array(z.string().min(1)),
  corrections: z.array(
    z.object({
      column: z.string(),
      from: code,
      to: code,
      name: z.string(),
      reason: z.string(),
      rows: z.number().int(),
    }),
  ),
  communes: z.array(z.tuple([code, code, z.number().int().nonnegative(), z.string().min(1).optional()])),
});

interface CrosswalkIndex {
  provinceTarget: ReadonlyMap<string, string>;
  successors: ReadonlyMap<string, CrosswalkLink[]>;
  predecessors: ReadonlyMap<string, CrosswalkLink[]>;
  corrections: readonly CrosswalkCorrection[];
}

let index: CrosswalkIndex | undefined;

function crosswalk(): CrosswalkIndex {
  if (index) return index;
  const file = fileSchema.parse(crosswalkFile);
  const kinds = file.notes.map((note) => {
    const kind = classifyCrosswalkNote(note);
    if (!kind) throw new Error(`Unclassified conversion-table note: ${note}`);
    return kind;
  });
  const successors = new Map<string, CrosswalkLink[]>();
  const predecessors = new Map<string, CrosswalkLink[]>();
  for (const [fromCode, toCode, noteIndex, area] of file.communes) {
    const note = file.notes[noteIndex];
    const kind = kinds[noteIndex];
    if (note === undefined || kind === undefined) throw new Error(`Crosswalk note ${noteIndex} is missing`);
    const link: CrosswalkLink = {
      from: { era: 'pre-2025', code: fromCode },
      to: { era: '2025', code: toCode },
      kind,
      note,
      ...(area ? { area } : {}),
    };
    const forward = successors.get(fromCode) ?? [];
    forward.push(link);
    successors.set(fromCode, forward);
    const backward = predecessors.get(toCode) ?? [];
    backward.push(link);
    predecessors.set(toCode, backward);
  }
  index = {
    provinceTarget: new Map(file.provinces),
    successors,
    predecessors,
    corrections: file.corrections,
  };
  return index;
}

/** The 2025 province a pre-2025 province became part of (Resolution 202/2025/QH15). */
export function provinceSuccessor(oldProvinceCode: string): AdminUnit | undefined {
  const target = crosswalk().provinceTarget.get(oldProvinceCode);
  return target === undefined ? undefined : findUnit(target, '2025');
}

/**
 * Every pre-2025 province code with the 2025 province it became part of. A 2025 code is also the pre-2025 code
 * of one of its parts and maps to itself, so the map rolls old and new codes alike up to today's 34 provinces.
 */
export function provinceRollUp(): ReadonlyMap<string, string> {
  return crosswalk().provinceTarget;
}

/** The pre-2025 provinces that make up a 2025 province, by code. */
export function provincePredecessors(newProvinceCode: string): AdminUnit[] {
  return [...crosswalk().provinceTarget]
    .filter(([, target]) => target === newProvinceCode)
    .map(([source]) => findUnit(source, 'pre-2025'))
    .filter((unit): unit is AdminUnit => unit !== undefined);
}

/** Where a pre-2025 commune (or island district) went: one link, or several when it was split. */
export function successorsOf(oldCode: string): readonly CrosswalkLink[] {
  return crosswalk().successors.get(oldCode) ?? [];
}

/** What a 2025 commune, ward or special zone was made of. */
export function predecessorsOf(newCode: string): readonly CrosswalkLink[] {
  return crosswalk().predecessors.get(newCode) ?? [];
}

/** Codes of the conversion table that were replaced while deriving the data, for display and audit. */
export function crosswalkCorrections(): readonly CrosswalkCorrection[] {
  return crosswalk().corrections;
}

function uniqueByCode(units: AdminUnit[]): AdminUnit[] {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function provincesOfLinks(links: readonly CrosswalkLink[]): AdminUnit[] {
  return links.flatMap((link) => {
    const target = getUnit(link.to);
    const province = target && findUnit(target.provinceCode, '2025');
    return province ? [province] : [];
  });
}

/**
 * Today's province(s) for any unit of either set, so that indicators for any year can be reported on
 * the 34 provinces. A commune or district is followed through the commune conversion table; a province
 * (or a unit without links) through the province table. The result has one province, except where an
 * old unit was split between provinces (no such unit exists in the 2025 data; the tests check this),
 * in which case every candidate is returned. Empty for an unknown unit.
 */
export function currentProvinceOf(ref: UnitRef): AdminUnit[] {
  const unit = getUnit(ref);
  if (!unit) return [];
  if (unit.era === '2025') return [findUnit(unit.provinceCode, '2025') ?? unit];
  let links: readonly CrosswalkLink[] = [];
  if (unit.level === 'commune') links = successorsOf(unit.code);
  if (unit.level === 'district') {
    const communes = childrenOf(unit);
    links = [...successorsOf(unit.code), ...communes.flatMap((commune) => successorsOf(commune.code))];
  }
  const viaCommunes = uniqueByCode(provincesOfLinks(links));
  if (viaCommunes.length > 0) return viaCommunes;
  const successor = provinceSuccessor(unit.provinceCode);
  return successor ? [successor] : [];
}
