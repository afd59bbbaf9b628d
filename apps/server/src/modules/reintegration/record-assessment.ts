import {
  type AssessmentView,
  currentReintegrationInstrument,
  type DimensionScore,
  type FieldError,
  findReintegrationInstrument,
  type Instrument,
  type RecordAssessmentInput,
  scoreScreening,
  todayInVietNam,
  validateAnswers,
} from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { reintegrationAssessments, reintegrationVisits } from '../../db/schema';
import { AppError, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { addCaseEvent, ownedCase, staffNames } from '../case-work/case-in-work';
import { answerError } from '../screening/answer-errors';
import { toAssessmentView } from './reintegration-view';

/** The answers are sealed under this context, so a sealed value cannot be moved to another assessment. */
export const assessmentSealContext = (id: string) => `reintegration-assessment:${id}`;

const invalid = (problems: FieldError[]) => new AppError(400, 'validation', {}, problems);
const problem = (field: string, code: string): FieldError => ({ field, code, message: '' });

/**
 * Scores are comparable only when made with the same items and weights, so an assessment must name the
 * version new assessments use; a form opened before a new version shipped is refused, and reloaded.
 */
function instrumentFor(input: RecordAssessmentInput): Instrument {
  const instrument = findReintegrationInstrument(input.instrumentId, input.instrumentVersion);
  if (!instrument) {
    const idKnown = findReintegrationInstrument(input.instrumentId, currentReintegrationInstrument.version);
    throw invalid([
      idKnown
        ? problem('instrumentVersion', 'reintegration_instrument_version_unknown')
        : problem('instrumentId', 'reintegration_instrument_unknown'),
    ]);
  }
  if (
    instrument.id !== currentReintegrationInstrument.id ||
    instrument.version !== currentReintegrationInstrument.version
  )
    throw invalid([problem('instrumentVersion', 'reintegration_instrument_version_mismatch')]);
  return instrument;
}

export function dimensionScores(instrument: Instrument, answers: Record<string, unknown>) {
  const result = scoreScreening(instrument, answers);
  const dimensions: DimensionScore[] = result.groups.map((group) => ({
    dimension: group.id,
    score: group.score ?? null,
    answered: group.indicators.filter((finding) => finding.value !== undefined).length,
    items: group.indicators.length,
  }));
  return { dimensions, composite: result.composite ?? null };
}

/**
 * Records the scored assessment of one planned visit. Everything is checked before anything is written —
 * the instrument version, every answer, the visit day — and the write, the timeline line and the audit event
 * share one transaction, so a refused or failed recording leaves nothing behind.
 */
export async function recordAssessment(
  ctx: RequestContext,
  caseId: string,
  visitId: string,
  input: RecordAssessmentInput,
): Promise<AssessmentView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const [visit] = await tx
      .select()
      .from(reintegrationVisits)
      .where(and(eq(reintegrationVisits.id, visitId), eq(reintegrationVisits.caseId, caseId)));
    if (!visit) throw notFound();
    const instrument = instrumentFor(input);
    const answerProblems = validateAnswers(instrument, input.answers);
    if (answerProblems.length > 0) throw answerError(answerProblems, 'answers.');
    if (input.visitedOn > todayInVietNam())
      throw invalid([problem('visitedOn', 'reintegration_visit_in_future')]);
    if (input.visitedOn < visit.referenceOn)
      throw invalid([problem('visitedOn', 'reintegration_visit_before_reference')]);
    const { dimensions, composite } = dimensionScores(instrument, input.answers);
    if (composite === null) throw invalid([problem('answers', 'reintegration_nothing_answered')]);
    const id = newId();
    const inserted = await tx
      .insert(reintegrationAssessments)
      .values({
        id,
        caseId,
        visitId,
        instrumentId: instrument.id,
        instrumentVersion: instrument.version,
        visitedOn: input.visitedOn,
        answersSealed: ctx.secrets.seal(JSON.stringify(input.answers), assessmentSealContext(id)),
        dimensionScores: dimensions,
        composite,
        recordedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    const row = inserted[0];
    if (!row) throw new AppError(409, 'reintegration.already_assessed');
    await addCaseEvent(tx, ctx, caseId, 'reintegration.assessed', {
      visit: visitId,
      months: visit.months,
      composite: Math.round(composite * 100) / 100,
    });
    await recordAudit(tx, ctx, {
      action: 'reintegration.assessment_record',
      resourceType: 'case',
      resourceId: caseId,
      details: { assessment: id, visit: visitId, instrument: `${instrument.id}@${instrument.version}` },
    });
    return toAssessmentView(row, await staffNames(tx, [actor.userId]));
  });
}
