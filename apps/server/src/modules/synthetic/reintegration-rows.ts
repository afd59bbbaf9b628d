import {
  addMonths,
  currentReintegrationInstrument,
  daysBetween,
  followUpMonths,
  followUpSchedule,
  syntheticFollowUp,
} from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { newId } from '../../lib/ids';
import type { KeyRing } from '../../lib/key-ring';
import { outcomeNoteContext } from '../reintegration/plan-rows';
import { assessmentSealContext, dimensionScores } from '../reintegration/record-assessment';
import { bulkInsertRows } from './bulk-insert';

type Row = Record<string, unknown>;
interface FollowedCase {
  id: string;
  reference_on: string;
  received_on: string;
  agency: string;
  worker: string | null;
}

const day = (iso: string, days: number) => {
  const at = new Date(`${iso}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};
const latest = (a: string, b: string) => (a > b ? a : b);
const earliest = (a: string, b: string) => (a < b ? a : b);

/**
 * The demo's reintegration follow-up: every case in (or closed from) reintegration gets its 1/3/6/12-month visits,
 * the assessments of the visits already due (answers from the synthetic trajectory, sealed and scored by the
 * engine as the API would), a livelihood outcome at each, and a reintegration plan run by its own agency. One
 * bulk statement per table, and one system audit event for the lot. The synthetic seed calls it for each batch's
 * cases (`onlyCases`): each case's story then follows from its id, so batches of any size give the same dataset.
 */
export async function seedDemoReintegration(
  session: SqlSession,
  keys: KeyRing,
  seed: number,
  asOf: string,
  onlyCases?: readonly string[],
): Promise<number> {
  const { rows: followed } = await session.query<FollowedCase>(
    `select c.id, coalesce(c.journey->>'returnedOn', c.received_on::text) as reference_on,
            c.received_on::text as received_on, c.owner_agency_id as agency,
            (select u.id from users u where u.agency_id = c.owner_agency_id order by u.id limit 1) as worker
       from cases c
      where (c.state = 'reintegration' or (c.state = 'closed' and c.closed_from = 'reintegration'))
        and not exists (select 1 from reintegration_visits v where v.case_id = c.id)
        and ($1::uuid[] is null or c.id = any($1::uuid[]))
      order by c.id`,
    [onlyCases ? [...onlyCases] : null],
  );
  const rows = { visits: [] as Row[], assessments: [] as Row[], livelihood: [] as Row[], plan: [] as Row[] };
  for (const [index, kase] of followed.entries()) {
    if (!kase.worker) continue;
    const referenceOn = earliest(kase.reference_on, asOf);
    const storyIndex = onlyCases ? Number.parseInt(kase.id.replaceAll('-', '').slice(-8), 16) : index;
    const story = syntheticFollowUp(seed, storyIndex, daysBetween(referenceOn, asOf) / 30.44);
    const schedule = followUpSchedule(referenceOn, followUpMonths);
    for (const planned of schedule) {
      const visitId = newId();
      rows.visits.push({
        id: visitId,
        case_id: kase.id,
        months: planned.months,
        reference_on: referenceOn,
        due_on: planned.dueOn,
        created_by: kase.worker,
      });
      const visit = story.visits.find((entry) => entry.months === planned.months);
      if (!visit) continue;
      const visitedOn = earliest(asOf, latest(day(planned.dueOn, visit.lateDays), referenceOn));
      const id = newId();
      const scored = dimensionScores(currentReintegrationInstrument, visit.answers);
      rows.assessments.push({
        id,
        case_id: kase.id,
        visit_id: visitId,
        instrument_id: currentReintegrationInstrument.id,
        instrument_version: currentReintegrationInstrument.version,
        visited_on: visitedOn,
        answers_sealed: keys.seal(JSON.stringify(visit.answers), assessmentSealContext(id)),
        dimension_scores: scored.dimensions,
        composite: scored.composite,
        recorded_by: kase.worker,
      });
      rows.livelihood.push({
        id: newId(),
        case_id: kase.id,
        visit_id: visitId,
        recorded_on: visitedOn,
        employment_status: visit.livelihood.employmentStatus,
        income_band: visit.livelihood.incomeBand,
        loan_status: visit.livelihood.loanStatus,
        recorded_by: kase.worker,
      });
    }
    for (const item of story.plan) {
      const id = newId();
      rows.plan.push({
        id,
        case_id: kase.id,
        domain: item.domain,
        support_type: item.supportType,
        agency_id: kase.agency,
        target_on: latest(addMonths(referenceOn, item.targetMonths), kase.received_on),
        status: item.status,
        outcome_note_sealed: item.outcomeNote ? keys.seal(item.outcomeNote, outcomeNoteContext(id)) : null,
        created_by: kase.worker,
        updated_by: kase.worker,
      });
    }
  }
  await recordSystemAudit(session, {
    action: 'system.demo_reintegration',
    details: { cases: followed.length, assessments: rows.assessments.length, planItems: rows.plan.length },
  });
  await bulkInsertRows(session, 'reintegration_visits', VISIT_COLUMNS, rows.visits);
  await bulkInsertRows(session, 'reintegration_assessments', ASSESSMENT_COLUMNS, rows.assessments);
  await bulkInsertRows(session, 'livelihood_outcomes', LIVELIHOOD_COLUMNS, rows.livelihood);
  await bulkInsertRows(session, 'reintegration_plan_items', PLAN_COLUMNS, rows.plan);
  return followed.length;
}

export const REINTEGRATION_TABLES: readonly string[] = [
  'reintegration_visits',
  'reintegration_assessments',
  'livelihood_outcomes',
  'reintegration_plan_items',
];

const VISIT_COLUMNS = [
  ['id', 'uuid'],
  ['case_id', 'uuid'],
  ['months', 'int'],
  ['reference_on', 'date'],
  ['due_on', 'date'],
  ['created_by', 'uuid'],
] as const;
const ASSESSMENT_COLUMNS = [
  ['id', 'uuid'],
  ['case_id', 'uuid'],
  ['visit_id', 'uuid'],
  ['instrument_id', 'text'],
  ['instrument_version', 'int'],
  ['visited_on', 'date'],
  ['answers_sealed', 'text'],
  ['dimension_scores', 'jsonb'],
  ['composite', 'float8'],
  ['recorded_by', 'uuid'],
] as const;
const LIVELIHOOD_COLUMNS = [
  ['id', 'uuid'],
  ['case_id', 'uuid'],
  ['visit_id', 'uuid'],
  ['recorded_on', 'date'],
  ['employment_status', 'text'],
  ['income_band', 'text'],
  ['loan_status', 'text'],
  ['recorded_by', 'uuid'],
] as const;
const PLAN_COLUMNS = [
  ['id', 'uuid'],
  ['case_id', 'uuid'],
  ['domain', 'text'],
  ['support_type', 'text'],
  ['agency_id', 'uuid'],
  ['target_on', 'date'],
  ['status', 'text'],
  ['outcome_note_sealed', 'text'],
  ['created_by', 'uuid'],
  ['updated_by', 'uuid'],
] as const;
