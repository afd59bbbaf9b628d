import {
  frontlineTrainingRoles,
  type IndicatorDimension,
  type IndicatorFilter,
  type IndicatorSubject,
  type indicatorMeasures,
  provinceRollUp,
} from '@lantern/domain';
import { type SQL, sql } from 'drizzle-orm';

/**
 * How each subject reads from its fact view (migration 0034), aliased `f`: the dates of its events, its named
 * filters and its disaggregations, all as SQL written here. Nothing an administrator types reaches the SQL text:
 * a definition only picks names from these lists, and numbers travel as parameters.
 */
export interface SubjectSql {
  /**
   * The fact view's stem: `<view>_own` is read for the own scope, `<view>_national` for the country
   * (stats.read_aggregate). A national-only subject (`nationalOnlySubjects`) has no `_own` view at all.
   */
  view: string;
  /** Rows of the view that belong to the subject at all. */
  base?: SQL;
  events: Record<string, SQL>;
  filters: Record<string, (filter: IndicatorFilter) => SQL>;
  measures?: Partial<Record<(typeof indicatorMeasures)[number], SQL>>;
}

const vietNamToday = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;
const onlineMethods = sql`array['ThroughOnlineSocialNetworks', 'ThroughAnOnlineAdvertisement']::text[]`;
const recruitedOnline = sql`(f.recruitment_methods && ${onlineMethods} or cardinality(f.recruitment_platforms) > 0)`;
const days = (filter: IndicatorFilter) => filter.days ?? 0;
const frontlineRoles = sql.raw(
  `array[${frontlineTrainingRoles.map((role) => `'${role}'`).join(', ')}]::text[]`,
);

/** Every subject of the catalogue, each read from its fact view (migrations 0034, 0039, 0041 and 0042). */
export const subjectSql: Record<IndicatorSubject, SubjectSql> = {
  screening: {
    view: 'indicator_screening_facts',
    events: { screened: sql`f.screened_on` },
    filters: { possible_victim: () => sql`f.outcome = 'possible-victim'` },
  },
  case: {
    view: 'indicator_case_facts',
    events: {
      received: sql`f.received_on`,
      identified: sql`f.identified_on`,
      first_support: sql`f.first_support_on`,
    },
    filters: {
      identified: () => sql`f.identified_on is not null`,
      verified: () => sql`f.verified_on is not null`,
      verified_within_days: (filter) =>
        sql`(f.verified_on is not null and f.verified_on - f.received_on <= ${days(filter)}::int)`,
      supported: () => sql`f.first_support_on is not null`,
      recruited_online: () => recruitedOnline,
      recruitment_known: () =>
        sql`(cardinality(f.recruitment_methods) > 0 or cardinality(f.recruitment_platforms) > 0)`,
    },
  },
  referral: {
    view: 'indicator_referral_facts',
    events: { sent: sql`f.sent_on` },
    filters: {
      case_referral: () => sql`f.kind <> 'screening'`,
      accepted: () => sql`f.status in ('accepted', 'in_progress', 'completed')`,
      completed: () => sql`f.status = 'completed'`,
      // Past the answer deadline unanswered, past the completion deadline unfinished, or expired.
      overdue: () =>
        sql`((f.status = 'sent' and f.respond_by < now())
          or (f.status in ('accepted', 'in_progress') and f.complete_by < now()) or f.status = 'expired')`,
    },
  },
  reintegration_visit: {
    view: 'indicator_visit_facts',
    events: { due: sql`f.due_on` },
    filters: {
      visit_due: () => sql`f.due_on <= ${vietNamToday}`,
      done_on_schedule: (filter) =>
        sql`(f.visited_on is not null and f.visited_on between f.due_on - ${days(filter)}::int and f.due_on + ${days(filter)}::int)`,
      visit_months: (filter) => sql`f.months = ${filter.months ?? 0}::int`,
    },
  },
  reintegration_assessment: {
    view: 'indicator_visit_facts',
    base: sql`f.visited_on is not null`,
    events: { visited: sql`f.visited_on` },
    filters: { visit_months: (filter) => sql`f.months = ${filter.months ?? 0}::int` },
    measures: { reintegration_composite: sql`f.composite` },
  },
  self_help_group: {
    view: 'indicator_group_facts',
    events: { formed: sql`f.formed_on` },
    filters: { active: () => sql`f.status = 'active'` },
  },
  self_help_group_member: {
    view: 'indicator_group_member_facts',
    events: { joined: sql`f.joined_on` },
    filters: { active: () => sql`f.left_on is null` },
  },
  one_stop_contact: {
    view: 'indicator_contact_facts',
    events: { contacted: sql`f.contacted_on` },
    filters: {},
  },
  training_participant: {
    view: 'indicator_training_facts',
    events: { trained: sql`f.trained_on` },
    filters: { frontline_staff: () => sql`f.role = any(${frontlineRoles})` },
  },
  feedback_response: {
    view: 'indicator_feedback_facts',
    events: { answered_month: sql`f.answered_month` },
    filters: {
      // `satisfied` is null when no scored question was answered: such a response is counted, not rated.
      rated: () => sql`f.satisfied is not null`,
      satisfied: () => sql`coalesce(f.satisfied, false)`,
    },
  },
  complaint: {
    view: 'indicator_complaint_facts',
    events: { received: sql`f.received_on` },
    filters: {
      // Answered, or past the deadline unanswered: a complaint not yet due has no verdict on timeliness yet.
      answer_due: () => sql`(f.responded_on is not null or f.due_on < ${vietNamToday})`,
      responded_on_time: () => sql`(f.responded_on is not null and f.responded_on <= f.due_on)`,
      // As the complaints officer's list says: open (received, or back in review) and past the day.
      overdue: () => sql`(f.status in ('received', 'in_review') and f.due_on < ${vietNamToday})`,
      closed: () => sql`f.status = 'closed'`,
      discrimination_stigma: () => sql`f.category = 'discrimination_stigma'`,
    },
  },
};

const provinceCode = /^\d{2}$/;

/** Old (pre-2025) province codes rolled up to today's province, so a case registered before the reform counts there. */
function currentProvince(): SQL {
  const moves = [...provinceRollUp()].filter(
    ([from, to]) => from !== to && provinceCode.test(from) && provinceCode.test(to),
  );
  if (moves.length === 0) return sql`coalesce(f.province_code, 'unknown')`;
  const arms = moves.map(([from, to]) => `when '${from}' then '${to}'`).join(' ');
  // Most records carry a code of today: one hashed look-up in the list of old codes (PostgreSQL hashes a constant
  // list of nine or more) sends them past the thirty comparisons of the roll-up, which cost 0.4 s per million.
  const oldCodes = moves.map(([from]) => from).join(',');
  return sql.raw(
    `coalesce(case when f.province_code = any ('{${oldCodes}}'::text[]) then case f.province_code ${arms} end else f.province_code end, 'unknown')`,
  );
}

/**
 * Every disaggregation partitions its subject (one value per record, "unknown" included) so that cells add up to
 * totals, which the suppression rule relies on: several exploitation types make "multiple", not two counts.
 */
export function dimensionSql(dimension: IndicatorDimension): SQL {
  switch (dimension) {
    case 'province':
      return currentProvince();
    case 'sex':
      return sql`coalesce(f.sex, 'unknown')`;
    case 'age_band':
      return sql`coalesce(f.age_band, 'unknown')`;
    case 'nationality':
      return sql`coalesce(f.nationality, 'unknown')`;
    case 'exploitation_type':
      return sql`(case cardinality(f.exploitation_types) when 0 then 'unknown'
        when 1 then f.exploitation_types[1] else 'multiple' end)`;
    case 'recruitment_channel':
      return sql`(case when ${recruitedOnline} then 'online'
        when cardinality(f.recruitment_methods) > 0 then 'offline' else 'unknown' end)`;
    case 'destination_country':
      return sql`coalesce(f.destination_country, 'unknown')`;
    case 'agency_type':
      return sql`coalesce(f.agency_type, 'unknown')`;
  }
}
