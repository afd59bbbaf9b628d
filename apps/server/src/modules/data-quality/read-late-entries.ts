import {
  DATA_QUALITY_AGENCY_LIMIT,
  type DataQuality,
  LATE_ENTRY_AFTER_DAYS,
  LATE_ENTRY_WINDOW_DAYS,
  type LateEntryMeasure,
  lateEntryMeasures,
} from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

type LateEntries = DataQuality['lateEntries'];
type AgencyLate = LateEntries['agencies'][number];

interface MeasureRow {
  agency_id: string;
  agency_name: string;
  province_code: string;
  recorded: number;
  late: number;
}

const after = sql`make_interval(days => ${LATE_ENTRY_AFTER_DAYS}::int)`;
const window = sql`make_interval(days => ${LATE_ENTRY_WINDOW_DAYS}::int)`;
const vietNamToday = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;

/**
 * Each measure is one statement over its _own view (migration 0045: the scope is stated in the view, for a
 * province as for an agency), over the window of recent events only, grouped by the agency that entered it.
 */
const measures: Record<LateEntryMeasure, { view: SQL; recorded: SQL; late: SQL }> = {
  // Interview on the device → submitted to the server.
  screenings: {
    view: sql`data_quality_screening_entries_own`,
    recorded: sql`f.screened_at >= now() - ${window}`,
    late: sql`f.submitted_at > f.screened_at + ${after}`,
  },
  // The day the person was received → the day the case was registered (both as days in Viet Nam).
  registrations: {
    view: sql`data_quality_case_entries_own`,
    recorded: sql`f.received_on >= ${vietNamToday} - ${LATE_ENTRY_WINDOW_DAYS}::int`,
    late: sql`(f.created_at at time zone 'Asia/Ho_Chi_Minh')::date - f.received_on > ${LATE_ENTRY_AFTER_DAYS}::int`,
  },
  // The referral's completion deadline → the outcome recorded.
  referralOutcomes: {
    view: sql`data_quality_referral_outcomes_own`,
    recorded: sql`f.closed_at >= now() - ${window}`,
    late: sql`f.closed_at > f.complete_by`,
  },
};

function readMeasure(tx: Tx, own: SQL, measure: LateEntryMeasure) {
  const { view, recorded, late } = measures[measure];
  return queryRows<MeasureRow>(
    tx,
    sql`select f.agency_id, a.name as agency_name, a.province_code,
        count(*)::int as recorded, count(*) filter (where ${late})::int as late
      from ${view} f
      join agencies a on a.id = f.agency_id
      where ${recorded} and ${own}
      group by f.agency_id, a.name, a.province_code
      order by count(*) filter (where ${late}) desc, count(*) desc, a.name
      limit ${DATA_QUALITY_AGENCY_LIMIT + 1}`,
  );
}

const none = () => ({ recorded: 0, late: 0 });

/**
 * Late entries for the reader's own scope (`own`: the application's own-scope predicate over `f.agency_id` and
 * `f.province_code`), merged by agency: those with the most late entries first.
 */
export async function readLateEntries(tx: Tx, own: SQL): Promise<LateEntries> {
  const byAgency = new Map<string, AgencyLate>();
  let hasMore = false;
  for (const measure of lateEntryMeasures) {
    const rows = await readMeasure(tx, own, measure);
    hasMore ||= rows.length > DATA_QUALITY_AGENCY_LIMIT;
    for (const row of rows.slice(0, DATA_QUALITY_AGENCY_LIMIT)) {
      const agency = byAgency.get(row.agency_id) ?? {
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        provinceCode: row.province_code,
        screenings: none(),
        registrations: none(),
        referralOutcomes: none(),
      };
      agency[measure] = { recorded: row.recorded, late: row.late };
      byAgency.set(row.agency_id, agency);
    }
  }
  const lateOf = (agency: AgencyLate) => lateEntryMeasures.reduce((sum, m) => sum + agency[m].late, 0);
  const agencies = [...byAgency.values()].sort(
    (a, b) => lateOf(b) - lateOf(a) || a.agencyName.localeCompare(b.agencyName, 'vi'),
  );
  return {
    afterDays: LATE_ENTRY_AFTER_DAYS,
    windowDays: LATE_ENTRY_WINDOW_DAYS,
    agencies: agencies.slice(0, DATA_QUALITY_AGENCY_LIMIT),
    hasMore: hasMore || agencies.length > DATA_QUALITY_AGENCY_LIMIT,
  };
}
