import {
  type AssessmentView,
  currentReintegrationInstrument,
  type FollowUpVisit,
  type ReintegrationView,
  todayInVietNam,
  visitStatus,
} from '@lantern/domain';
import { asc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { reintegrationAssessments, reintegrationVisits } from '../../db/schema';
import type { Tx } from '../../db/types';
import { type CaseRow, personRef, staffNames } from '../case-work/case-in-work';
import { readPlanAndLivelihood } from './plan-rows';

/** Where the follow-up counts from: the person's return when the case records it, else the day received. */
export function suggestedReference(row: CaseRow): { on: string; from: 'returned' | 'received' } {
  const returned = row.journey.returnedOn;
  return returned ? { on: returned, from: 'returned' } : { on: row.receivedOn, from: 'received' };
}

type AssessmentRow = typeof reintegrationAssessments.$inferSelect;

export function toAssessmentView(row: AssessmentRow, names: Map<string, string>): AssessmentView {
  return {
    id: row.id,
    visitedOn: row.visitedOn,
    instrumentId: row.instrumentId,
    instrumentVersion: row.instrumentVersion,
    dimensions: row.dimensionScores,
    composite: row.composite,
    recordedBy: personRef(names, row.recordedBy),
    recordedAt: row.createdAt.toISOString(),
  };
}

/**
 * The case's schedule with each visit's status today and its assessment (scores only, never the answers), the
 * reintegration plan (outcome notes only with `identity`) and the livelihood history.
 */
export async function readReintegration(
  tx: Tx,
  ctx: RequestContext,
  row: CaseRow,
  identity = false,
): Promise<ReintegrationView> {
  const visits = await tx
    .select()
    .from(reintegrationVisits)
    .where(eq(reintegrationVisits.caseId, row.id))
    .orderBy(asc(reintegrationVisits.months));
  const assessments = await tx
    .select()
    .from(reintegrationAssessments)
    .where(eq(reintegrationAssessments.caseId, row.id));
  const byVisit = new Map(assessments.map((assessment) => [assessment.visitId, assessment]));
  const names = await staffNames(
    tx,
    assessments.map((assessment) => assessment.recordedBy),
  );
  const plan = await readPlanAndLivelihood(
    tx,
    ctx,
    row.id,
    identity,
    new Map(visits.map((visit) => [visit.id, visit.months])),
  );
  const today = todayInVietNam();
  const suggested = suggestedReference(row);
  return {
    referenceOn: visits[0]?.referenceOn ?? null,
    suggestedReferenceOn: suggested.on,
    suggestedFrom: suggested.from,
    instrument: { id: currentReintegrationInstrument.id, version: currentReintegrationInstrument.version },
    visits: visits.map((visit): FollowUpVisit => {
      const assessment = byVisit.get(visit.id);
      return {
        id: visit.id,
        months: visit.months,
        dueOn: visit.dueOn,
        ...visitStatus(visit.dueOn, assessment !== undefined, today),
        assessment: assessment ? toAssessmentView(assessment, names) : null,
      };
    }),
    mayRecord: row.ownerAgencyId === ctx.actor?.agencyId,
    ...plan,
  };
}
