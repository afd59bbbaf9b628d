import { eraAt, searchUnits as searchAdminUnits } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { UnitSearchQuery, UnitSearchResponse } from './schemas';
import { dayOrToday, unitSummary, unitsAbove } from './unit-view';

/** Finds units by name regardless of diacritics ("ha tinh" → Hà Tĩnh), best matches first. */
export function searchUnits(ctx: RequestContext, input: UnitSearchQuery): UnitSearchResponse {
  const at = dayOrToday(input.at);
  const era = eraAt(at);
  const hits = searchAdminUnits(input.q, {
    era,
    limit: input.limit,
    ...(input.province !== undefined ? { provinceCode: input.province } : {}),
    ...(input.level !== undefined ? { levels: [input.level] } : {}),
  });
  return {
    at,
    era,
    q: input.q,
    units: hits.map((unit) => ({
      ...unitSummary(unit, ctx.locale),
      within: unitsAbove(unit).map((above) => unitSummary(above, ctx.locale)),
    })),
  };
}
