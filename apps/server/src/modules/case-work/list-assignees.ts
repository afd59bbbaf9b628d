import type { TaskAssignee } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { ownedCase } from './case-in-work';
import { assignableTo } from './task-view';

/** Enough for any agency's staff and its partners on one case; the picker searches within it. */
const ASSIGNEE_LIMIT = 200;

/**
 * The people a task on this case may be given to (the rule of isAssignable), the owning agency's first. For the
 * owning agency only, which alone assigns. Staff names are not victims' data: no audit.
 */
export async function listAssignees(ctx: RequestContext, caseId: string): Promise<TaskAssignee[]> {
  authorize(ctx, 'case.update', 'support.manage');
  return ctx.transaction(async (tx) => {
    const kase = await ownedCase(tx, ctx, caseId);
    const rows = await queryRows<{
      id: string;
      display_name: string;
      agency_id: string;
      agency_name: string;
    }>(
      tx,
      sql`select u.id, u.display_name, a.id as agency_id, a.name as agency_name
          from users u join agencies a on a.id = u.agency_id
          where ${assignableTo(kase)}
          order by (u.agency_id = ${kase.ownerAgencyId}) desc, a.name, u.display_name
          limit ${ASSIGNEE_LIMIT}`,
    );
    return rows.map((row) => ({
      id: row.id,
      displayName: row.display_name,
      agency: { id: row.agency_id, name: row.agency_name },
      ownAgency: row.agency_id === kase.ownerAgencyId,
    }));
  });
}
