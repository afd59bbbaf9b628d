import { eraAt, provinces } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { ProvincesQuery, ProvincesResponse } from './schemas';
import { dayOrToday, unitSummary } from './unit-view';

/** The provinces in force on a day: the 34 of 2025, or the 63 before 1 July 2025. */
export function listProvinces(ctx: RequestContext, input: ProvincesQuery): ProvincesResponse {
  const at = dayOrToday(input.at);
  return {
    at,
    era: eraAt(at),
    units: provinces(at).map((unit) => unitSummary(unit, ctx.locale)),
  };
}
