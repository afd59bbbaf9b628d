import { isKnownCode, type Pathway, type PathwayInput } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { actorProvince } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { referralPathways } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, type FieldProblem, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { toPathwayView } from './pathway-view';

async function checkSteps(tx: Tx, input: PathwayInput): Promise<void> {
  const types = new Set(
    (await queryRows<{ code: string }>(tx, sql`select code from agency_types`)).map((row) => row.code),
  );
  const problems: FieldProblem[] = input.steps.flatMap((step, index) => [
    ...(types.has(step.agencyType)
      ? []
      : [{ field: `steps.${index}.agencyType`, code: 'invalid_value', message: '' }]),
    ...step.services.flatMap((service, at) =>
      isKnownCode('vn-referral-service', service)
        ? []
        : [{ field: `steps.${index}.services.${at}`, code: 'invalid_value', message: '' }],
    ),
  ]);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
}

/**
 * A provincial coordinator defines its province's pathways; a system administrator the national ones. The row
 * policy says the same (migration 0020), so a coordinator cannot touch another province's.
 */
export async function createPathway(ctx: RequestContext, input: PathwayInput): Promise<Pathway> {
  authorize(ctx, 'case.read_province', 'admin.vocabularies.manage');
  return ctx.transaction(async (tx) => {
    await checkSteps(tx, input);
    const provinceCode = can(ctx, 'case.read_province') ? await actorProvince(tx) : null;
    const id = newId();
    const [row] = await tx
      .insert(referralPathways)
      .values({
        id,
        provinceCode,
        names: input.names,
        steps: input.steps,
        createdBy: ctx.actor?.userId ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'referral.pathway_create',
      resourceType: 'referral_pathway',
      resourceId: id,
      details: { province: provinceCode, steps: input.steps.length },
    });
    return toPathwayView(row as typeof referralPathways.$inferSelect);
  });
}

export async function updatePathway(
  ctx: RequestContext,
  id: string,
  input: PathwayInput & { active?: boolean | undefined },
): Promise<Pathway> {
  authorize(ctx, 'case.read_province', 'admin.vocabularies.manage');
  return ctx.transaction(async (tx) => {
    await checkSteps(tx, input);
    const [row] = await tx
      .update(referralPathways)
      .set({
        names: input.names,
        steps: input.steps,
        ...(input.active === undefined ? {} : { active: input.active }),
        updatedAt: new Date(),
      })
      .where(eq(referralPathways.id, id))
      .returning();
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'referral.pathway_update',
      resourceType: 'referral_pathway',
      resourceId: id,
      details: { steps: input.steps.length, active: row.active },
    });
    return toPathwayView(row);
  });
}
