import type { CasePathway } from '@lantern/domain';
import { and, asc, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { casePathwayRuns, referralPathways, referrals } from '../../db/schema';
import type { Tx } from '../../db/types';
import { visibleCase } from '../case-work/case-in-work';
import { selectReferrals, toReferralViews } from './referral-view';

/**
 * The pathways started on a case and where the person is on each: every step with its referral (as the reader's
 * agency sees it; another agency's step shows without its referral), and the first step not yet completed.
 */
export async function casePathways(
  tx: Tx,
  ctx: RequestContext,
  caseId: string,
  only?: string[],
): Promise<CasePathway[]> {
  const runs = await tx
    .select({ run: casePathwayRuns, pathway: referralPathways })
    .from(casePathwayRuns)
    .innerJoin(referralPathways, eq(referralPathways.id, casePathwayRuns.pathwayId))
    .where(and(eq(casePathwayRuns.caseId, caseId), only ? inArray(casePathwayRuns.id, only) : undefined))
    .orderBy(desc(casePathwayRuns.startedAt))
    .limit(20);
  if (runs.length === 0) return [];
  // Newest first within a step: a re-routed step shows the referral sent in place of the declined one.
  const found = await selectReferrals(
    tx,
    and(
      isNotNull(referrals.pathwayRunId),
      inArray(
        referrals.pathwayRunId,
        runs.map(({ run }) => run.id),
      ),
    ),
  ).orderBy(asc(referrals.pathwayStep), desc(referrals.createdAt));
  const views = await toReferralViews(tx, ctx, found);
  return runs.map(({ run, pathway }) => {
    const steps = pathway.steps.map((step, index) => ({
      index,
      names: step.names,
      agencyType: step.agencyType,
      referral:
        views[found.findIndex(({ row }) => row.pathwayRunId === run.id && row.pathwayStep === index)] ?? null,
    }));
    // Where the person is can be said only by a reader who sees every step (the owning agency); a receiving
    // agency sees its own step's referral and not whether the others are done.
    const current = steps.some((step) => step.referral === null)
      ? -2
      : steps.findIndex((step) => step.referral?.status !== 'completed');
    return {
      id: run.id,
      pathway: { id: pathway.id, names: pathway.names },
      startedAt: run.startedAt.toISOString(),
      steps,
      currentStep: current < 0 ? null : current,
      allStepsVisible: current !== -2,
    };
  });
}

export async function listCasePathways(ctx: RequestContext, caseId: string): Promise<CasePathway[]> {
  authorize(ctx, 'referral.create', 'referral.respond', 'case.read');
  return ctx.transaction(async (tx) => {
    await visibleCase(tx, ctx, caseId);
    return casePathways(tx, ctx, caseId);
  });
}
