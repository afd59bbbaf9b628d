import { childrenOf, communesOf, eraAt, findUnit } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { notFound } from '../../lib/errors';
import type { UnitsQuery, UnitsResponse } from './schemas';
import { dayOrToday, unitSummary } from './unit-view';

/**
 * The units under a province or district of the set in force on a day. A parent that is not a unit of
 * that set (a pre-2025 district asked for on a 2026 date, say) is not found: codes are reused across sets.
 */
export function listUnits(ctx: RequestContext, input: UnitsQuery): UnitsResponse {
  const at = dayOrToday(input.at);
  const era = eraAt(at);
  const parent = findUnit(input.parent, era);
  if (!parent || parent.level === 'commune') throw notFound();
  const units =
    input.level === 'commune'
      ? communesOf(parent.code, at)
      : childrenOf(parent).filter((unit) => input.level === undefined || unit.level === input.level);
  return {
    at,
    era,
    parent: unitSummary(parent, ctx.locale),
    units: units.map((unit) => unitSummary(unit, ctx.locale)),
  };
}
