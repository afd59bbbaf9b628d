import {
  type CreateGroupInput,
  findUnit,
  type GroupSummary,
  todayInVietNam,
  vocabularies,
} from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { agencies, selfHelpGroups, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { fieldProblem, invalid, sealFor } from './group-rows';

export const livelihoodCodes = new Set(vocabularies['vn-livelihood-focus'].codes.map((entry) => entry.code));

/** The commune must be a 2025 unit (the 34-province map); its province is taken from it, never typed twice. */
export function communeOf(code: string) {
  const unit = findUnit(code, '2025');
  return unit && unit.level === 'commune' ? unit : undefined;
}

export async function checkFacilitator(
  tx: Tx,
  ctx: RequestContext,
  input: { facilitatorUserId?: string | null | undefined; facilitatorName?: string | null | undefined },
) {
  if (input.facilitatorUserId && input.facilitatorName)
    throw invalid(fieldProblem('facilitatorName', 'group_facilitator_both'));
  if (!input.facilitatorUserId) return;
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, input.facilitatorUserId), eq(users.agencyId, ctx.actor?.agencyId ?? '')));
  if (!user) throw invalid(fieldProblem('facilitatorUserId', 'group_facilitator_not_in_agency'));
}

/** A new group, facilitated by the actor's agency. */
export async function createGroup(ctx: RequestContext, input: CreateGroupInput): Promise<GroupSummary> {
  authorize(ctx, 'group.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const commune = communeOf(input.communeCode);
  if (!commune) throw invalid(fieldProblem('communeCode', 'group_commune_unknown'));
  if (!livelihoodCodes.has(input.livelihoodFocus))
    throw invalid(fieldProblem('livelihoodFocus', 'group_livelihood_unknown'));
  if (input.startedOn > todayInVietNam()) throw invalid(fieldProblem('startedOn', 'group_date_in_future'));
  return ctx.transaction(async (tx) => {
    await checkFacilitator(tx, ctx, input);
    const id = newId();
    const [row] = await tx
      .insert(selfHelpGroups)
      .values({
        id,
        name: input.name,
        provinceCode: commune.provinceCode,
        communeCode: commune.code,
        agencyId: actor.agencyId,
        facilitatorUserId: input.facilitatorUserId ?? null,
        facilitatorNameSealed: input.facilitatorName
          ? ctx.secrets.seal(input.facilitatorName, sealFor.facilitator(id))
          : null,
        startedOn: input.startedOn,
        livelihoodFocus: input.livelihoodFocus,
        createdBy: actor.userId,
      })
      .returning();
    const [agency] = await tx
      .select({ name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, actor.agencyId));
    await recordAudit(tx, ctx, {
      action: 'group.create',
      resourceType: 'self_help_group',
      resourceId: id,
      details: { commune: commune.code },
    });
    const group = row as typeof selfHelpGroups.$inferSelect;
    return {
      id,
      name: group.name,
      provinceCode: group.provinceCode,
      communeCode: group.communeCode,
      agency: { id: actor.agencyId, name: agency?.name ?? '' },
      startedOn: group.startedOn,
      status: group.status,
      livelihoodFocus: group.livelihoodFocus,
      memberCount: 0,
      meetingCount: 0,
      mayManage: true,
    };
  });
}
