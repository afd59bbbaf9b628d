import { type ExportPeriodQuery, MAX_EXPORT_YEARS } from '@lantern/domain';
import { FieldProblems } from '../support/support-checks';

/** A period that runs forward and is not longer than a programme period; named field errors otherwise. */
export function checkExportPeriod(query: ExportPeriodQuery): void {
  const problems = new FieldProblems();
  if (query.to < query.from) problems.add('to', 'range_reversed');
  const longest = `${Number(query.from.slice(0, 4)) + MAX_EXPORT_YEARS}${query.from.slice(4)}`;
  if (query.to >= longest) problems.add('to', 'range_too_long', { maximum: MAX_EXPORT_YEARS });
  problems.throwIfAny();
}
