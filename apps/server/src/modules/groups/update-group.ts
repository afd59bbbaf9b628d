import { todayInVietNam, type UpdateGroupInput } from '@lantern/domain';
import { eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { selfHelpGroups } from '../../db/schema';
import type { Tx } from '../../db/types';
import { checkFacilitator, communeOf, livelihoodCodes } from './create-group';
import { fieldProblem, type GroupRow, invalid, managedGroup, sealFor } from './group-rows';

function checkFields(input: UpdateGroupInput) {
  if (input.communeCode !== undefined && !communeOf(input.communeCode))
    throw invalid(fieldProblem('communeCode', 'group_commune_unknown'));
  if (input.livelihoodFocus !== undefined && !livelihoodCodes.has(input.livelihoodFocus))
    throw invalid(fieldProblem('livelihoodFocus', 'group_livelihood_unknown'));
  if (input.startedOn !== undefined && input.startedOn > todayInVietNam())
    throw invalid(fieldProblem('startedOn', 'group_date_in_future'));
}

/** A group cannot start after its first meeting or after a member joined: the report counts from the start. */
async function checkStart(tx: Tx, group: GroupRow, startedOn: string) {
  const [first] = await queryRows<{ first: string | null }>(
    tx,
    sql`select least(
        (select min(held_on) from self_help_group_meetings where group_id = ${group.id}),
        (select min(joined_on) from self_help_group_members where group_id = ${group.id}))::text as first`,
  );
  if (first?.first && startedOn > first.first)
    throw invalid(fieldProblem('startedOn', 'group_start_after_activity'));
}

function facilitatorChange(ctx: RequestContext, groupId: string, input: UpdateGroupInput) {
  if (input.facilitatorUserId === undefined && input.facilitatorName === undefined) return {};
  const name = input.facilitatorName ?? null;
  return {
    facilitatorUserId: input.facilitatorUserId ?? null,
    facilitatorNameSealed: name ? ctx.secrets.seal(name, sealFor.facilitator(groupId)) : null,
  };
}

/**
 * Corrects a group the actor's agency facilitates — its name, commune, start, livelihood focus, facilitator —
 * or closes and reopens it. The fields given replace the stored ones; the audit names the fields, never values.
 */
export async function updateGroup(
  ctx: RequestContext,
  groupId: string,
  input: UpdateGroupInput,
): Promise<{ id: string; status: 'active' | 'closed' }> {
  authorize(ctx, 'group.manage');
  checkFields(input);
  return ctx.transaction(async (tx) => {
    const group = await managedGroup(tx, ctx, groupId);
    await checkFacilitator(tx, ctx, input);
    if (input.startedOn !== undefined) await checkStart(tx, group, input.startedOn);
    const commune = input.communeCode === undefined ? undefined : communeOf(input.communeCode);
    const [row] = await tx
      .update(selfHelpGroups)
      .set({
        ...(input.status ? { status: input.status } : {}),
        ...(input.name ? { name: input.name } : {}),
        ...(commune ? { communeCode: commune.code, provinceCode: commune.provinceCode } : {}),
        ...(input.startedOn ? { startedOn: input.startedOn } : {}),
        ...(input.livelihoodFocus ? { livelihoodFocus: input.livelihoodFocus } : {}),
        ...facilitatorChange(ctx, group.id, input),
        updatedAt: new Date(),
      })
      .where(eq(selfHelpGroups.id, group.id))
      .returning({ status: selfHelpGroups.status });
    const fields = Object.keys(input)
      .filter((key) => input[key as keyof UpdateGroupInput] !== undefined)
      .sort();
    await recordAudit(tx, ctx, {
      action: 'group.update',
      resourceType: 'self_help_group',
      resourceId: group.id,
      details: { fields: fields.join(','), ...(input.status ? { status: input.status } : {}) },
    });
    return { id: group.id, status: row?.status ?? group.status };
  });
}
