import {
  AnswerError,
  type CreateScreeningInput,
  type FieldError,
  findLanguage,
  findUnit,
  POSSIBLE_VICTIM_HTCDS_STATUS,
  type ScreeningDetail,
  type ScreeningResult,
  scoreScreening,
  screeningNeedIds,
  strongestOutcome,
} from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { screeningResponses, screenings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { linkSubmittedScreening } from '../contacts/link-contact';
import { answerError } from './answer-errors';
import { findScreening } from './get-screening';
import { loadInstrument } from './instrument-catalogue';

const fieldError = (field: string, code: string): FieldError => ({ field, code, message: '' });

function checkPlace(input: CreateScreeningInput): FieldError[] {
  const problems: FieldError[] = [];
  if (!findLanguage(input.interviewLanguage)) problems.push(fieldError('interviewLanguage', 'invalid_value'));
  if (input.provinceCode && findUnit(input.provinceCode, '2025')?.level !== 'province')
    problems.push(fieldError('provinceCode', 'invalid_value'));
  if (input.communeCode) {
    const commune = findUnit(input.communeCode, '2025');
    if (!input.provinceCode || commune?.parentCode !== input.provinceCode)
      problems.push(fieldError('communeCode', 'invalid_value'));
  }
  if (new Date(input.screenedAt).getTime() > Date.now() + 5 * 60_000)
    problems.push(fieldError('screenedAt', 'in_future'));
  return problems;
}

/**
 * Scores every response with the exact instrument version it names — the server's own scoring; whatever
 * result a client sends is ignored — and collects every problem before anything is written.
 */
async function scoreResponses(tx: Tx, input: CreateScreeningInput): Promise<ScreeningResult[]> {
  const problems: FieldError[] = [];
  const results: ScreeningResult[] = [];
  const seen = new Set<string>();
  for (const [index, response] of input.responses.entries()) {
    const field = `responses.${index}`;
    if (seen.has(response.instrumentId)) {
      problems.push(fieldError(`${field}.instrumentId`, 'duplicate_instrument'));
      continue;
    }
    seen.add(response.instrumentId);
    const loaded = await loadInstrument(tx, response.instrumentId, response.instrumentVersion).catch(
      () => null,
    );
    if (!loaded || loaded.row.retiredAt) {
      problems.push(fieldError(`${field}.instrumentVersion`, 'unknown_instrument'));
      continue;
    }
    try {
      results.push(scoreScreening(loaded.instrument, response.answers));
    } catch (error) {
      if (!(error instanceof AnswerError)) throw error;
      problems.push(...(answerError(error.problems, `${field}.answers.`).details ?? []));
    }
  }
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  return results;
}

export async function submitScreening(
  ctx: RequestContext,
  input: CreateScreeningInput,
): Promise<{ screening: ScreeningDetail; created: boolean }> {
  authorize(ctx, 'screening.create');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const placeProblems = checkPlace(input);
  if (placeProblems.length > 0) throw new AppError(400, 'validation', {}, placeProblems);
  return ctx.transaction(async (tx) => {
    const results = await scoreResponses(tx, input);
    const outcome = strongestOutcome(results.map((result) => result.outcome)) ?? null;
    const needs = screeningNeedIds.filter((need) => results.some((result) => result.needs.includes(need)));
    const id = newId();
    const [inserted] = await tx
      .insert(screenings)
      .values({
        id,
        agencyId: actor.agencyId,
        screenedBy: actor.userId,
        clientDraftId: input.clientDraftId ?? null,
        screenedAt: new Date(input.screenedAt),
        consentToInterview: input.consentToInterview,
        interviewLanguage: input.interviewLanguage,
        interpreterUsed: input.interpreterUsed,
        provinceCode: input.provinceCode ?? null,
        communeCode: input.communeCode ?? null,
        outcome,
        htcdsStatus: outcome === 'possible-victim' ? POSSIBLE_VICTIM_HTCDS_STATUS : null,
        needs,
      })
      .onConflictDoNothing({ target: [screenings.agencyId, screenings.clientDraftId] })
      .returning({ id: screenings.id });
    if (!inserted) {
      // The same draft arrived again (a retry after a lost connection): answer with what was stored.
      const [existing] = await tx
        .select({ id: screenings.id })
        .from(screenings)
        .where(
          and(
            eq(screenings.agencyId, actor.agencyId),
            eq(screenings.clientDraftId, input.clientDraftId ?? ''),
          ),
        );
      if (!existing) throw new Error('draft conflict without a stored screening');
      return { screening: await findScreening(tx, ctx, existing.id), created: false };
    }
    await tx.insert(screeningResponses).values(
      input.responses.map((response, position) => {
        const result = results[position] as ScreeningResult;
        return {
          screeningId: id,
          position,
          instrumentId: response.instrumentId,
          instrumentVersion: response.instrumentVersion,
          answers: response.answers,
          result,
          outcome: result.outcome,
        };
      }),
    );
    // one-stop office intake (#18): the contact the screening was started from points to it.
    if (input.contactId) await linkSubmittedScreening(tx, ctx, input.contactId, id);
    await recordAudit(tx, ctx, {
      action: 'screening.create',
      resourceType: 'screening',
      resourceId: id,
      details: {
        outcome,
        instruments: results.map((r) => `${r.instrumentId}@${r.instrumentVersion}`).join(','),
      },
    });
    return { screening: await findScreening(tx, ctx, id), created: true };
  });
}
