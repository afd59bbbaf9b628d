import type { CasePathway, SendReferralInput, StartPathwayInput } from '@lantern/domain';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { casePathwayRuns, referralPathways } from '../../db/schema';
import { AppError, type FieldProblem } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { ownedCase } from '../case-work/case-in-work';
import { casePathways } from './case-pathways';
import { createReferral } from './create-referral';
import { consentCovers, type Recipient } from './referral-recipient';
import { configuredWindows } from './referral-windows';

const problem = (field: string, code: string): FieldProblem => ({ field, code, message: '' });

/**
 * Starts a coordination pathway on the agency's own case: one referral per step, to the agency the user chose
 * for it (of the step's type), each due by the step's hours from now. All or nothing: a step whose agency the
 * person's consent does not cover refuses the whole start (409, naming the step), and nothing is sent — unless a
 * user who may break the glass gives a reason (`consentOverride`): then those steps are sent under the override,
 * exactly as a single referral would be (reason sealed, `referral.send_override` audited, supervisors told).
 */
export async function startPathway(
  ctx: RequestContext,
  caseId: string,
  input: StartPathwayInput,
): Promise<CasePathway> {
  authorize(ctx, 'referral.create');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.consentOverride && !can(ctx, 'case.break_glass')) throw new AppError(403, 'forbidden');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    if (kase.state === 'closed') throw new AppError(409, 'referral.case_closed');
    const [pathway] = await tx
      .select()
      .from(referralPathways)
      .where(
        and(
          eq(referralPathways.id, input.pathwayId),
          eq(referralPathways.active, true),
          or(
            isNull(referralPathways.provinceCode),
            sql`${referralPathways.provinceCode} = lantern_current_province()`,
          ),
        ),
      );
    if (!pathway) throw new AppError(400, 'validation', {}, [problem('pathwayId', 'invalid_value')]);
    if (input.agencyIds.length !== pathway.steps.length)
      throw new AppError(400, 'validation', {}, [problem('agencyIds', 'one_per_step')]);
    const agencies = await queryRows<{ id: string; name: string; type_code: string }>(
      tx,
      sql`select id, name, type_code from agencies where disabled_at is null
          and id in (${sql.join(
            input.agencyIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
    const byId = new Map(agencies.map((agency) => [agency.id, agency]));
    const problems = input.agencyIds.flatMap((id, step) => {
      const agency = byId.get(id);
      if (!agency || id === actor.agencyId) return [problem(`agencyIds.${step}`, 'invalid_value')];
      return agency.type_code === pathway.steps[step]?.agencyType
        ? []
        : [problem(`agencyIds.${step}`, 'wrong_type')];
    });
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
    const recipients: Recipient[] = input.agencyIds.map((id) => {
      const agency = byId.get(id) as { id: string; name: string };
      return { kind: 'agency', id: agency.id, name: agency.name };
    });
    const uncovered: FieldProblem[] = [];
    for (const [step, recipient] of recipients.entries())
      if (!(await consentCovers(tx, caseId, recipient)))
        uncovered.push(problem(`agencyIds.${step}`, 'no_consent'));
    // Under an override only the steps no consent covers are sent as overridden (each audited as such).
    if (uncovered.length > 0 && !input.consentOverride)
      throw new AppError(409, 'referral.no_consent', {}, uncovered);
    const overriddenSteps = new Set(uncovered.map((p) => p.field));
    const windows = await configuredWindows(tx);
    const runId = newId();
    const now = new Date();
    await tx
      .insert(casePathwayRuns)
      .values({ id: runId, caseId, pathwayId: pathway.id, startedBy: actor.userId, startedAt: now });
    for (const [step, recipient] of recipients.entries()) {
      const template = pathway.steps[step] as (typeof pathway.steps)[number];
      const referral: SendReferralInput = {
        kind: 'services',
        agencyId: recipient.kind === 'agency' ? recipient.id : undefined,
        services: template.services,
        urgency: template.urgency,
        reason: 'AdditionalServicesRequired',
        sections: input.sections,
        message: input.message,
        completeBy: new Date(now.getTime() + template.completeHours * 3_600_000).toISOString(),
        consentOverride: input.consentOverride,
      };
      await createReferral(tx, ctx, {
        kase,
        recipient,
        input: referral,
        overridden: overriddenSteps.has(`agencyIds.${step}`),
        now,
        pathway: { runId, step },
        windows,
      });
    }
    await recordAudit(tx, ctx, {
      action: 'referral.pathway_start',
      resourceType: 'case',
      resourceId: caseId,
      details: {
        pathway: pathway.id,
        run: runId,
        steps: recipients.length,
        overriddenSteps: overriddenSteps.size,
      },
    });
    const runs = await casePathways(tx, ctx, caseId, [runId]);
    return runs[0] as CasePathway;
  });
}
