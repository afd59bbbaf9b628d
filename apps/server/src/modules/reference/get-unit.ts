import {
  type AdminUnit,
  type CrosswalkLink,
  crosswalkNoteKindLabel,
  currentProvinceOf,
  findUnit,
  getUnit,
  type Locale,
  predecessorsOf,
  provincePredecessors,
  provinceSuccessor,
  successorsOf,
  unitTypeLabel,
} from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { notFound } from '../../lib/errors';
import type { UnitDetail, UnitLink, UnitParams } from './schemas';
import { unitSummary, unitsAbove } from './unit-view';

function communeLink(link: CrosswalkLink, other: AdminUnit, locale: Locale): UnitLink {
  return {
    unit: unitSummary(other, locale),
    kind: link.kind,
    kindLabel: crosswalkNoteKindLabel(link.kind, locale),
    note: link.note,
    area: link.area ?? null,
    basis: 'commune-table',
  };
}

/**
 * A province link. The province table has no notes; what it says is that the whole old province went
 * into one new province, which is either the old one alone (unchanged) or a merger.
 */
function provinceLink(other: AdminUnit, alone: boolean, locale: Locale): UnitLink {
  const kind = alone ? 'unchanged' : 'whole';
  return {
    unit: unitSummary(other, locale),
    kind,
    kindLabel: crosswalkNoteKindLabel(kind, locale),
    note: null,
    area: null,
    basis: 'province-table',
  };
}

function communeLinks(links: readonly CrosswalkLink[], side: 'from' | 'to', locale: Locale): UnitLink[] {
  return links.flatMap((link) => {
    const other = getUnit(link[side]);
    return other ? [communeLink(link, other, locale)] : [];
  });
}

function successors(unit: AdminUnit, locale: Locale): UnitLink[] {
  if (unit.era !== 'pre-2025') return [];
  if (unit.level !== 'province') return communeLinks(successorsOf(unit.code), 'to', locale);
  const successor = provinceSuccessor(unit.code);
  if (!successor) return [];
  return [provinceLink(successor, provincePredecessors(successor.code).length === 1, locale)];
}

function predecessors(unit: AdminUnit, locale: Locale): UnitLink[] {
  if (unit.era !== '2025') return [];
  if (unit.level !== 'province') return communeLinks(predecessorsOf(unit.code), 'from', locale);
  const sources = provincePredecessors(unit.code);
  return sources.map((source) => provinceLink(source, sources.length === 1, locale));
}

/** One unit of either set, with where it lies today and how it relates to the units of the other set. */
export function getUnitDetail(ctx: RequestContext, input: UnitParams): UnitDetail {
  const unit = findUnit(input.code, input.era);
  if (!unit) throw notFound();
  const { locale } = ctx;
  const change = unit.typeChange;
  return {
    ...unitSummary(unit, locale),
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    typeChange: change
      ? {
          previousType: change.previousType,
          previousTypeLabel: unitTypeLabel(change.previousType, locale),
          previousTypeKnownUntil: change.previousTypeKnownUntil,
          typeKnownFrom: change.typeKnownFrom,
          basis: change.basis ?? null,
        }
      : null,
    within: unitsAbove(unit).map((above) => unitSummary(above, locale)),
    currentProvinces: currentProvinceOf(unit).map((province) => unitSummary(province, locale)),
    successors: successors(unit, locale),
    predecessors: predecessors(unit, locale),
  };
}
