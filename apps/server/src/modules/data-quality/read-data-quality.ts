import { DATA_QUALITY_AGENCY_LIMIT, type DataQuality, STUCK_AFTER_DAYS } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { ownStatisticsScope } from '../../access/statistics-scope';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { readLateEntries } from './read-late-entries';

interface AgencyRow {
  agency_id: string;
  agency_name: string;
  province_code: string;
  open_cases: number;
  sex: number;
  age_band: number;
  nationality: number;
  exploitation_type: number;
  recruitment: number;
  stuck: number;
}

// Closed cases and those decided "not a victim" need nothing more; every other state is still being worked on.
const open = sql`c.state not in ('closed', 'not_victim')`;
const stuck = sql`c.state_changed_at < now() - make_interval(days => ${STUCK_AFTER_DAYS}::int)`;

/**
 * The data-quality panel of the dashboard: for the reader's own scope (their agency's cases, or their province's
 * for a provincial coordinator, read under row-level security as the own-scope indicators are), how many open
 * cases of each agency lack each key field the indicators break down by, how many are stuck in a state, and how
 * many recent screenings, registrations and referral outcomes were entered late (read-late-entries.ts). Counts
 * of the reader's own cases only — no record, name or free text — so, like the indicators, no audit event.
 */
export async function readDataQuality(ctx: RequestContext): Promise<DataQuality> {
  authorize(ctx, 'indicators.read');
  const scope = ownStatisticsScope(ctx, sql`c.owner_agency_id`, sql`c.province_code`);
  return ctx.transaction(async (tx) => {
    const agencies = await queryRows<AgencyRow>(
      tx,
      sql`select c.owner_agency_id as agency_id, a.name as agency_name, a.province_code,
          count(*)::int as open_cases,
          count(*) filter (where p.sex is null)::int as sex,
          count(*) filter (where p.age_band is null)::int as age_band,
          count(*) filter (where p.nationality is null)::int as nationality,
          count(*) filter (where cardinality(c.exploitation_types) = 0)::int as exploitation_type,
          count(*) filter (where cardinality(c.recruitment_methods) = 0
            and cardinality(c.recruitment_platforms) = 0)::int as recruitment,
          count(*) filter (where ${stuck})::int as stuck
        from cases c
        join persons p on p.id = c.person_id
        join agencies a on a.id = c.owner_agency_id
        where ${open} and ${scope}
        group by c.owner_agency_id, a.name, a.province_code
        order by count(*) desc, a.name
        limit ${DATA_QUALITY_AGENCY_LIMIT + 1}`,
    );
    const states = await queryRows<{ state: DataQuality['stuckByState'][number]['state']; count: number }>(
      tx,
      sql`select c.state, count(*)::int as count from cases c
        where ${open} and ${stuck} and ${scope}
        group by c.state order by count(*) desc, c.state`,
    );
    const lateEntries = await readLateEntries(
      tx,
      ownStatisticsScope(ctx, sql`f.agency_id`, sql`f.province_code`),
    );
    return {
      stuckAfterDays: STUCK_AFTER_DAYS,
      agencies: agencies.slice(0, DATA_QUALITY_AGENCY_LIMIT).map((row) => ({
        agencyId: row.agency_id,
        agencyName: row.agency_name,
        provinceCode: row.province_code,
        openCases: row.open_cases,
        missing: {
          sex: row.sex,
          ageBand: row.age_band,
          nationality: row.nationality,
          exploitationType: row.exploitation_type,
          recruitment: row.recruitment,
        },
        stuck: row.stuck,
      })),
      stuckByState: states,
      hasMore: agencies.length > DATA_QUALITY_AGENCY_LIMIT,
      lateEntries,
    };
  });
}
